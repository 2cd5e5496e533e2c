import { chars, defineRule, gen, HEX, keyed, LOWER_ALNUM, prefixed } from './define.js';

/** Mailgun credentials. */
export const mailgunRules = [
  // Legacy keys are base36, not hex: Mailgun's own documented example holds letters past f, and TruffleHog's test uses the same alphabet.
  prefixed({ id: 'mailgun-api-key', provider: 'Mailgun', description: 'Mailgun API key (key-)', prefix: 'key-', body: '[a-z0-9]{32}', sample: chars(LOWER_ALNUM, 32), rotate: { url: 'https://app.mailgun.com/settings/api_security', how: 'API security → delete the key and create a new one.' } }),
  defineRule({
    id: 'mailgun-private-api-key',
    provider: 'Mailgun',
    description: 'Mailgun private API key (32 hex, 8 hex, 8 hex) with "mailgun" nearby',
    // The current key format has no prefix: found where "mailgun" (the name, api.mailgun.net)
    // stands within a few lines of it, as TruffleHog's detector looks for it.
    keywords: ['mailgun'],
    window: { before: 256, after: 256 },
    // Over line ends both ways: the name often stands on a line of its own (a log line, a comment).
    span: 'near',
    pattern: /(?<![A-Za-z0-9_-])([a-f0-9]{32}-[a-f0-9]{8}-[a-f0-9]{8})(?![A-Za-z0-9_-])/,
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://app.mailgun.com/settings/api_security', how: 'API security → delete the key and create a new one.' },
    docs: 'https://documentation.mailgun.com/docs/mailgun/user-manual/get-started/',
    sample: (g) => `curl -s --user "api:${gen([HEX, 32], '-', [HEX, 8], '-', [HEX, 8])(g)}" https://api.mailgun.net/v3/mg.internal.test/messages`,
    negatives: ['MAILGUN_API_KEY=your_api_key_here', 'mailgun docs: 00000000000000000000000000000000-00000000-00000000', 'mailgun request id 5c3a879d-7efe-2492-9506-f368dcff6d45'],
  }),
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
