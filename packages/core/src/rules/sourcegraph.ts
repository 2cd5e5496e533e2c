import { chars, gen, HEX, prefixed } from './define.js';

/** Sourcegraph credentials. */
export const sourcegraphRules = [
  prefixed({ id: 'sourcegraph-access-token', provider: 'Sourcegraph', description: 'Sourcegraph access token (sgp_<instance-id>_<40 hex>)', prefix: 'sgp_', body: '[a-f0-9]{16}_[a-f0-9]{40}', sample: gen([HEX, 16], '_', [HEX, 40]), rotate: { url: 'https://sourcegraph.com/user/settings/tokens', how: 'Revoke it in Sourcegraph’s settings, issue a new one and update where it is stored.' }, docs: 'https://sourcegraph.com/docs/cli/how-tos/creating_an_access_token' }),
  prefixed({ id: 'sourcegraph-local-access-token', provider: 'Sourcegraph', description: 'Sourcegraph self-hosted access token (sgp_local_)', prefix: 'sgp_local_', body: '[a-f0-9]{40}', sample: chars(HEX, 40), rotate: { url: 'https://sourcegraph.com/user/settings/tokens', how: 'Revoke it in Sourcegraph’s settings, issue a new one and update where it is stored.' }, docs: 'https://sourcegraph.com/docs/cli/how-tos/creating_an_access_token' }),
  prefixed({ id: 'sourcegraph-cody-gateway-key', provider: 'Sourcegraph', description: 'Sourcegraph Cody gateway / enterprise license key (slk_)', prefix: 'slk_', body: '[a-f0-9]{64}', sample: chars(HEX, 64), rotate: { url: 'https://sourcegraph.com/user/settings/tokens', how: 'Revoke it in Sourcegraph’s settings, issue a new one and update where it is stored.' }, docs: 'https://sourcegraph.com/docs/cody' }),
];
