import { ALNUM, chars, prefixed } from './define.js';

/** Weblate (translation platform) credentials. */
export const weblateRules = [
  // Since Weblate 4.10 a user's API token starts `wlu_` and a project token `wlp_`, then 40
  // letters and digits; wlc keeps them in `[keys]` of ~/.config/weblate or a project's .weblate,
  // one per server URL.
  prefixed({
    id: 'weblate-api-token',
    provider: 'Weblate',
    description: 'Weblate user or project API token (wlu_ / wlp_ and 40 letters and digits)',
    prefix: ['wlu_', 'wlp_'],
    body: '[A-Za-z0-9]{40}',
    right: 'A-Za-z0-9_-',
    minEntropy: 3.5,
    severity: 'high',
    sample: chars(ALNUM, 40),
    rotate: { url: 'https://docs.weblate.org/en/latest/api.html', how: 'Profile → API access → regenerate the token (project tokens: the project’s Users → API access), then update where it is stored.' },
    docs: 'https://docs.weblate.org/en/latest/api.html',
    negatives: ['https://hosted.weblate.org/api/ = wlu_YOUR_TOKEN', 'WEBLATE_TOKEN=${WEBLATE_TOKEN}'],
  }),
];
