import { chars, prefixed } from './define.js';

/** Flexport credentials. */
export const flexportRules = [
  prefixed({ id: 'flexport-api-key', provider: 'Flexport', description: 'Flexport API key (shltm_)', prefix: 'shltm_', body: '[A-Za-z0-9_-]{40}', right: 'A-Za-z0-9_-', sample: chars('-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', 40), rotate: { url: 'https://app.flexport.com/', how: 'Revoke it in Flexport’s settings, issue a new one and update where it is stored.' }, docs: 'https://apidocs.flexport.com/' }),
];
