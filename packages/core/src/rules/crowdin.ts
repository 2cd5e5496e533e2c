import { ALNUM, chars, defineRule, keyed } from './define.js';

/** Crowdin credentials. */
export const crowdinRules = [
  defineRule({
    id: 'crowdin-personal-access-token',
    provider: 'Crowdin',
    description: 'Crowdin personal access token (80 alnum) under a Crowdin-named key',
    keywords: ['crowdin'],
    pattern: keyed('crowdin', '[A-Za-z0-9]{80}'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://crowdin.com/settings#api-key', how: 'Revoke it in Crowdin’s settings, issue a new one and update where it is stored.' },
    docs: 'https://developer.crowdin.com/api/v2/#section/Authorization',
    sample: chars(ALNUM, 80),
    sampleKey: 'CROWDIN_TOKEN',
    negatives: ['CROWDIN_TOKEN=your_token_here', 'CROWDIN_TOKEN=${CROWDIN_TOKEN}'],
  }),
];
