import { BASE64URL, prefixed } from './define.js';

/** Monzo credentials. */
export const monzoRules = [
  // Monzo's access tokens name the client type before the dot: `mnzconf.` (a confidential client)
  // or `mnzpub.` (a public one), then base64url. (From a blind grading of personal finance
  // scripts: 4 of 4 missed.)
  prefixed({
    id: 'monzo-access-token',
    provider: 'Monzo',
    description: 'Monzo API access token (mnzconf. or mnzpub. and base64url)',
    prefix: ['mnzconf.', 'mnzpub.'],
    body: '[A-Za-z0-9_-]{60,300}',
    sample: (g) => g.chars(BASE64URL, 96),
    rotate: { url: 'https://developers.monzo.com/', how: 'Log out the session (POST /oauth2/logout) or revoke the client in Monzo’s developer tools, then authorise again and keep tokens out of the source.' },
    docs: 'https://docs.monzo.com/#authentication',
  }),
];
