import { chars, prefixed } from './define.js';

/** Portainer credentials. */
export const portainerRules = [
  prefixed({ id: 'portainer-access-token', provider: 'Portainer', description: 'Portainer API access token (ptr_)', prefix: 'ptr_', body: '[A-Za-z0-9/_+=-]{20,60}', right: 'A-Za-z0-9_+/=-', sample: chars('+-/0123456789=ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', 20), rotate: { url: 'https://docs.portainer.io/api/access', how: 'Revoke it in Portainer’s settings, issue a new one and update where it is stored.' }, docs: 'https://docs.portainer.io/api/access' }),
];
