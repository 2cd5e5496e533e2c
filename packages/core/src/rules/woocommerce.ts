import { chars, HEX, prefixed } from './define.js';

/** WooCommerce credentials. */
export const woocommerceRules = [
  prefixed({ id: 'woocommerce-consumer-secret', provider: 'WooCommerce', description: 'WooCommerce REST API consumer secret (cs_)', prefix: 'cs_', body: '[a-f0-9]{40}', sample: chars(HEX, 40), rotate: { url: 'https://woocommerce.com/document/woocommerce-rest-api/', how: 'Revoke it in WooCommerce’s settings, issue a new one and update where it is stored.' }, docs: 'https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication' }),
];
