import { ALNUM, gen, HEX, prefixed } from './define.js';

/** PhotoRoom credentials. */
export const photoroomRules = [
  prefixed({ id: 'photoroom-api-key', provider: 'PhotoRoom', description: 'PhotoRoom API key (sk_pr_<name>_<40 hex>)', prefix: 'sk_pr_', body: '[A-Za-z0-9]{1,64}_[a-f0-9]{40}', sample: gen([ALNUM, 8], '_', [HEX, 40]), rotate: { url: 'https://app.photoroom.com/api-dashboard', how: 'Revoke it in PhotoRoom’s settings, issue a new one and update where it is stored.' }, docs: 'https://docs.photoroom.com/' }),
];
