import { defineRule, LOWER_ALNUM, token } from './define.js';

/** ntfy (push notifications over HTTP): access tokens. */
export const ntfyRules = [
  // Access tokens are `tk_` and 29 lower-case letters and digits (`ntfy token add`): as a Bearer
  // header, NTFY_TOKEN, or the user part of an Apprise `ntfys://tk_…@host/topic` URL.
  defineRule({
    id: 'ntfy-access-token',
    provider: 'ntfy',
    description: 'ntfy access token (tk_ and 29 letters and digits)',
    keywords: ['tk_'],
    pattern: token('tk_[a-z0-9]{29}', { left: 'A-Za-z0-9_' }),
    prefixes: ['tk_'],
    context: ['ntfy'],
    minEntropy: 3.5,
    severity: 'high',
    rotate: { url: 'https://docs.ntfy.sh/config/#access-tokens', how: 'Remove the token (`ntfy token remove <user> <token>`), add a new one and update the publishers.' },
    docs: 'https://docs.ntfy.sh/config/#access-tokens',
    sample: (g) => `tk_${g.chars(LOWER_ALNUM, 29)}`,
    sampleKey: 'NTFY_TOKEN',
    negatives: ['NTFY_TOKEN=tk_xxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  }),
];
