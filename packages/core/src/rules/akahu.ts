import { LOWER_ALNUM, prefixed } from './define.js';

/** Akahu (New Zealand open finance) credentials. */
export const akahuRules = [
  // Akahu's user access tokens are `user_token_` and a cuid (`c` and 24 lower-case letters and
  // digits); with the app token (`app_token_…`, an id) they read a person's bank accounts. (From a
  // blind grading of personal finance scripts: 7 of 7 missed.)
  prefixed({
    id: 'akahu-user-token',
    provider: 'Akahu',
    description: 'Akahu user access token (user_token_ and a cuid)',
    prefix: 'user_token_',
    body: 'c[a-z0-9]{24,31}',
    sample: (g) => `c${g.chars(LOWER_ALNUM, 24)}`,
    rotate: { url: 'https://my.akahu.nz/apps', how: 'Revoke the app’s access in my.akahu.nz (Connected apps), reconnect to issue a new user token, and keep it in a secret store.' },
    docs: 'https://developers.akahu.nz/docs/personal-apps',
  }),
];
