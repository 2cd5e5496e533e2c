import { defineRule, DIGITS, HEX, token } from './define.js';

const isHex = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 97 && c <= 102);

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Mailchimp credentials. */
export const mailchimpRules = [
  defineRule({
    id: 'mailchimp-api-key',
    provider: 'Mailchimp',
    description: 'Mailchimp API key (32 hex + data centre, -us…)',
    keywords: ['-us'],
    // "-us" is common text (en-US); run only where hex precedes it and a digit follows.
    near: (text, at) => isHex(text.charCodeAt(at - 1)) && isDigit(text.charCodeAt(at + 3)),
    pattern: token(`[a-f0-9]{32}-us[0-9]{1,2}`),
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://us1.admin.mailchimp.com/account/api/', how: 'Account → Extras → API keys → disable and delete the key.' },
    sample: (g) => `${g.chars(HEX, 32)}-us${g.chars(DIGITS, 2)}`,
    negatives: ['00000000000000000000000000000000-us1', 'your_api_key-us6'],
  }),
];
