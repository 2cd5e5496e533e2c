import { chars, prefixed, UPPER_ALNUM } from './define.js';

/** Pinterest credentials. */
export const pinterestRules = [
  // OAuth access tokens are prefixed pina_ (refresh tokens pinr_), then upper-case base32. The
  // keywords are the whole prefixes: "pin" alone is in every "mapping" and "spinner".
  prefixed({
    id: 'pinterest-access-token',
    provider: 'Pinterest',
    description: 'Pinterest API v5 OAuth access or refresh token (pina_ / pinr_)',
    prefix: ['pina_', 'pinr_'],
    body: '[A-Z0-9]{60,200}',
    minEntropy: 3.5,
    severity: 'high',
    sample: chars(UPPER_ALNUM, 108),
    rotate: { url: 'https://developers.pinterest.com/apps/', how: 'Revoke the app’s tokens in the developer portal, authorise again and update where the token is stored.' },
    docs: 'https://developers.pinterest.com/docs/getting-started/authentication-and-scopes/',
    negatives: ['PINTEREST_TOKEN=pina_your_token_here', 'PINTEREST_TOKEN=${PINTEREST_TOKEN}'],
  }),
];
