import { chars, HEX, prefixed } from './define.js';

/** Shopify credentials. */
export const shopifyRules = [
  prefixed({ id: 'shopify-access-token', provider: 'Shopify', description: 'Shopify Admin API access token (shpat_)', prefix: 'shpat_', body: '[a-fA-F0-9]{32}', sample: chars(HEX, 32), rotate: { url: 'https://admin.shopify.com/', how: 'Settings → Apps → the app → API credentials → rotate or uninstall/reinstall.' } }),
  prefixed({ id: 'shopify-custom-app-token', provider: 'Shopify', description: 'Shopify custom app access token (shpca_)', prefix: 'shpca_', body: '[a-fA-F0-9]{32}', sample: chars(HEX, 32), rotate: { url: 'https://admin.shopify.com/', how: 'Settings → Apps → the custom app → rotate the token.' } }),
  prefixed({ id: 'shopify-private-app-token', provider: 'Shopify', description: 'Shopify private app password (shppa_)', prefix: 'shppa_', body: '[a-fA-F0-9]{32}', sample: chars(HEX, 32), rotate: { url: 'https://admin.shopify.com/', how: 'Settings → Apps → private app → regenerate the password.' } }),
  prefixed({ id: 'shopify-shared-secret', provider: 'Shopify', description: 'Shopify app shared secret (shpss_)', prefix: 'shpss_', body: '[a-fA-F0-9]{32}', sample: chars(HEX, 32), rotate: { url: 'https://partners.shopify.com/', how: 'Partner dashboard → the app → API credentials → rotate the secret.' } }),
];
