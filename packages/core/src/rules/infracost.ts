import { ALNUM, chars, prefixed } from './define.js';

/** Infracost credentials. */
export const infracostRules = [
  prefixed({ id: 'infracost-api-token', provider: 'Infracost', description: 'Infracost API key (ico-)', prefix: 'ico-', body: '[A-Za-z0-9]{32}', sample: chars(ALNUM, 32), rotate: { url: 'https://dashboard.infracost.io/', how: 'Revoke it in Infracost’s settings, issue a new one and update where it is stored.' }, docs: 'https://www.infracost.io/docs/features/environment_variables/' }),
];
