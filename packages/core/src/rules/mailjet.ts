import { chars, defineRule, HEX, keyed } from './define.js';

/** Mailjet credentials. */
export const mailjetRules = [
  defineRule({
    id: 'mailjet-api-secret',
    provider: 'Mailjet',
    description: 'Mailjet API key / secret key (32 hex) under a Mailjet-named key',
    keywords: ['mailjet'],
    pattern: keyed('mailjet', '[a-f0-9]{32}'),
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://app.mailjet.com/account/apikeys', how: 'Revoke it in Mailjet’s settings, issue a new one and update where it is stored.' },
    docs: 'https://dev.mailjet.com/email/guides/#authentication',
    sample: chars(HEX, 32),
    sampleKey: 'MAILJET_SECRET',
    negatives: ['MAILJET_SECRET=your_secret_here', 'MAILJET_SECRET=${MAILJET_SECRET}'],
  }),
];
