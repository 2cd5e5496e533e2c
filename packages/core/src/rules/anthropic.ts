import { BASE64URL, prefixed } from './define.js';

const rotate = {
  url: 'https://console.anthropic.com/settings/keys',
  how: 'Console → API keys → disable and delete the key, then create a new one.',
} as const;
const docs = 'https://docs.anthropic.com/en/api/getting-started#authentication';

/** Anthropic API and Admin API keys. */
export const anthropicRules = [
  prefixed({ id: 'anthropic-api-key', provider: 'Anthropic', description: 'Anthropic API key (sk-ant-api03-)', prefix: 'sk-ant-api03-', body: '[A-Za-z0-9_-]{93}AA', right: 'A-Za-z0-9_-', sample: (g) => g.chars(BASE64URL, 93) + 'AA', rotate, docs }),
  prefixed({ id: 'anthropic-admin-key', provider: 'Anthropic', description: 'Anthropic Admin API key (sk-ant-admin01-)', prefix: 'sk-ant-admin01-', body: '[A-Za-z0-9_-]{93}AA', right: 'A-Za-z0-9_-', sample: (g) => g.chars(BASE64URL, 93) + 'AA', rotate, docs: 'https://docs.anthropic.com/en/api/administration-api' }),
];
