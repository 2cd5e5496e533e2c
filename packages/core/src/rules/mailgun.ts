import { chars, defineRule, gen, HEX, keyed, prefixed } from './define.js';

/** Mailgun credentials. */
export const mailgunRules = [
  prefixed({ id: 'mailgun-api-key', provider: 'Mailgun', description: 'Mailgun API key (key-)', prefix: 'key-', body: '[a-f0-9]{32}', sample: chars(HEX, 32), rotate: { url: 'https://app.mailgun.com/settings/api_security', how: 'API security → delete the key and create a new one.' } }),
  defineRule({
    id: 'mailgun-webhook-signing-key',
    provider: 'Mailgun',
    description: 'Mailgun HTTP webhook signing key under a Mailgun-named key',
    keywords: ['mailgun'],
    pattern: keyed('mailgun', '[a-f0-9]{32}-[a-f0-9]{8}-[a-f0-9]{8}'),
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://app.mailgun.com/settings/api_security', how: 'Revoke it in Mailgun’s settings, issue a new one and update where it is stored.' },
    docs: 'https://documentation.mailgun.com/docs/mailgun/user-manual/tracking-messages/#securing-webhooks',
    sample: gen([HEX, 32], '-', [HEX, 8], '-', [HEX, 8]),
    sampleKey: 'MAILGUN_API_KEY',
    negatives: ['MAILGUN_API_KEY=your_api_key_here', 'MAILGUN_API_KEY=${MAILGUN_API_KEY}'],
  }),
];
