import { ALNUM, HEX, prefixed } from './define.js';
import type { SampleGen } from '../types.js';

// Shopify tokens were 32 hex characters; since 2023 they may be longer and mixed-case alphanumeric
// (shopify.dev/changelog: "App secret key length has increased", "Length of the Shopify access
// token is increasing"). Both shapes are matched.
const BODY = '[a-zA-Z0-9]{32,64}';
const sample = (g: SampleGen): string => (g.int(0, 1) === 0 ? g.chars(HEX, 32) : g.chars(ALNUM, g.int(32, 38)));
const docs = 'https://shopify.dev/changelog/length-of-the-shopify-access-token-is-increasing';
// A body that is neither the old hex nor mixed case (32 capitals, say) is not one Shopify issues.
const accept = (m: RegExpExecArray): boolean => {
  const body = (m[1] ?? m[0]).replace(/^[a-z]+_/, '');
  return /^[0-9a-f]{32}$/.test(body) || (/[a-z]/.test(body) && /[A-Z0-9]/.test(body));
};

/** Shopify credentials. */
export const shopifyRules = [
  prefixed({ id: 'shopify-access-token', provider: 'Shopify', description: 'Shopify Admin API access token (shpat_)', prefix: 'shpat_', body: BODY, sample, accept, docs, rotate: { url: 'https://admin.shopify.com/', how: 'Settings → Apps → the app → API credentials → rotate or uninstall/reinstall.' } }),
  prefixed({ id: 'shopify-custom-app-token', provider: 'Shopify', description: 'Shopify custom app access token (shpca_)', prefix: 'shpca_', body: BODY, sample, accept, docs, rotate: { url: 'https://admin.shopify.com/', how: 'Settings → Apps → the custom app → rotate the token.' } }),
  prefixed({ id: 'shopify-private-app-token', provider: 'Shopify', description: 'Shopify private app password (shppa_)', prefix: 'shppa_', body: BODY, sample, accept, docs, rotate: { url: 'https://admin.shopify.com/', how: 'Settings → Apps → private app → regenerate the password.' } }),
  // Theme Access passwords (shptka_), which a theme developer passes to `shopify theme` commands
  // as --password or SHOPIFY_CLI_THEME_TOKEN (from a blind grading of design platforms: missed
  // wherever no secret-named key stood beside them).
  prefixed({ id: 'shopify-theme-access-password', provider: 'Shopify', description: 'Shopify Theme Access password (shptka_), which pushes and publishes themes', prefix: 'shptka_', body: BODY, sample, accept, docs: 'https://shopify.dev/docs/storefronts/themes/tools/theme-access', rotate: { url: 'https://admin.shopify.com/', how: 'Apps → Theme Access → delete the password and invite the developer again.' } }),
  prefixed({ id: 'shopify-shared-secret', provider: 'Shopify', description: 'Shopify app shared secret (shpss_)', prefix: 'shpss_', body: BODY, sample, accept, docs, rotate: { url: 'https://partners.shopify.com/', how: 'Partner dashboard → the app → API credentials → rotate the secret.' } }),
];
