import { chars, HEX, prefixed } from './define.js';

/** OpenRouter credentials. */
export const openrouterRules = [
  prefixed({ id: 'openrouter-api-key', provider: 'OpenRouter', description: 'OpenRouter API key (sk-or-v1-)', prefix: 'sk-or-v1-', body: '[a-f0-9]{64}', sample: chars(HEX, 64), rotate: { url: 'https://openrouter.ai/settings/keys', how: 'Revoke it in OpenRouter’s settings, issue a new one and update where it is stored.' }, docs: 'https://openrouter.ai/docs/api-reference/authentication' }),
];
