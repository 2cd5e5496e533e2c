import { defineRule, gen, keyed } from './define.js';

/** Beamer credentials. */
export const beamerRules = [
  defineRule({
    id: 'beamer-api-token',
    provider: 'Beamer',
    description: 'Beamer API key (b_ + 44) under a Beamer-named key',
    keywords: ['beamer'],
    pattern: keyed('beamer', 'b_[A-Za-z0-9=_-]{44}', 'A-Za-z0-9_=-'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://app.getbeamer.com/settings', how: 'Revoke it in Beamer’s settings, issue a new one and update where it is stored.' },
    docs: 'https://www.getbeamer.com/api',
    sample: gen('b_', ['-0123456789=ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', 44]),
    sampleKey: 'BEAMER_TOKEN',
    negatives: ['BEAMER_TOKEN=your_token_here', 'BEAMER_TOKEN=${BEAMER_TOKEN}'],
  }),
];
