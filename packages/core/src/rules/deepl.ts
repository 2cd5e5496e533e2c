import { defineRule, HEX, token } from './define.js';

/** DeepL credentials. */
export const deeplRules = [
  // A DeepL API key is a UUID; the Free plan's ends in ":fx", which marks it wherever it stands.
  defineRule({
    id: 'deepl-free-api-key',
    provider: 'DeepL',
    description: 'DeepL API Free authentication key (a UUID and ":fx")',
    keywords: [':fx'],
    pattern: token('[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}:fx', { left: 'A-Za-z0-9-', right: 'A-Za-z0-9_-' }),
    window: { before: 48, after: 48 },
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://www.deepl.com/your-account/keys', how: 'Account → API Keys: create a new key and delete the leaked one, then update where it is stored.' },
    docs: 'https://developers.deepl.com/docs/getting-started/auth',
    sample: (g) => `${g.chars(HEX, 8)}-${g.chars(HEX, 4)}-${g.chars(HEX, 4)}-${g.chars(HEX, 4)}-${g.chars(HEX, 12)}:fx`,
    negatives: ['DEEPL_AUTH_KEY=00000000-0000-0000-0000-000000000000:fx', 'DEEPL_AUTH_KEY=<your-key>:fx'],
  }),
];
