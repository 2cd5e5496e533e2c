import { chars, LOWER_ALNUM, prefixed } from './define.js';

/** Clojars credentials. */
export const clojarsRules = [
  prefixed({ id: 'clojars-deploy-token', provider: 'Clojars', description: 'Clojars deploy token (CLOJARS_)', prefix: 'CLOJARS_', body: '[a-z0-9]{60}', sample: chars(LOWER_ALNUM, 60), rotate: { url: 'https://clojars.org/tokens', how: 'Revoke it in Clojars’s settings, issue a new one and update where it is stored.' }, docs: 'https://github.com/clojars/clojars-web/wiki/Deploy-Tokens' }),
];
