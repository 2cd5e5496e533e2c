import { ALNUM, DIGITS, defineRule, gen, keyed, token } from './define.js';

const rotate = {
  url: 'https://www.notion.so/profile/integrations',
  how: 'Settings → Connections → the integration → Refresh the secret, then update where it is stored.',
} as const;

/** Notion integration and OAuth secrets. https://developers.notion.com/docs/authorization */
export const notionRules = [
  defineRule({
    id: 'notion-integration-token',
    provider: 'Notion',
    description: 'Notion integration token (ntn_)',
    keywords: ['ntn_'],
    pattern: token(`ntn_[0-9]{11}[A-Za-z0-9]{35}`),
    prefixes: ['ntn_'],
    minEntropy: 3.5,
    severity: 'critical',
    rotate,
    docs: 'https://developers.notion.com/docs/authorization',
    sample: gen('ntn_', [DIGITS, 11], [ALNUM, 35]),
    negatives: ['ntn_your_token_here', 'ntn_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'ntn_12345', 'ntn_<token>', 'ntn_${NOTION_TOKEN}'],
  }),
  defineRule({
    id: 'notion-oauth-client-secret',
    provider: 'Notion',
    description: 'Notion OAuth client secret under a Notion-named key',
    keywords: ['notion'],
    pattern: keyed(`notion[a-z0-9_.-]{0,16}?(?:client|oauth)[a-z0-9_.-]{0,8}?secret`, `[A-Za-z0-9_]{32,64}`),
    minEntropy: 3.5,
    severity: 'critical',
    rotate: {
      url: 'https://www.notion.so/profile/integrations',
      how: 'Open the public integration → Secrets → Refresh the OAuth client secret.',
    },
    docs: 'https://developers.notion.com/docs/authorization#public-integration-auth-flow-set-up',
    sample: gen('secret_', [ALNUM, 43]),
    sampleKey: 'NOTION_OAUTH_CLIENT_SECRET',
    negatives: ['NOTION_CLIENT_SECRET=your_client_secret_here', 'notionClientSecret: process.env.NOTION_CLIENT_SECRET'],
  }),
  // After the OAuth rule: a secret_… value under a Notion client-secret key is that, not this.
  defineRule({
    id: 'notion-legacy-token',
    provider: 'Notion',
    description: 'Notion legacy integration token (secret_)',
    keywords: ['secret_'],
    pattern: token(`secret_[A-Za-z0-9]{43}`),
    prefixes: ['secret_'],
    // `secret_` + 43 alphanumerics occurs 0 times in 284 MB of popular npm packages' sources, so
    // it is reported on its own; Notion context (in the text or the caller's key name) raises it.
    context: ['notion'],
    contextConfidence: 'medium',
    minEntropy: 3.5,
    severity: 'critical',
    rotate,
    docs: 'https://developers.notion.com/docs/authorization',
    sample: gen('secret_', [ALNUM, 43]),
    sampleKey: 'NOTION_API_KEY',
    negatives: ['secret_your_notion_integration_token_here', 'secret_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'secret_key_base'],
  }),
];
