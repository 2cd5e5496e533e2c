import { chars, HEX, prefixed } from './define.js';

/** Pulumi credentials. */
export const pulumiRules = [
  prefixed({ id: 'pulumi-access-token', provider: 'Pulumi', description: 'Pulumi access token (pul-)', prefix: 'pul-', body: '[a-f0-9]{40}', sample: chars(HEX, 40), rotate: { url: 'https://app.pulumi.com/account/tokens', how: 'Account → Access tokens → delete the token.' } }),
];
