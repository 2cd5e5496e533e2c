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
  prefixed({
    id: 'yandex-oauth-token',
    provider: 'Yandex',
    description: 'Yandex OAuth token (y0_ … y3_, then base64url starting "A": Yandex ID, Direct, Disk, Cloud\'s yc CLI)',
    prefix: ['y0_', 'y1_', 'y2_', 'y3_'],
    body: 'A[A-Za-z0-9_-]{39,199}',
    right: 'A-Za-z0-9_-',
    minEntropy: 3.5,
    severity: 'high',
    sample: (g) => `y0_Ag${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 53)}`.slice(3),
    rotate: { url: 'https://oauth.yandex.com/', how: 'Revoke the token in the Yandex ID account\'s devices and apps (or the app\'s tokens), issue a new one and update where it is stored.' },
    docs: 'https://yandex.com/dev/id/doc/en/tokens/debug-token',
  }),
];
