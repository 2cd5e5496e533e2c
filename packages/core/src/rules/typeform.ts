import { BASE64URL, chars, prefixed } from './define.js';

/** Typeform credentials. */
export const typeformRules = [
  prefixed({ id: 'typeform-pat', provider: 'Typeform', description: 'Typeform personal access token (tfp_)', prefix: 'tfp_', body: '[A-Za-z0-9_.=-]{59}', right: 'A-Za-z0-9_.=-', sample: chars(BASE64URL, 59), rotate: { url: 'https://admin.typeform.com/account#/section/tokens', how: 'Account → Personal tokens → delete.' } }),
];
