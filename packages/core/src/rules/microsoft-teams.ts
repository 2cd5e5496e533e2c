import { defineRule, gen, HEX, token } from './define.js';

/** Microsoft Teams credentials. */
export const microsoftTeamsRules = [
  defineRule({
    id: 'microsoft-teams-incoming-webhook',
    provider: 'Microsoft Teams',
    description: 'Microsoft Teams (Office 365 connector) incoming webhook URL',
    keywords: ['webhook.office.com', 'webhookb2'],
    pattern: token('https://[a-z0-9-]{1,64}\\.webhook\\.office\\.com/webhookb2/[a-f0-9-]{36}@[a-f0-9-]{36}/IncomingWebhook/[a-f0-9]{32}/[a-f0-9-]{36}', { right: 'A-Za-z0-9_-' }),
    minEntropy: 3,
    severity: 'critical',
    rotate: { url: 'https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook', how: 'Revoke it in Microsoft Teams’s settings, issue a new one and update where it is stored.' },
    docs: 'https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook',
    sample: gen('https://', ['-0123456789abcdefghijklmnopqrstuvwxyz', 8], '.webhook.office.com/webhookb2/', ['-0123456789abcdef', 36], '@', ['-0123456789abcdef', 36], '/IncomingWebhook/', [HEX, 32], '/', ['-0123456789abcdef', 36]),
    negatives: [],
  }),
];
