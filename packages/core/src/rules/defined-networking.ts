import { gen, prefixed } from './define.js';

/** Defined Networking credentials. */
export const definedNetworkingRules = [
  prefixed({ id: 'defined-networking-api-token', provider: 'Defined Networking', description: 'Defined Networking (Managed Nebula) API key (dnkey-)', prefix: 'dnkey-', body: '[A-Za-z0-9_=-]{26}-[A-Za-z0-9_=-]{52}', right: 'A-Za-z0-9_=-', sample: gen(['-0123456789=ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', 26], '-', ['-0123456789=ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', 52]), rotate: { url: 'https://admin.defined.net/settings/api-keys', how: 'Revoke it in Defined Networking’s settings, issue a new one and update where it is stored.' }, docs: 'https://docs.defined.net/guides/automating-host-creation/' }),
];
