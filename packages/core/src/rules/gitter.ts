import { chars, defineRule, keyed } from './define.js';

/** Gitter credentials. */
export const gitterRules = [
  defineRule({
    id: 'gitter-access-token',
    provider: 'Gitter',
    description: 'Gitter access token (40 hex) under a Gitter-named key',
    keywords: ['gitter'],
    pattern: keyed('gitter', '[a-z0-9_-]{40}', 'A-Za-z0-9_-'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://developer.gitter.im/docs/authentication', how: 'Revoke it in Gitter’s settings, issue a new one and update where it is stored.' },
    docs: 'https://developer.gitter.im/docs/authentication',
    sample: chars('-0123456789_abcdefghijklmnopqrstuvwxyz', 40),
    sampleKey: 'GITTER_TOKEN',
    negatives: ['GITTER_TOKEN=your_token_here', 'GITTER_TOKEN=${GITTER_TOKEN}'],
  }),
];
