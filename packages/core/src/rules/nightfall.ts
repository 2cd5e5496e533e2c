import { ALNUM, chars, prefixed } from './define.js';

/** Nightfall credentials. */
export const nightfallRules = [
  prefixed({ id: 'nightfall-api-key', provider: 'Nightfall', description: 'Nightfall AI API key (NF-)', prefix: 'NF-', body: '[A-Za-z0-9]{32}', sample: chars(ALNUM, 32), rotate: { url: 'https://app.nightfall.ai/', how: 'Revoke it in Nightfall’s settings, issue a new one and update where it is stored.' }, docs: 'https://docs.nightfall.ai/docs/creating-an-api-key' }),
];
