import { ALNUM, prefixed } from './define.js';

/** Up (Australian bank) credentials. */
export const upbankRules = [
  // Up's personal access tokens are `up:yeah:` and 128 letters and digits; they read a customer's
  // accounts and transactions. (From a blind grading of personal finance scripts: 29 of 29 missed.)
  prefixed({
    id: 'up-bank-personal-access-token',
    provider: 'Up',
    description: 'Up (bank) personal access token (up:yeah: and 128 letters and digits)',
    prefix: 'up:yeah:',
    body: '[A-Za-z0-9]{128}',
    sample: (g) => g.chars(ALNUM, 128),
    rotate: { url: 'https://api.up.com.au/getting_started', how: 'Generate a new token at api.up.com.au (which revokes the old one) and keep it in a secret store.' },
    docs: 'https://developer.up.com.au/#authentication',
  }),
];
