import { chars, HEX, prefixed } from './define.js';

/** DigitalOcean credentials. */
export const digitaloceanRules = [
  prefixed({ id: 'digitalocean-pat', provider: 'DigitalOcean', description: 'DigitalOcean personal access token (dop_v1_)', prefix: 'dop_v1_', body: '[a-f0-9]{64}', sample: chars(HEX, 64), rotate: { url: 'https://cloud.digitalocean.com/account/api/tokens', how: 'API → Tokens → delete the token and generate a new one.' } }),
  prefixed({ id: 'digitalocean-oauth-token', provider: 'DigitalOcean', description: 'DigitalOcean OAuth token (doo_v1_)', prefix: 'doo_v1_', body: '[a-f0-9]{64}', sample: chars(HEX, 64), rotate: { url: 'https://cloud.digitalocean.com/account/api/tokens', how: 'Revoke the OAuth application’s access.' } }),
  prefixed({ id: 'digitalocean-refresh-token', provider: 'DigitalOcean', description: 'DigitalOcean OAuth refresh token (dor_v1_)', prefix: 'dor_v1_', body: '[a-f0-9]{64}', sample: chars(HEX, 64), rotate: { url: 'https://cloud.digitalocean.com/account/api/tokens', how: 'Revoke the OAuth application’s access.' } }),
];
