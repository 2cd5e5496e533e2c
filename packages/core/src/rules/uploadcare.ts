import { chars, defineRule, HEX, keyed } from './define.js';

/** Uploadcare credentials. */
export const uploadcareRules = [
  // The secret key signs REST API calls and upload policies; it is 20 hex with no prefix, as the
  // public key beside it is, so only an Uploadcare-named secret key says which it is.
  defineRule({
    id: 'uploadcare-secret-key',
    provider: 'Uploadcare',
    description: 'Uploadcare secret key (20 hex) under an Uploadcare-named secret key',
    keywords: ['uploadcare'],
    pattern: keyed('uploadcare[a-z0-9_.-]{0,24}?secret', '[a-f0-9]{20}'),
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://app.uploadcare.com/projects/-/api-keys/', how: 'API keys → add a new secret key, move every server to it, then delete the old one.' },
    docs: 'https://uploadcare.com/docs/start/settings/#keys',
    sample: chars(HEX, 20),
    sampleKey: 'UPLOADCARE_SECRET_KEY',
    negatives: ['UPLOADCARE_SECRET_KEY=your_secret_key', 'UPLOADCARE_SECRET_KEY=${UPLOADCARE_SECRET_KEY}'],
  }),
  // The REST API's simple scheme sends both keys in the header, the secret after the colon:
  // `Authorization: Uploadcare.Simple <public>:<secret>`.
  defineRule({
    id: 'uploadcare-simple-auth-secret',
    provider: 'Uploadcare',
    description: 'Uploadcare secret key in the REST API simple auth header (Authorization: Uploadcare.Simple public:secret)',
    keywords: ['uploadcare.simple'],
    pattern: /Uploadcare\.Simple[ \t]{1,4}[a-f0-9]{20}:([a-f0-9]{20})(?![A-Za-z0-9])/,
    secretGroup: 1,
    window: { before: 8, after: 80 },
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://app.uploadcare.com/projects/-/api-keys/', how: 'API keys → add a new secret key, move every server to it, then delete the old one.' },
    docs: 'https://uploadcare.com/api-refs/rest-api/v0.7.0/#section/Authentication',
    sample: (g) => `curl -H "Authorization: Uploadcare.Simple ${g.chars(HEX, 20)}:${g.chars(HEX, 20)}" https://api.uploadcare.com/files/`,
    negatives: ['Authorization: Uploadcare.Simple YOUR_PUBLIC_KEY:YOUR_SECRET_KEY', 'Authorization: Uploadcare.Simple demopublickey:demosecretkey'],
  }),
];
