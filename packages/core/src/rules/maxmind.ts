import { ALNUM, defineRule, gen, token } from './define.js';

/** MaxMind credentials. */
export const maxmindRules = [
  defineRule({
    id: 'maxmind-license-key',
    provider: 'MaxMind',
    description: 'MaxMind GeoIP license key (ends _mmk)',
    keywords: ['_mmk'],
    pattern: token('[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk'),
    minEntropy: 3,
    severity: 'critical',
    rotate: { url: 'https://www.maxmind.com/en/accounts/current/license-key', how: 'Revoke it in MaxMind’s settings, issue a new one and update where it is stored.' },
    docs: 'https://dev.maxmind.com/geoip/geolocate-an-ip/web-services',
    sample: gen([ALNUM, 6], '_', [ALNUM, 29], '_mmk'),
    negatives: [],
  }),
];
