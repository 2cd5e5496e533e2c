import { ALNUM, chars, defineRule, keyed } from './define.js';

/** Airship credentials. */
export const airshipRules = [
  defineRule({
    id: 'airship-master-secret',
    provider: 'Airship',
    description: 'Airship (Urban Airship) bearer token (91 alnum) under a Airship-named key',
    keywords: ['airship'],
    pattern: keyed('airship', '[A-Za-z0-9]{91}'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://docs.airship.com/api/ua/#security', how: 'Revoke it in Airship’s settings, issue a new one and update where it is stored.' },
    docs: 'https://docs.airship.com/api/ua/#security',
    sample: chars(ALNUM, 91),
    sampleKey: 'AIRSHIP_SECRET',
    negatives: ['AIRSHIP_SECRET=your_secret_here', 'AIRSHIP_SECRET=${AIRSHIP_SECRET}'],
  }),
];
