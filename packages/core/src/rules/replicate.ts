import { ALNUM, chars, prefixed } from './define.js';

/** Replicate credentials. */
export const replicateRules = [
  prefixed({ id: 'replicate-api-token', provider: 'Replicate', description: 'Replicate API token (r8_)', prefix: 'r8_', body: '[A-Za-z0-9]{37}', sample: chars(ALNUM, 37), rotate: { url: 'https://replicate.com/account/api-tokens', how: 'Account → API tokens → delete the token and create a new one.' } }),
];
