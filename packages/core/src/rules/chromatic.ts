import { chars, LOWER_ALNUM, prefixed } from './define.js';

/** Chromatic (visual testing) credentials. */
export const chromaticRules = [
  prefixed({
    id: 'chromatic-project-token',
    provider: 'Chromatic',
    description: 'Chromatic project token (chpt_), which publishes builds to the project',
    prefix: 'chpt_',
    body: '[a-z0-9]{12,20}',
    right: 'A-Za-z0-9_-',
    sample: chars(LOWER_ALNUM, 14),
    severity: 'high',
    rotate: { url: 'https://www.chromatic.com/docs/cli/', how: 'Manage → Configure → regenerate the project token, and update CHROMATIC_PROJECT_TOKEN where it is stored.' },
    docs: 'https://www.chromatic.com/docs/cli/',
  }),
];
