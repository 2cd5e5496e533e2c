import { defineRule, gen, HEX, keyed } from './define.js';

/** Scaleway credentials. */
export const scalewayRules = [
  defineRule({
    id: 'scaleway-secret-key',
    provider: 'Scaleway',
    description: 'Scaleway API secret key (UUID) under a Scaleway-named key',
    keywords: ['scaleway', 'scw_secret_key'],
    pattern: keyed('scaleway|scw_secret_key', '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'),
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://console.scaleway.com/iam/api-keys', how: 'Revoke it in Scaleway’s settings, issue a new one and update where it is stored.' },
    docs: 'https://www.scaleway.com/en/docs/iam/how-to/create-api-keys/',
    sample: gen([HEX, 8], '-', [HEX, 4], '-', [HEX, 4], '-', [HEX, 4], '-', [HEX, 12]),
    sampleKey: 'SCALEWAY_SECRET',
    negatives: ['SCALEWAY_SECRET=your_secret_here', 'SCALEWAY_SECRET=${SCALEWAY_SECRET}'],
  }),
];
