import { gen, prefixed } from './define.js';

/** StackHawk credentials. */
export const stackhawkRules = [
  prefixed({ id: 'stackhawk-api-key', provider: 'StackHawk', description: 'StackHawk API key (hawk.<20>.<20>)', prefix: 'hawk.', body: '[A-Za-z0-9_-]{20}\\.[A-Za-z0-9_-]{20}', right: 'A-Za-z0-9_-', sample: gen(['-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', 20], '.', ['-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', 20]), rotate: { url: 'https://app.stackhawk.com/settings/apikeys', how: 'Revoke it in StackHawk’s settings, issue a new one and update where it is stored.' }, docs: 'https://docs.stackhawk.com/apidocs.html' }),
];
