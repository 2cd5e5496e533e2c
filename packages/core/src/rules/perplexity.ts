import { ALNUM, chars, prefixed } from './define.js';

/** Perplexity credentials. */
export const perplexityRules = [
  prefixed({ id: 'perplexity-api-key', provider: 'Perplexity', description: 'Perplexity API key (pplx-)', prefix: 'pplx-', body: '[A-Za-z0-9]{48}', sample: chars(ALNUM, 48), rotate: { url: 'https://www.perplexity.ai/settings/api', how: 'Settings → API → delete the key and generate a new one.' } }),
];
