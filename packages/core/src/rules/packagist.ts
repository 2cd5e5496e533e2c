import { chars, HEX, prefixed } from './define.js';

/** Packagist credentials. */
export const packagistRules = [
  // Packagist API tokens: packagist_, a three-letter kind (uut: a user's update token, ort/out:
  // an organisation's read or update token), then 60 hex digits.
  prefixed({
    id: 'packagist-api-token',
    provider: 'Packagist',
    description: 'Packagist API token (packagist_uut_ / _ort_ / _out_)',
    prefix: 'packagist_',
    body: '[a-z]{3}_[a-f0-9]{60}',
    minEntropy: 3,
    severity: 'high',
    sample: (g) => `${g.pick(['uut', 'ort', 'out'])}_${chars(HEX, 60)(g)}`,
    rotate: { url: 'https://packagist.org/profile/', how: 'Profile → API tokens → regenerate the token and update where it is stored.' },
    docs: 'https://packagist.org/apidoc#authentication',
  }),
];
