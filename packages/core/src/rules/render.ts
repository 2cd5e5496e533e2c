import { ALNUM, chars, prefixed } from './define.js';

/** Render credentials. */
export const renderRules = [
  prefixed({ id: 'render-api-key', provider: 'Render', description: 'Render API key (rnd_ and 28 to 32 letters and digits: keys seen in public repositories have 28)', prefix: 'rnd_', body: '[A-Za-z0-9]{28,32}', sample: chars(ALNUM, 32), rotate: { url: 'https://dashboard.render.com/u/settings#api-keys', how: 'Account settings → API keys → revoke the key.' } }),
];
