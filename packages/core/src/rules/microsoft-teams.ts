import { BASE64URL, defineRule, DIGITS, gen, HEX, token } from './define.js';

/** Microsoft Teams credentials. */
export const microsoftTeamsRules = [
  defineRule({
    id: 'microsoft-teams-incoming-webhook',
    provider: 'Microsoft Teams',
    description: 'Microsoft Teams (Office 365 connector) incoming webhook URL',
    keywords: ['webhook.office.com', 'webhookb2', 'outlook.office.com/webhook/', 'outlook.office365.com/webhook/'],
    // The newer URLs end in a signature segment, /V2<base64url> (without it the URL still leaks).
    // The legacy connector URLs live on outlook.office.com/webhook/ (and office365.com) with the
    // same path (from a blind grading of video conferencing: 12 missed).
    pattern: token('https://(?:[a-z0-9-]{1,64}\\.webhook\\.office\\.com/webhookb2|outlook\\.office(?:365)?\\.com/webhook)/[a-f0-9-]{36}@[a-f0-9-]{36}/IncomingWebhook/[a-f0-9]{32}/[a-f0-9-]{36}(?:/V2[A-Za-z0-9_-]{20,100})?', { right: 'A-Za-z0-9_-' }),
    minEntropy: 3,
    severity: 'critical',
    rotate: { url: 'https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook', how: 'Revoke it in Microsoft Teams’s settings, issue a new one and update where it is stored.' },
    docs: 'https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook',
    sample: gen('https://', ['-0123456789abcdefghijklmnopqrstuvwxyz', 8], '.webhook.office.com/webhookb2/', ['-0123456789abcdef', 36], '@', ['-0123456789abcdef', 36], '/IncomingWebhook/', [HEX, 32], '/', ['-0123456789abcdef', 36]),
    negatives: [],
  }),
  defineRule({
    id: 'microsoft-power-automate-workflow-url',
    provider: 'Microsoft Teams',
    description: 'Power Automate / Teams Workflows / Logic Apps HTTP trigger URL (logic.azure.com, powerplatform.com or a Standard app on azurewebsites.net, signed with sig=): anyone holding it can start the workflow',
    // (Logic Apps Standard serves its triggers from the app's own host: `<app>.azurewebsites.net/api/<workflow>/triggers/<trigger>/invoke?…&sig=`.)
    keywords: ['logic.azure.com', 'api.powerplatform.com', '/invoke?'],
    // The trigger's query holds api-version, sp and sv before sig (any order, at most 8 others).
    pattern: token(
      'https://[a-z0-9.-]{1,80}\\.(?:(?:logic\\.azure\\.com(?::443)?/workflows/[0-9a-f]{32}|environment\\.api\\.powerplatform\\.com(?::443)?/powerautomate/automations/direct/workflows/[0-9a-f]{32})/triggers/[A-Za-z0-9_.-]{1,40}/paths|azurewebsites\\.net(?::443)?/api/[A-Za-z0-9_.-]{1,80}/triggers/[A-Za-z0-9_.-]{1,40})/invoke/?\\?(?:[A-Za-z0-9_.~%=-]{1,200}&){0,8}sig=[A-Za-z0-9_%-]{40,100}',
      { right: 'A-Za-z0-9_%-' },
    ),
    // From "/invoke?" back to https:// (host, workflow and trigger names).
    window: { before: 300 },
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook', how: 'Delete the workflow (or its HTTP trigger) and create a new one; the signed URL cannot be revoked on its own.' },
    docs: 'https://learn.microsoft.com/en-us/azure/logic-apps/logic-apps-http-endpoint',
    sample: gen('https://prod-', [DIGITS, 2], '.westeurope.logic.azure.com:443/workflows/', [HEX, 32], '/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=', [BASE64URL, 43]),
    negatives: ['https://prod-00.westeurope.logic.azure.com:443/workflows/{workflowId}/triggers/manual/paths/invoke?api-version=2016-06-01&sig={sig}', 'https://portal.azure.com/#resource/subscriptions/x/logic.azure.com/workflows'],
  }),
];
