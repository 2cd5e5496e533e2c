import { defineRule, HEX } from './define.js';

/** Home Assistant webhook ids: the only credential of a webhook trigger's endpoint. */
export const homeAssistantWebhookRules = [
  // A webhook trigger (`platform: webhook`, `webhook_id: …`) is reached at /api/webhook/<id> with
  // no other authentication: Home Assistant generates a 64-hex id for it. (From a blind grading of
  // smart home platforms: 11 of 11 missed.)
  defineRule({
    id: 'home-assistant-webhook-id',
    provider: 'Home Assistant',
    description: 'Home Assistant webhook id (64 hex digits: the webhook endpoint\'s only credential) under webhook_id or in /api/webhook/<id>',
    keywords: ['webhook_id', 'webhookid', '/api/webhook/'],
    pattern: /(?:(?<![A-Za-z0-9_])webhook_?id["']?[ \t]{0,4}[:=][ \t]{0,4}["']?|\/api\/webhook\/)([0-9a-f]{64})(?![0-9A-Za-z])/i,
    secretGroup: 1,
    window: { before: 16, after: 100 },
    minEntropy: 3.3,
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://www.home-assistant.io/docs/automation/trigger/#webhook-trigger', how: 'Change the automation\'s webhook id to a new random one and update the service that calls it.' },
    docs: 'https://www.home-assistant.io/docs/automation/trigger/#webhook-trigger',
    sample: (g) => `triggers:\n  - trigger: webhook\n    webhook_id: ${g.chars(HEX, 64)}\n    allowed_methods: [POST]\n`,
    negatives: ['webhook_id: !secret garage_webhook', 'webhook_id: "garage-door-opened"'],
  }),
];
