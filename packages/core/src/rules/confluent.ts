import { chars, defineRule, keyed } from './define.js';

/** Confluent credentials. */
export const confluentRules = [
  defineRule({
    id: 'confluent-api-secret',
    provider: 'Confluent',
    description: 'Confluent Cloud API secret (64 alnum); key is 16 uppercase alnum under a Confluent-named key',
    keywords: ['confluent'],
    pattern: keyed('confluent', '[A-Za-z0-9+/]{64}', 'A-Za-z0-9_+/'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://confluent.cloud/settings/api-keys', how: 'Revoke it in Confluent’s settings, issue a new one and update where it is stored.' },
    docs: 'https://docs.confluent.io/cloud/current/security/authenticate/workload-identities/service-accounts/api-keys/overview.html',
    sample: chars('+/0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 64),
    sampleKey: 'CONFLUENT_SECRET',
    negatives: ['CONFLUENT_SECRET=your_secret_here', 'CONFLUENT_SECRET=${CONFLUENT_SECRET}'],
  }),
];
