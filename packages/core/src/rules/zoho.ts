import { gen, HEX, prefixed } from './define.js';

/** Zoho credentials. */
export const zohoRules = [
  prefixed({ id: 'zoho-oauth-access-token', provider: 'Zoho', description: 'Zoho OAuth access token (1000.<32 hex>.<32 hex>)', prefix: '1000.', body: '[a-f0-9]{32}\\.[a-f0-9]{32}', sample: gen([HEX, 32], '.', [HEX, 32]), rotate: { url: 'https://api-console.zoho.com/', how: 'Revoke it in Zoho’s settings, issue a new one and update where it is stored.' }, docs: 'https://www.zoho.com/crm/developer/docs/api/v7/access-refresh.html' }),
];
