import { ALNUM, chars, defineRule, hasUpperLowerDigit, keyed, mixedChars, pairedSecret, prefixed } from './define.js';

/** Alibaba Cloud credentials. */
export const alibabaCloudRules = [
  prefixed({ id: 'alibaba-access-key-id', provider: 'Alibaba Cloud', description: 'Alibaba Cloud RAM AccessKey ID (LTAI); pair with the 30-char AccessKey secret', prefix: 'LTAI', body: '[A-Za-z0-9]{12,20}', sample: chars(ALNUM, 12), rotate: { url: 'https://ram.console.aliyun.com/manage/ak', how: 'Revoke it in Alibaba Cloud’s settings, issue a new one and update where it is stored.' }, docs: 'https://www.alibabacloud.com/help/en/ram/user-guide/create-an-accesskey-pair' }),
  defineRule({
    id: 'alibaba-access-key-secret',
    provider: 'Alibaba Cloud',
    description: 'Alibaba Cloud AccessKey secret (30 alnum) under a Alibaba Cloud-named key',
    keywords: ['alibaba', 'aliyun', 'accesskeysecret', 'access_key_secret'],
    pattern: keyed('alibaba|aliyun|accesskeysecret|access_key_secret', '[A-Za-z0-9]{30}'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://ram.console.aliyun.com/manage/ak', how: 'Revoke it in Alibaba Cloud’s settings, issue a new one and update where it is stored.' },
    docs: 'https://www.alibabacloud.com/help/en/ram/user-guide/create-an-accesskey-pair',
    sample: chars(ALNUM, 30),
    sampleKey: 'ALIBABA_SECRET',
    negatives: ['ALIBABA_SECRET=your_secret_here', 'ALIBABA_SECRET=${ALIBABA_SECRET}'],
  }),
  pairedSecret({
    id: 'alibaba-access-key-secret-near-id',
    provider: 'Alibaba Cloud',
    description: 'Alibaba Cloud AccessKey secret (30 letters and digits) within a few lines after its AccessKey ID (LTAI…), whatever its own name',
    keywords: ['ltai'],
    keyId: 'LTAI[A-Za-z0-9]{12,20}',
    secret: '[A-Za-z0-9]{30}',
    right: 'A-Za-z0-9_',
    accept: hasUpperLowerDigit,
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://ram.console.aliyun.com/manage/ak', how: 'Disable and delete the AccessKey pair in the RAM console, create a new one and update where it is stored.' },
    docs: 'https://www.alibabacloud.com/help/en/ram/user-guide/create-an-accesskey-pair',
    sampleId: (g) => `LTAI${g.chars(ALNUM, 20)}`,
    sampleSecret: mixedChars(ALNUM, 30),
    negatives: [`ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI${'X'.repeat(20)}\nALIBABA_CLOUD_ACCESS_KEY_SECRET=\${SECRET}\n`],
  }),
];
