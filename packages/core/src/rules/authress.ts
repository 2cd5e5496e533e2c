import { ALNUM, defineRule, gen, keyed } from './define.js';

/** Authress credentials. */
export const authressRules = [
  defineRule({
    id: 'authress-service-client-access-key',
    provider: 'Authress',
    description: 'Authress service client access key (<prefix>_<id>.<id>.acc_<id>.<secret>) under a Authress-named key',
    keywords: ['authress', '.acc_', '.acc-'],
    pattern: keyed('authress|\\.acc_|\\.acc-', '(?:sc|ext|scauth|authress)_[A-Za-z0-9]{5,30}\\.[A-Za-z0-9]{4,6}\\.acc[_-][A-Za-z0-9-]{10,32}\\.[A-Za-z0-9+/_=-]{30,120}', 'A-Za-z0-9_+/=-'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://authress.io/knowledge-base/docs/authorization/service-clients/secrets-scanning', how: 'Revoke it in Authress’s settings, issue a new one and update where it is stored.' },
    docs: 'https://authress.io/knowledge-base/docs/authorization/service-clients/secrets-scanning',
    sample: gen('sc_', [ALNUM, 8], '.', [ALNUM, 6], '.acc', ['-_', 1], ['-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 10], '.', ['+-/0123456789=ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', 30]),
    sampleKey: 'AUTHRESS_API_KEY',
    negatives: ['AUTHRESS_API_KEY=your_api_key_here', 'AUTHRESS_API_KEY=${AUTHRESS_API_KEY}'],
  }),
];
