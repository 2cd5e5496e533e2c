import { BASE64URL, chars, defineRule, HEX, LOWER_ALNUM, prefixed, token } from './define.js';

/** Commerce and payments platforms. */
export const commerceRules = [
  prefixed({ id: 'shopify-access-token', provider: 'Shopify', description: 'Shopify Admin API access token (shpat_)', prefix: 'shpat_', body: '[a-fA-F0-9]{32}', sample: chars(HEX, 32), rotate: { url: 'https://admin.shopify.com/', how: 'Settings → Apps → the app → API credentials → rotate or uninstall/reinstall.' } }),
  prefixed({ id: 'shopify-custom-app-token', provider: 'Shopify', description: 'Shopify custom app access token (shpca_)', prefix: 'shpca_', body: '[a-fA-F0-9]{32}', sample: chars(HEX, 32), rotate: { url: 'https://admin.shopify.com/', how: 'Settings → Apps → the custom app → rotate the token.' } }),
  prefixed({ id: 'shopify-private-app-token', provider: 'Shopify', description: 'Shopify private app password (shppa_)', prefix: 'shppa_', body: '[a-fA-F0-9]{32}', sample: chars(HEX, 32), rotate: { url: 'https://admin.shopify.com/', how: 'Settings → Apps → private app → regenerate the password.' } }),
  prefixed({ id: 'shopify-shared-secret', provider: 'Shopify', description: 'Shopify app shared secret (shpss_)', prefix: 'shpss_', body: '[a-fA-F0-9]{32}', sample: chars(HEX, 32), rotate: { url: 'https://partners.shopify.com/', how: 'Partner dashboard → the app → API credentials → rotate the secret.' } }),
  prefixed({ id: 'square-access-token', provider: 'Square', description: 'Square production access token (EAAA)', prefix: 'EAAA', body: '[A-Za-z0-9_-]{60}', right: 'A-Za-z0-9_-', sample: chars(BASE64URL, 60), rotate: { url: 'https://developer.squareup.com/apps', how: 'Developer dashboard → the app → Credentials → replace the access token.' } }),
  prefixed({ id: 'square-oauth-secret', provider: 'Square', description: 'Square OAuth application secret (sq0csp-)', prefix: 'sq0csp-', body: '[A-Za-z0-9_-]{43}', right: 'A-Za-z0-9_-', sample: chars(BASE64URL, 43), rotate: { url: 'https://developer.squareup.com/apps', how: 'Developer dashboard → the app → OAuth → replace the secret.' } }),
  defineRule({
    id: 'braintree-access-token',
    provider: 'PayPal Braintree',
    description: 'PayPal Braintree production access token (access_token$production$)',
    keywords: ['access_token$production$'],
    pattern: token(`access_token\\$production\\$[a-z0-9]{16}\\$[a-f0-9]{32}`),
    prefixes: ['access_token$production$'],
    minEntropy: 2.5,
    severity: 'critical',
    rotate: { url: 'https://developer.paypal.com/braintree/docs/', how: 'Control panel → API → revoke the access token.' },
    sample: (g) => `access_token$production$${g.chars(LOWER_ALNUM, 16)}$${g.chars(HEX, 32)}`,
    negatives: ['access_token$production$your_merchant$your_token'],
  }),
  prefixed({ id: 'flutterwave-secret-key', provider: 'Flutterwave', description: 'Flutterwave secret key (FLWSECK-)', prefix: 'FLWSECK-', body: '[a-f0-9]{32}-X', right: 'A-Za-z0-9_-', sample: (g) => g.chars(HEX, 32) + '-X', rotate: { url: 'https://app.flutterwave.com/dashboard/settings/apis', how: 'Settings → API keys → generate new keys.' } }),
  prefixed({ id: 'easypost-api-key', provider: 'EasyPost', description: 'EasyPost production API key (EZAK)', prefix: 'EZAK', body: '[a-f0-9]{54}', sample: chars(HEX, 54), rotate: { url: 'https://www.easypost.com/account/api-keys', how: 'Account → API keys → disable the key and create a new one.' } }),
  prefixed({ id: 'shippo-api-token', provider: 'Shippo', description: 'Shippo live API token (shippo_live_)', prefix: 'shippo_live_', body: '[a-f0-9]{40}', sample: chars(HEX, 40), rotate: { url: 'https://apps.goshippo.com/settings/api', how: 'Settings → API → regenerate the live token.' } }),
];

