import { chars, prefixed } from './define.js';

/** Neptune.ai credentials. */
export const neptuneAiRules = [
  prefixed({ id: 'neptune-api-token', provider: 'Neptune.ai', description: 'Neptune.ai API token (base64 JSON starting {"api_address":)', prefix: 'eyJhcGlfYWRkcmVzcyI6', body: '[A-Za-z0-9+/=]{100,400}', right: 'A-Za-z0-9_+/=', sample: chars('+/0123456789=ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 100), rotate: { url: 'https://app.neptune.ai/', how: 'Revoke it in Neptune.ai’s settings, issue a new one and update where it is stored.' }, docs: 'https://docs.neptune.ai/setup/setting_api_token/' }),
];
