import { defineRule } from './define.js';

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

/** Storj (decentralized object storage) credentials. */
export const storjRules = [
  // An access grant carries the satellite, an API key and the encryption passphrase's key, as
  // 200 to 1,000 base58 characters (uplink access import/share, STORJ_ACCESS_GRANT, rclone's
  // access_grant), Storj named nearby. (From a blind grading of storage tools: 0 of 17 found.)
  defineRule({
    id: 'storj-access-grant',
    provider: 'Storj',
    description: 'Storj access grant (a long base58 string) with Storj, uplink or an access grant named nearby',
    keywords: ['storj', 'uplink', 'access_grant', 'accessgrant', 'access-grant'],
    pattern: /(?<![A-Za-z0-9+/_-])([1-9A-HJ-NP-Za-km-z]{200,1200})(?![A-Za-z0-9+/_-])/,
    secretGroup: 1,
    span: 'near',
    window: { before: 200, after: 1400 },
    minEntropy: 4.5,
    severity: 'critical',
    confidence: 'medium',
    rotate: { url: 'https://docs.storj.io/dcs/access', how: 'Revoke the access grant (uplink access revoke, or delete its API key in the Storj console) and create a new one with the least access the job needs.' },
    docs: 'https://docs.storj.io/dcs/access',
    sample: (g) => `export STORJ_ACCESS_GRANT='1${g.chars(BASE58, 340)}'`,
    negatives: ["export STORJ_ACCESS_GRANT='<your-access-grant>'", 'storj: see docs.storj.io'],
  }),
];
