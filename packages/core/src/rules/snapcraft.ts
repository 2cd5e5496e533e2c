import { BASE64, defineRule } from './define.js';

/** Snapcraft: store credentials exported by `snapcraft export-login`. */
export const snapcraftRules = [
  // `snapcraft export-login` writes base64 of a JSON object whose first member is the macaroon
  // type (`{"t":"u1-macaroon",…`), which CI passes as SNAPCRAFT_STORE_CREDENTIALS. From a blind
  // grading of release tooling: 17 of 18 missed, found only under secret-named keys.
  defineRule({
    id: 'snapcraft-store-credentials',
    provider: 'Snapcraft',
    description: 'Snap Store credentials from snapcraft export-login (base64 of {"t":"u1-macaroon",…})',
    keywords: ['eyj0ijoidtetbwfjyxjvb24i'],
    pattern: /(?<![A-Za-z0-9+/])(eyJ0IjoidTEtbWFjYXJvb24i[A-Za-z0-9+/]{100,16000}={0,2})(?![A-Za-z0-9+/=])/,
    prefixes: ['eyJ0IjoidTEtbWFjYXJvb24i'],
    window: { before: 256, after: 16384 },
    minEntropy: 3.5,
    severity: 'critical',
    rotate: { url: 'https://snapcraft.io/account', how: 'Revoke the exported credentials in the Snap Store account (or let them expire), export new ones with the least ACLs and update the CI secret.' },
    docs: 'https://documentation.ubuntu.com/snapcraft/stable/how-to/publishing/authenticate/',
    sample: (g) => btoa(`{"t":"u1-macaroon","v":{"r":"${g.chars(BASE64, 240)}","d":"${g.chars(BASE64, 180)}"}}`),
    sampleKey: 'SNAPCRAFT_STORE_CREDENTIALS',
    negatives: ['SNAPCRAFT_STORE_CREDENTIALS=${{ secrets.SNAPCRAFT_STORE_CREDENTIALS }}'],
  }),
];
