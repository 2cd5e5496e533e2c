import { ALNUM, chars, defineRule, keyed } from './define.js';

/** Drone CI credentials. */
export const droneCiRules = [
  defineRule({
    id: 'droneci-access-token',
    provider: 'Drone CI',
    description: 'Drone CI personal token (32 alnum) under a Drone CI-named key',
    keywords: ['droneci', 'drone_token'],
    pattern: keyed('droneci|drone_token', '[A-Za-z0-9]{32}'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://docs.drone.io/cli/setup/', how: 'Revoke it in Drone CI’s settings, issue a new one and update where it is stored.' },
    docs: 'https://docs.drone.io/cli/setup/',
    sample: chars(ALNUM, 32),
    sampleKey: 'DRONECI_TOKEN',
    negatives: ['DRONECI_TOKEN=your_token_here', 'DRONECI_TOKEN=${DRONECI_TOKEN}'],
  }),
];
