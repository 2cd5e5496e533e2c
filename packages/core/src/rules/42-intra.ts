import { chars, HEX, prefixed } from './define.js';

/** 42 Intra credentials. */
export const n42IntraRules = [
  prefixed({ id: 'intra42-client-secret', provider: '42 Intra', description: '42 Intra OAuth application client secret (s-s4t2ud-)', prefix: 's-s4t2ud-', body: '[a-f0-9]{64}', sample: chars(HEX, 64), rotate: { url: 'https://profile.intra.42.fr/oauth/applications', how: 'Revoke it in 42 Intra’s settings, issue a new one and update where it is stored.' }, docs: 'https://api.intra.42.fr/apidoc/guides/getting_started' }),
  prefixed({ id: 'intra42-client-secret-af', provider: '42 Intra', description: '42 Intra OAuth client secret, alternate app type (s-s4t2af-)', prefix: 's-s4t2af-', body: '[a-f0-9]{64}', sample: chars(HEX, 64), rotate: { url: 'https://profile.intra.42.fr/oauth/applications', how: 'Revoke it in 42 Intra’s settings, issue a new one and update where it is stored.' }, docs: 'https://api.intra.42.fr/apidoc/guides/getting_started' }),
];
