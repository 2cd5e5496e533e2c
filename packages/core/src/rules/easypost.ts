import { ALNUM, chars, prefixed } from './define.js';

/** EasyPost credentials. */
export const easypostRules = [
  prefixed({ id: 'easypost-api-key', provider: 'EasyPost', description: 'EasyPost production API key (EZAK)', prefix: 'EZAK', body: '[A-Za-z0-9]{54}', sample: chars(ALNUM, 54), rotate: { url: 'https://www.easypost.com/account/api-keys', how: 'Account → API keys → disable the key and create a new one.' } }),
  prefixed({ id: 'easypost-test-api-key', provider: 'EasyPost', description: 'EasyPost test API key (EZTK)', prefix: 'EZTK', body: '[A-Za-z0-9]{54}', sample: chars(ALNUM, 54), rotate: { url: 'https://www.easypost.com/account/api-keys', how: 'Revoke it in EasyPost’s settings, issue a new one and update where it is stored.' }, docs: 'https://docs.easypost.com/docs/authentication' }),
];
