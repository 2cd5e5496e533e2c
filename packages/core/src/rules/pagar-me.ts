import { ALNUM, chars, prefixed } from './define.js';

/** Pagar.me credentials. */
export const pagarMeRules = [
  prefixed({ id: 'pagarme-live-api-key', provider: 'Pagar.me', description: 'Pagar.me live API key (ak_live_)', prefix: 'ak_live_', body: '[A-Za-z0-9]{30}', sample: chars(ALNUM, 30), rotate: { url: 'https://dashboard.pagar.me/', how: 'Revoke it in Pagar.me’s settings, issue a new one and update where it is stored.' }, docs: 'https://docs.pagar.me/' }),
];
