import { defineRule, gen, HEX, keyed } from './define.js';

/** Snyk credentials. */
export const snykRules = [
  defineRule({
    id: 'snyk-api-token',
    provider: 'Snyk',
    description: 'Snyk API/OAuth token (UUID) under a Snyk-named key',
    keywords: ['snyk_token', 'snyk-token', 'snyk_api', 'snyk'],
    pattern: keyed('snyk_token|snyk-token|snyk_api|snyk', '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'),
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://app.snyk.io/account', how: 'Revoke it in Snyk’s settings, issue a new one and update where it is stored.' },
    docs: 'https://docs.snyk.io/snyk-api/authentication-for-api',
    sample: gen([HEX, 8], '-', [HEX, 4], '-', [HEX, 4], '-', [HEX, 4], '-', [HEX, 12]),
    sampleKey: 'SNYK_TOKEN',
    negatives: ['SNYK_TOKEN=your_token_here', 'SNYK_TOKEN=${SNYK_TOKEN}'],
  }),
];
