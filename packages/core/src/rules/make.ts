import { chars, defineRule, LOWER_ALNUM } from './define.js';

/** Make (formerly Integromat) credentials. */
export const makeRules = [
  defineRule({
    id: 'make-webhook-url',
    provider: 'Make',
    description: 'Make (Integromat) custom webhook URL (https://hook.<zone>.make.com/<32 characters>, hook.<zone>.integromat.com)',
    keywords: ['.make.com/', '.integromat.com/'],
    pattern: /hook\.(?:[a-z]{2}[0-9]\.)?(?:make|integromat)\.com\/([a-z0-9]{32})(?![A-Za-z0-9_-])/,
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://www.make.com/en/help/tools/webhooks', how: 'Webhooks → the webhook → delete it and create a new one; anyone with the URL can start the scenario.' },
    docs: 'https://www.make.com/en/help/tools/webhooks',
    sample: (g) => `https://hook.eu1.make.com/${chars(LOWER_ALNUM, 32)(g)}`,
    negatives: ['https://hook.eu1.make.com/your-webhook-id', 'https://hook.eu1.make.com/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  }),
];
