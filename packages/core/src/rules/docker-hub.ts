import { BASE64URL, defineRule, token } from './define.js';

/** Docker Hub credentials. */
export const dockerHubRules = [
  defineRule({
    id: 'dockerhub-pat',
    provider: 'Docker Hub',
    description: 'Docker Hub personal or organisation access token (dckr_pat_, dckr_oat_)',
    keywords: ['dckr_pat_', 'dckr_oat_'],
    pattern: token(`dckr_(?:pat|oat)_[A-Za-z0-9_-]{27,32}`, { right: 'A-Za-z0-9_-' }),
    prefixes: ['dckr_pat_', 'dckr_oat_'],
    minEntropy: 3.5,
    severity: 'critical',
    rotate: { url: 'https://app.docker.com/settings/personal-access-tokens', how: 'Account settings → Personal access tokens → delete the token.' },
    sample: (g) => `dckr_pat_${g.chars(BASE64URL, 27)}`,
    negatives: ['dckr_pat_your_token_here'],
  }),
];
