import { BASE64URL } from './define.js';
import { sdkTokenArgument } from './sdk-arguments.js';

/** Genius credentials. */
export const geniusRules = [
  // The lyricsgenius client takes the token as its first argument, where hobby scripts write it. (From a
  // blind grading of personal automation.)
  sdkTokenArgument({ id: 'genius-token-argument', provider: 'Genius', client: '(?:lyricsgenius\\.)?Genius', call: 'Genius', keywords: ['genius('], value: '[A-Za-z0-9_-]{64}', sample: (g) => g.chars(BASE64URL, 64), rotate: { url: 'https://genius.com/api-clients', how: 'Revoke the client access token at genius.com/api-clients, generate a new one and keep it out of the source.' }, docs: 'https://lyricsgenius.readthedocs.io/en/master/reference/genius.html' }),
];
