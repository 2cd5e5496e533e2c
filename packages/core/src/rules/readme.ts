import { chars, LOWER_ALNUM, prefixed } from './define.js';

/** ReadMe credentials. */
export const readmeRules = [
  prefixed({ id: 'readme-api-key', provider: 'ReadMe', description: 'ReadMe API key (rdme_)', prefix: 'rdme_', body: '[a-z0-9]{70}', sample: chars(LOWER_ALNUM, 70), rotate: { url: 'https://dash.readme.com/', how: 'Project → API keys → revoke.' } }),
];
