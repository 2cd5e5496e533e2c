import { ALNUM, BASE64URL, prefixed } from './define.js';

const rotate = { url: 'https://spec.matrix.org/latest/client-server-api/#post_matrixclientv3logout', how: 'Log the session out (POST /logout, or remove the device in the client’s session list), which revokes its access and refresh tokens, then log in again.' };
const docs = 'https://element-hq.github.io/synapse/latest/usage/administration/admin_api/';

/** Matrix homeserver (Synapse) tokens. */
export const matrixRules = [
  prefixed({
    id: 'matrix-access-token',
    provider: 'Matrix',
    description: 'Matrix access or refresh token as Synapse issues them (syt_/syr_ + base64 of the user + "_" + 20 random + "_" + 6-character checksum)',
    prefix: ['syt_', 'syr_'],
    // The user part is unpadded base64 and may hold "_" itself: the random part and the checksum
    // are told from the end.
    body: '[A-Za-z0-9_-]{1,128}_[A-Za-z0-9]{20}_[A-Za-z0-9]{6}',
    right: 'A-Za-z0-9_-',
    minEntropy: 3,
    severity: 'high',
    sample: (g) => `${g.chars(BASE64URL.replace(/[-_]/g, ''), 8)}_${g.chars(ALNUM, 20)}_${g.chars(ALNUM, 6)}`,
    rotate,
    docs,
  }),
];
