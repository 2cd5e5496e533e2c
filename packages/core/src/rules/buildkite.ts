import { chars, LOWER_ALNUM, prefixed } from './define.js';

/** Buildkite credentials. */
export const buildkiteRules = [
  prefixed({ id: 'buildkite-user-access-token', provider: 'Buildkite', description: 'Buildkite user API access token (bkua_)', prefix: 'bkua_', body: '[a-z0-9]{40}', sample: chars(LOWER_ALNUM, 40), rotate: { url: 'https://buildkite.com/user/api-access-tokens', how: 'Revoke it in Buildkite’s settings, issue a new one and update where it is stored.' }, docs: 'https://buildkite.com/docs/apis/managing-api-tokens' }),
];
