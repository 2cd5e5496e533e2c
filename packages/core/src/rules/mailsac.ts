import { ALNUM, defineRule, gen, keyed } from './define.js';

/** Mailsac credentials. */
export const mailsacRules = [
  defineRule({
    id: 'mailsac-api-key',
    provider: 'Mailsac',
    description: 'Mailsac API key (k_ + 36+) under a Mailsac-named key',
    keywords: ['mailsac'],
    pattern: keyed('mailsac', 'k_[A-Za-z0-9]{36,64}'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://docs.mailsac.com/en/latest/services/api/api.html', how: 'Revoke it in Mailsac’s settings, issue a new one and update where it is stored.' },
    docs: 'https://docs.mailsac.com/en/latest/services/api/api.html',
    sample: gen('k_', [ALNUM, 36]),
    sampleKey: 'MAILSAC_API_KEY',
    negatives: ['MAILSAC_API_KEY=your_api_key_here', 'MAILSAC_API_KEY=${MAILSAC_API_KEY}'],
  }),
];
