import { chars, defineRule, keyed } from './define.js';

/** Mandrill credentials. */
export const mandrillRules = [
  defineRule({
    id: 'mandrill-api-key',
    provider: 'Mandrill',
    description: 'Mailchimp Transactional (Mandrill) API key (22 chars) under a Mandrill-named key',
    keywords: ['mandrill'],
    pattern: keyed('mandrill', '[A-Za-z0-9_-]{22}', 'A-Za-z0-9_-'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://mandrillapp.com/settings', how: 'Revoke it in Mandrill’s settings, issue a new one and update where it is stored.' },
    docs: 'https://mailchimp.com/developer/transactional/guides/quick-start/',
    sample: chars('-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', 22),
    sampleKey: 'MANDRILL_API_KEY',
    negatives: ['MANDRILL_API_KEY=your_api_key_here', 'MANDRILL_API_KEY=${MANDRILL_API_KEY}'],
  }),
];
