import { defineRule, HEX, LOWER_ALNUM, token } from './define.js';

/** PayPal Braintree credentials. */
export const paypalBraintreeRules = [
  defineRule({
    id: 'braintree-access-token',
    provider: 'PayPal Braintree',
    description: 'PayPal Braintree production access token (access_token$production$)',
    // "$" escaped for a shell's double quotes (\$) or a Makefile ($$) too.
    keywords: ['access_token$production$', 'access_token\\$production\\$', 'access_token$$production$$'],
    pattern: token(`access_token(?:\\\\?\\$|\\$\\$)production(?:\\\\?\\$|\\$\\$)[a-z0-9]{16}(?:\\\\?\\$|\\$\\$)[a-f0-9]{32}`),
    prefixes: ['access_token$production$'],
    minEntropy: 2.5,
    severity: 'critical',
    rotate: { url: 'https://developer.paypal.com/braintree/docs/', how: 'Control panel → API → revoke the access token.' },
    sample: (g) => `access_token$production$${g.chars(LOWER_ALNUM, 16)}$${g.chars(HEX, 32)}`,
    negatives: ['access_token$production$your_merchant$your_token'],
  }),
];
