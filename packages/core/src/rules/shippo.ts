import { chars, HEX, prefixed } from './define.js';

/** Shippo credentials. */
export const shippoRules = [
  prefixed({ id: 'shippo-api-token', provider: 'Shippo', description: 'Shippo live API token (shippo_live_)', prefix: 'shippo_live_', body: '[a-f0-9]{40}', sample: chars(HEX, 40), rotate: { url: 'https://apps.goshippo.com/settings/api', how: 'Settings → API → regenerate the live token.' } }),
  prefixed({ id: 'shippo-test-api-token', provider: 'Shippo', description: 'Shippo test API token', prefix: 'shippo_test_', body: '[a-f0-9]{40}', sample: chars(HEX, 40), rotate: { url: 'https://apps.goshippo.com/settings/api', how: 'Revoke it in Shippo’s settings, issue a new one and update where it is stored.' }, docs: 'https://docs.goshippo.com/docs/guides_general/authentication/' }),
];
