import { DIGITS, gen, HEX, prefixed } from './define.js';

/** Ticket Tailor credentials. */
export const ticketTailorRules = [
  prefixed({ id: 'tickettailor-api-key', provider: 'Ticket Tailor', description: 'Ticket Tailor API key (sk_<4 digits>_<6 digits>_<32 hex>)', prefix: 'sk_', body: '[0-9]{4}_[0-9]{6}_[a-f0-9]{32}', sample: gen([DIGITS, 4], '_', [DIGITS, 6], '_', [HEX, 32]), rotate: { url: 'https://app.tickettailor.com/', how: 'Revoke it in Ticket Tailor’s settings, issue a new one and update where it is stored.' }, docs: 'https://developers.tickettailor.com/#authentication' }),
];
