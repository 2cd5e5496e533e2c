import { ALNUM, chars, defineRule, keyed } from './define.js';

/** Hetzner credentials. */
export const hetznerRules = [
  defineRule({
    id: 'hetzner-cloud-api-token',
    provider: 'Hetzner',
    description: 'Hetzner Cloud API token (64 alnum) under a Hetzner-named key',
    keywords: ['hetzner', 'hcloud'],
    pattern: keyed('hetzner|hcloud', '[A-Za-z0-9]{64}'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://console.hetzner.cloud/', how: 'Revoke it in Hetzner’s settings, issue a new one and update where it is stored.' },
    docs: 'https://docs.hetzner.cloud/#authentication',
    sample: chars(ALNUM, 64),
    sampleKey: 'HETZNER_TOKEN',
    negatives: ['HETZNER_TOKEN=your_token_here', 'HETZNER_TOKEN=${HETZNER_TOKEN}'],
  }),
];
