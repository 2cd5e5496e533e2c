import { ALNUM, chars, defineRule, keyed } from './define.js';

/** Particle credentials. */
export const particleRules = [
  defineRule({
    id: 'particle-access-token',
    provider: 'Particle',
    description: 'Particle.io access token (40 alnum) under a Particle-named key',
    keywords: ['api.particle.io', 'particle'],
    pattern: keyed('api\\.particle\\.io|particle', '[A-Za-z0-9]{40}'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://console.particle.io/', how: 'Revoke it in Particle’s settings, issue a new one and update where it is stored.' },
    docs: 'https://docs.particle.io/reference/cloud-apis/access-tokens/',
    sample: chars(ALNUM, 40),
    sampleKey: 'PARTICLE_TOKEN',
    negatives: ['PARTICLE_TOKEN=your_token_here', 'PARTICLE_TOKEN=${PARTICLE_TOKEN}'],
  }),
];
