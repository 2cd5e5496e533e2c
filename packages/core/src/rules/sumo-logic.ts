import { ALNUM, chars, defineRule, keyed } from './define.js';

/** Sumo Logic credentials. */
export const sumoLogicRules = [
  defineRule({
    id: 'sumologic-access-key',
    provider: 'Sumo Logic',
    description: 'Sumo Logic access key (64 alnum) under a Sumo Logic-named key',
    keywords: ['sumo'],
    pattern: keyed('sumo', '[A-Za-z0-9]{64}'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://service.sumologic.com/ui/#/security/access-keys', how: 'Revoke it in Sumo Logic’s settings, issue a new one and update where it is stored.' },
    docs: 'https://help.sumologic.com/docs/manage/security/access-keys/',
    sample: chars(ALNUM, 64),
    sampleKey: 'SUMO_API_KEY',
    negatives: ['SUMO_API_KEY=your_api_key_here', 'SUMO_API_KEY=${SUMO_API_KEY}'],
  }),
];
