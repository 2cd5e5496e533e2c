import { ALNUM, chars, defineRule, keyed } from './define.js';

/** JupiterOne credentials. */
export const jupiteroneRules = [
  defineRule({
    id: 'jupiterone-api-key',
    provider: 'JupiterOne',
    description: 'JupiterOne API key (76 alnum) under a JupiterOne-named key',
    keywords: ['jupiterone'],
    pattern: keyed('jupiterone', '[A-Za-z0-9]{76}'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://docs.jupiterone.io/api/authentication', how: 'Revoke it in JupiterOne’s settings, issue a new one and update where it is stored.' },
    docs: 'https://docs.jupiterone.io/api/authentication',
    sample: chars(ALNUM, 76),
    sampleKey: 'JUPITERONE_API_KEY',
    negatives: ['JUPITERONE_API_KEY=your_api_key_here', 'JUPITERONE_API_KEY=${JUPITERONE_API_KEY}'],
  }),
];
