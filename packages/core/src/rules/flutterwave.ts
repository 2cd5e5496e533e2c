import { gen, HEX, prefixed } from './define.js';

/** Flutterwave credentials. */
export const flutterwaveRules = [
  prefixed({ id: 'flutterwave-secret-key', provider: 'Flutterwave', description: 'Flutterwave secret key (FLWSECK-)', prefix: 'FLWSECK-', body: '[a-f0-9]{32}-X', right: 'A-Za-z0-9_-', sample: (g) => g.chars(HEX, 32) + '-X', rotate: { url: 'https://app.flutterwave.com/dashboard/settings/apis', how: 'Settings → API keys → generate new keys.' } }),
  prefixed({ id: 'flutterwave-test-secret-key', provider: 'Flutterwave', description: 'Flutterwave test-mode secret key', prefix: 'FLWSECK_TEST-', body: '[a-h0-9]{32}-X', sample: gen(['0123456789abcdefgh', 32], '-X'), rotate: { url: 'https://dashboard.flutterwave.com/settings/apis', how: 'Revoke it in Flutterwave’s settings, issue a new one and update where it is stored.' }, docs: 'https://developer.flutterwave.com/docs/integration-guides/authentication' }),
];
