import { ALNUM, defineRule, gen, keyed } from './define.js';

/** Nozbe credentials. */
export const nozbeRules = [
  defineRule({
    id: 'nozbe-teams-api-key',
    provider: 'Nozbe',
    description: 'Nozbe Teams API key (16_64) under a Nozbe-named key',
    keywords: ['nozbe'],
    pattern: keyed('nozbe', '[A-Za-z0-9]{16}_[A-Za-z0-9_-]{64}', 'A-Za-z0-9_-'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://nozbe.help/', how: 'Revoke it in Nozbe’s settings, issue a new one and update where it is stored.' },
    docs: 'https://nozbe.help/',
    sample: gen([ALNUM, 16], '_', ['-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', 64]),
    sampleKey: 'NOZBE_API_KEY',
    negatives: ['NOZBE_API_KEY=your_api_key_here', 'NOZBE_API_KEY=${NOZBE_API_KEY}'],
  }),
];
