import { ALNUM, gen, HEX, prefixed } from './define.js';

/** CircleCI credentials. */
export const circleciRules = [
  prefixed({ id: 'circleci-personal-api-token', provider: 'CircleCI', description: 'CircleCI personal API token (CCIPAT_)', prefix: 'CCIPAT_', body: '[A-Za-z0-9]{22}_[a-f0-9]{40}', sample: gen([ALNUM, 22], '_', [HEX, 40]), rotate: { url: 'https://app.circleci.com/settings/user/tokens', how: 'Revoke it in CircleCI’s settings, issue a new one and update where it is stored.' }, docs: 'https://circleci.com/docs/managing-api-tokens/' }),
  prefixed({ id: 'circleci-project-api-token', provider: 'CircleCI', description: 'CircleCI project API token (CCIPRJ_)', prefix: 'CCIPRJ_', body: '[A-Za-z0-9]{22}_[a-f0-9]{40}', sample: gen([ALNUM, 22], '_', [HEX, 40]), rotate: { url: 'https://circleci.com/docs/managing-api-tokens/', how: 'Revoke it in CircleCI’s settings, issue a new one and update where it is stored.' }, docs: 'https://circleci.com/docs/managing-api-tokens/' }),
];
