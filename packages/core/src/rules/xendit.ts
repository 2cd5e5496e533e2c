import { ALNUM, chars, prefixed } from './define.js';

/** Xendit credentials. */
export const xenditRules = [
  prefixed({ id: 'xendit-secret-key-production', provider: 'Xendit', description: 'Xendit production secret API key', prefix: 'xnd_production_', body: '[A-Za-z0-9]{55,70}', sample: chars(ALNUM, 55), rotate: { url: 'https://dashboard.xendit.co/settings/developers#api-keys', how: 'Revoke it in Xendit’s settings, issue a new one and update where it is stored.' }, docs: 'https://docs.xendit.co/apikey' }),
  prefixed({ id: 'xendit-secret-key-development', provider: 'Xendit', description: 'Xendit development secret API key', prefix: 'xnd_development_', body: '[A-Za-z0-9]{55,70}', sample: chars(ALNUM, 55), rotate: { url: 'https://dashboard.xendit.co/settings/developers#api-keys', how: 'Revoke it in Xendit’s settings, issue a new one and update where it is stored.' }, docs: 'https://docs.xendit.co/apikey' }),
];
