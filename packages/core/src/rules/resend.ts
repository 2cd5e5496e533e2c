import { ALNUM, prefixed } from './define.js';

/** Resend credentials. */
export const resendRules = [
  prefixed({ id: 'resend-api-key', provider: 'Resend', description: 'Resend API key (re_)', prefix: 're_', body: '[A-Za-z0-9]{8}_[A-Za-z0-9]{24}', sample: (g) => `${g.chars(ALNUM, 8)}_${g.chars(ALNUM, 24)}`, rotate: { url: 'https://resend.com/api-keys', how: 'API Keys → delete the key and create a new one.' } }),
];
