import { ALNUM, chars, HEX, prefixed } from './define.js';

/** Linear credentials. */
export const linearRules = [
  prefixed({ id: 'linear-api-key', provider: 'Linear', description: 'Linear personal API key (lin_api_)', prefix: 'lin_api_', body: '[A-Za-z0-9]{40}', sample: chars(ALNUM, 40), rotate: { url: 'https://linear.app/settings/account/security', how: 'Settings → Security & access → revoke the API key.' } }),
  prefixed({ id: 'linear-oauth-token', provider: 'Linear', description: 'Linear OAuth access token (lin_oauth_)', prefix: 'lin_oauth_', body: '[a-f0-9]{64}', sample: chars(HEX, 64), rotate: { url: 'https://linear.app/settings/api', how: 'Settings → API → revoke the OAuth application’s tokens.' } }),
];
