import { ALNUM, chars, prefixed } from './define.js';

/** xAI credentials. */
export const xaiRules = [
  prefixed({ id: 'xai-api-key', provider: 'xAI', description: 'xAI API key (xai-)', prefix: 'xai-', body: '[A-Za-z0-9]{80}', sample: chars(ALNUM, 80), rotate: { url: 'https://console.x.ai/', how: 'Console → API Keys → revoke the key and create a new one.' } }),
];
