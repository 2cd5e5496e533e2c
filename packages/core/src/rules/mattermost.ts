import { chars, defineRule, keyed, LOWER_ALNUM } from './define.js';

/** Mattermost credentials. */
export const mattermostRules = [
  defineRule({
    id: 'mattermost-access-token',
    provider: 'Mattermost',
    description: 'Mattermost personal access / bot token (26 lowercase alnum) under a Mattermost-named key',
    keywords: ['mattermost'],
    pattern: keyed('mattermost', '[a-z0-9]{26}'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://developers.mattermost.com/integrate/reference/personal-access-token/', how: 'Revoke it in Mattermost’s settings, issue a new one and update where it is stored.' },
    docs: 'https://developers.mattermost.com/integrate/reference/personal-access-token/',
    sample: chars(LOWER_ALNUM, 26),
    sampleKey: 'MATTERMOST_TOKEN',
    negatives: ['MATTERMOST_TOKEN=your_token_here', 'MATTERMOST_TOKEN=${MATTERMOST_TOKEN}'],
  }),
];
