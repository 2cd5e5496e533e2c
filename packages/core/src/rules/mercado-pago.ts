import { DIGITS, HEX, prefixed } from './define.js';

/** Mercado Pago credentials. */
export const mercadoPagoRules = [
  prefixed({
    id: 'mercadopago-access-token',
    provider: 'Mercado Pago',
    description: 'Mercado Pago production access token (APP_USR-: app id, date, 32 hex, user id)',
    // Not the sandbox's TEST-: every "test-" in code would be a keyword hit.
    prefix: 'APP_USR-',
    body: '[0-9]{16}-[0-9]{6}-[a-f0-9]{32}-[0-9]{6,12}',
    right: 'A-Za-z0-9_-',
    minEntropy: 3,
    severity: 'critical',
    sample: (g) => `${g.chars(DIGITS, 16)}-${g.chars(DIGITS, 6)}-${g.chars(HEX, 32)}-${g.chars(DIGITS, 9)}`,
    rotate: { url: 'https://www.mercadopago.com/developers/panel/app', how: 'Your integrations → the application → Production credentials → renew the access token, then update where it is stored.' },
    docs: 'https://www.mercadopago.com/developers/en/docs/your-integrations/credentials',
  }),
];
