import { chars, LOWER_ALNUM, prefixed } from './define.js';

/** Checkout.com credentials. */
export const checkoutComRules = [
  // Sandbox secret keys (sk_sbox_); a live key is sk_ and the same body, too plain a shape to
  // report without a name.
  prefixed({
    id: 'checkout-com-sandbox-secret-key',
    provider: 'Checkout.com',
    description: 'Checkout.com sandbox secret key (sk_sbox_)',
    prefix: 'sk_sbox_',
    body: '[a-z0-9]{26,30}',
    minEntropy: 3,
    severity: 'medium',
    sample: chars(LOWER_ALNUM, 27),
    rotate: { url: 'https://dashboard.checkout.com/', how: 'Developers → Keys → revoke the key, create a new one and update where it is stored.' },
    docs: 'https://www.checkout.com/docs/developer-resources/api/manage-api-keys',
  }),
];
