import { ALNUM, chars, prefixed } from './define.js';

/** Apify credentials. */
export const apifyRules = [
  prefixed({ id: 'apify-api-token', provider: 'Apify', description: 'Apify API token (apify_api_)', prefix: 'apify_api_', body: '[A-Za-z0-9]{36}', sample: chars(ALNUM, 36), rotate: { url: 'https://console.apify.com/settings/integrations', how: 'Revoke it in Apify’s settings, issue a new one and update where it is stored.' }, docs: 'https://docs.apify.com/platform/integrations/api' }),
];
