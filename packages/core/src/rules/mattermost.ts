import { chars, defineRule, keyed, LOWER_ALNUM } from './define.js';

/** Mattermost credentials. */
export const mattermostRules = [
  defineRule({
    id: 'mattermost-access-token',
    provider: 'Mattermost',
    description: 'Mattermost personal access / bot token (26 lowercase alnum) under a Mattermost-named key',
    keywords: ['mattermost'],
    pattern: keyed('mattermost', '[a-z0-9]{26}'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://developers.mattermost.com/integrate/reference/personal-access-token/', how: 'Revoke it in Mattermost’s settings, issue a new one and update where it is stored.' },
    docs: 'https://developers.mattermost.com/integrate/reference/personal-access-token/',
    sample: chars(LOWER_ALNUM, 26),
    sampleKey: 'MATTERMOST_TOKEN',
    negatives: ['MATTERMOST_TOKEN=your_token_here', 'MATTERMOST_TOKEN=${MATTERMOST_TOKEN}'],
  }),
  defineRule({
    id: 'mattermost-webhook-url',
    provider: 'Mattermost',
    description: 'Mattermost incoming webhook URL (https://<server>/hooks/<26-character id>), surer with "mattermost" nearby',
    keywords: ['/hooks/'],
    pattern: /https?:\/\/[A-Za-z0-9.-]{1,253}(?::[0-9]{1,5})?(?:\/[A-Za-z0-9_.-]{1,64}){0,3}\/hooks\/([a-z0-9]{26})(?![A-Za-z0-9_/-])/,
    minEntropy: 3,
    context: ['mattermost'],
    contextConfidence: 'medium',
    severity: 'high',
    rotate: { url: 'https://developers.mattermost.com/integrate/webhooks/incoming/', how: 'Integrations → Incoming Webhooks → delete the webhook and create a new one.' },
    docs: 'https://developers.mattermost.com/integrate/webhooks/incoming/',
    sample: (g) => `https://mattermost.example.org/hooks/${chars(LOWER_ALNUM, 26)(g)}`,
    negatives: ['https://mattermost.example.org/hooks/xxx-generatedkey-xxx', 'https://mattermost.example.org/hooks/${MATTERMOST_HOOK_ID}'],
  }),
];
