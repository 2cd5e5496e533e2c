import { chars, prefixed } from './define.js';

const KEY_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** PubNub credentials. */
export const pubnubRules = [
  // The secret key (`sec-c-` and base64 letters and digits) signs access grants and admin calls;
  // publish and subscribe keys (`pub-c-`, `sub-c-`) ship in clients.
  prefixed({
    id: 'pubnub-secret-key',
    provider: 'PubNub',
    description: 'PubNub secret key (sec-c- and 40 or more base64 characters)',
    prefix: 'sec-c-',
    body: '[A-Za-z0-9+/]{40,64}={0,2}',
    right: 'A-Za-z0-9_+/=-',
    minEntropy: 3.5,
    severity: 'critical',
    sample: chars(KEY_CHARS, 48),
    rotate: { url: 'https://admin.pubnub.com/', how: 'Keysets → the keyset: regenerate the secret key and update the servers that grant access.' },
    docs: 'https://www.pubnub.com/docs/general/security/access-control',
    negatives: ['PUBNUB_SECRET_KEY=sec-c-your-secret-key', 'PUBNUB_SECRET_KEY=${PUBNUB_SECRET_KEY}'],
  }),
];
