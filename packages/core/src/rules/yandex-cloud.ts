import { chars, defineRule, gen, keyed, prefixed } from './define.js';

/** Yandex Cloud credentials. */
export const yandexCloudRules = [
  prefixed({ id: 'yandex-cloud-api-key', provider: 'Yandex Cloud', description: 'Yandex Cloud service-account API key (AQVN)', prefix: 'AQVN', body: '[A-Za-z0-9_-]{35,38}', right: 'A-Za-z0-9_-', sample: chars('-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', 35), rotate: { url: 'https://console.yandex.cloud/', how: 'Revoke it in Yandex Cloud’s settings, issue a new one and update where it is stored.' }, docs: 'https://yandex.cloud/en/docs/iam/concepts/authorization/api-key' }),
  defineRule({
    id: 'yandex-cloud-iam-token',
    provider: 'Yandex Cloud',
    description: 'Yandex Cloud IAM token (t1.) under a Yandex Cloud-named key',
    keywords: ['yandex'],
    pattern: keyed('yandex', 't1\\.[A-Za-z0-9_-]{10,200}={0,2}\\.[A-Za-z0-9_-]{86}={0,2}', 'A-Za-z0-9_-'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://console.yandex.cloud/', how: 'Revoke it in Yandex Cloud’s settings, issue a new one and update where it is stored.' },
    docs: 'https://yandex.cloud/en/docs/iam/concepts/authorization/iam-token',
    sample: gen('t1.', ['-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', 10], '==.', ['-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', 86], '=='),
    sampleKey: 'YANDEX_TOKEN',
    negatives: ['YANDEX_TOKEN=your_token_here', 'YANDEX_TOKEN=${YANDEX_TOKEN}'],
  }),
  // An IAM token is t1.9euel (the encoded start of its header) and a long base64url body, with a
  // "." before its signature or none.
  prefixed({
    id: 'yandex-cloud-iam-token-t1',
    provider: 'Yandex Cloud',
    description: 'Yandex Cloud IAM token (t1.9euel…)',
    prefix: 't1.9euel',
    body: '[A-Za-z0-9_-][A-Za-z0-9_.-]{100,800}',
    right: 'A-Za-z0-9_.-',
    minEntropy: 3.5,
    severity: 'high',
    sample: gen(['ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 80], '.', ['ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 86]),
    rotate: { url: 'https://yandex.cloud/en/docs/iam/operations/iam-token/revoke-iam-token', how: 'Revoke the IAM token and the credential that issued it, then update where it is stored.' },
    docs: 'https://yandex.cloud/en/docs/iam/concepts/authorization/iam-token',
  }),
];
