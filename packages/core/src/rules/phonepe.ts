import { defineRule, keyed, UUID, uuidSample } from './define.js';

/** PhonePe Payment Gateway: the salt key that signs every request's X-VERIFY header. */
export const phonepeRules = [
  defineRule({
    id: 'phonepe-salt-key',
    provider: 'PhonePe',
    description: 'PhonePe salt key (a UUID) under its name (PHONEPE_SALT_KEY, phonepeSaltKey)',
    keywords: ['phonepe'],
    pattern: keyed('phonepe[_.-]?(?:merchant[_.-]?)?salt(?:[_.-]?key)?', UUID),
    minEntropy: 2.5,
    severity: 'critical',
    rotate: { url: 'https://business.phonepe.com/', how: 'Ask PhonePe for a new salt key (with a new salt index) and update where it is stored; anyone with it can sign requests as you.' },
    docs: 'https://developer.phonepe.com/v1/docs/generate-the-x-verify-header',
    sample: uuidSample,
    sampleKey: 'PHONEPE_SALT_KEY',
    negatives: ['PHONEPE_SALT_KEY=${PHONEPE_SALT_KEY}', 'PHONEPE_SALT_KEY=00000000-0000-0000-0000-000000000000'],
  }),
];
