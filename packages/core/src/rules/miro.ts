import { BASE64URL, prefixed } from './define.js';

/** Miro credentials. */
export const miroRules = [
  // An OAuth access token opens with the base64url of `{"miro.origin":"eu01"}` (the region it was
  // issued in), then "_" and the secret part.
  prefixed({
    id: 'miro-access-token',
    provider: 'Miro',
    description: 'Miro OAuth access token (eyJtaXJvLm9yaWdpbiI6… then _ and the secret)',
    prefix: 'eyJtaXJvLm9yaWdpbiI6I',
    body: '[A-Za-z0-9-]{4,24}_[A-Za-z0-9_-]{20,80}',
    right: 'A-Za-z0-9_-',
    sample: (g) => `mV1MDEifQ_${g.chars(BASE64URL, 27)}`,
    rotate: { url: 'https://developers.miro.com/docs/getting-started-with-oauth', how: 'Revoke the token (the app’s settings, or POST /v1/oauth/revoke) and authorize again.' },
    docs: 'https://developers.miro.com/docs/getting-started-with-oauth',
  }),
];
