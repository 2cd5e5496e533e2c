import { BASE64, gen, hasUpperLowerDigit, LOWER_ALNUM, mixedChars, pairedSecret, prefixed } from './define.js';

/** Akamai credentials. */
export const akamaiRules = [
  // (Akamai's current docs show tokens as akab- and 25 to 28, "-" and 5 or 6: from a blind grading of CDNs.)
  prefixed({ id: 'akamai-edgegrid-client-token', provider: 'Akamai', description: 'Akamai EdgeGrid client_token / access_token (akab-)', prefix: 'akab-', body: '[a-z0-9]{16,32}-[a-z0-9]{5,16}', accept: (m, text, at) => !/^\.luna(?:-imaging)?\.akamaiapis\.net/.test(text.slice(at + m[0].length, at + m[0].length + 32)), sample: gen([LOWER_ALNUM, 16], '-', [LOWER_ALNUM, 16]), negatives: ['host = akab-' + 'q2w3e4r5t6y7u8i9-o0p1a2s3d4f5g6h7.luna.akamaiapis.net'], rotate: { url: 'https://control.akamai.com/apps/identity-management/#/tabs/users/list', how: 'Revoke it in Akamai’s settings, issue a new one and update where it is stored.' }, docs: 'https://techdocs.akamai.com/developer/docs/set-up-authentication-credentials' }),
  pairedSecret({
    id: 'akamai-edgegrid-client-secret-near-token',
    provider: 'Akamai',
    description: 'Akamai EdgeGrid client secret (44 base64 characters) within a few lines after a client or access token (akab-…), whatever its own name',
    keywords: ['akab-'],
    keyId: 'akab-[a-z0-9]{16,32}-[a-z0-9]{5,16}',
    secret: '[A-Za-z0-9+/]{43}=|[A-Za-z0-9+/]{44}',
    right: 'A-Za-z0-9+/=',
    accept: hasUpperLowerDigit,
    minEntropy: 4,
    severity: 'high',
    rotate: { url: 'https://control.akamai.com/apps/identity-management/#/tabs/users/list', how: 'Revoke the API client’s credential in Identity and Access Management, create a new one and update .edgerc.' },
    docs: 'https://techdocs.akamai.com/developer/docs/set-up-authentication-credentials',
    sampleId: gen('akab-', [LOWER_ALNUM, 16], '-', [LOWER_ALNUM, 16]),
    sampleSecret: (g) => `${mixedChars(BASE64, 43)(g)}=`,
    negatives: [`client_token = akab-${'x'.repeat(16)}-${'y'.repeat(16)}\nhost = akab-${'x'.repeat(16)}-${'y'.repeat(16)}.luna.akamaiapis.net\n`],
  }),
];
