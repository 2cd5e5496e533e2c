import { ALNUM, chars, hasUpperLowerDigit, mixedChars, pairedSecret, prefixed } from './define.js';

/** Tencent Cloud credentials. */
export const tencentCloudRules = [
  // A SecretId is 'AKID' and 32 letters and digits (API gateway key IDs have 36). Like an AWS
  // access key ID it names the key pair, and the SecretKey sits beside it: reported so the pair
  // is found and rotated together.
  prefixed({
    id: 'tencent-cloud-secret-id',
    provider: 'Tencent Cloud',
    description: 'Tencent Cloud API SecretId (AKID + 32 letters and digits), half of an API key pair',
    prefix: 'AKID',
    body: '[A-Za-z0-9]{32}(?:[A-Za-z0-9]{4})?',
    minEntropy: 3.5,
    severity: 'high',
    sample: chars(ALNUM, 32),
    rotate: { url: 'https://console.tencentcloud.com/cam/capi', how: 'Disable and delete the key pair in API Key Management, create a new SecretId/SecretKey pair and update where it is stored.' },
    docs: 'https://www.tencentcloud.com/document/product/598/34228',
  }),
  pairedSecret({
    id: 'tencent-cloud-secret-key-near-id',
    provider: 'Tencent Cloud',
    description: 'Tencent Cloud API SecretKey (32 letters and digits) within a few lines after its SecretId (AKID…), whatever its own name',
    keywords: ['akid'],
    keyId: 'AKID[A-Za-z0-9]{32}',
    secret: '[A-Za-z0-9]{32}',
    right: 'A-Za-z0-9_',
    accept: hasUpperLowerDigit,
    minEntropy: 3,
    severity: 'critical',
    rotate: { url: 'https://console.tencentcloud.com/cam/capi', how: 'Disable and delete the key pair in API Key Management, create a new SecretId/SecretKey pair and update where it is stored.' },
    docs: 'https://www.tencentcloud.com/document/product/598/32675',
    sampleId: (g) => `AKID${g.chars(ALNUM, 32)}`,
    sampleSecret: mixedChars(ALNUM, 32),
    negatives: [`TENCENTCLOUD_SECRET_ID=AKID${'X'.repeat(32)}\nTENCENTCLOUD_REGION=ap-guangzhou\n`],
  }),
];
