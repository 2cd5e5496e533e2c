import { chars, prefixed, UPPER_ALNUM } from './define.js';

/** Octopus Deploy credentials. */
export const octopusDeployRules = [
  prefixed({ id: 'octopus-deploy-api-key', provider: 'Octopus Deploy', description: 'Octopus Deploy API key (API-)', prefix: 'API-', body: '[A-Z0-9]{26,34}', sample: chars(UPPER_ALNUM, 26), rotate: { url: 'https://octopus.com/docs/octopus-rest-api/how-to-create-an-api-key', how: 'Revoke it in Octopus Deploy’s settings, issue a new one and update where it is stored.' }, docs: 'https://octopus.com/docs/octopus-rest-api/how-to-create-an-api-key' }),
];
