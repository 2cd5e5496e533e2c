import { chars, HEX, prefixed } from './define.js';

/** Login with Amazon (LWA) credentials: Alexa skills, Selling Partner and Amazon Ads API clients. */
export const loginWithAmazonRules = [
  prefixed({
    id: 'login-with-amazon-client-secret',
    provider: 'Amazon',
    description: 'Login with Amazon client secret (amzn1.oa2-cs.v1. and 64 hex), as the Selling Partner, Ads and Alexa APIs take it',
    prefix: 'amzn1.oa2-cs.v1.',
    body: '[a-f0-9]{64}',
    sample: chars(HEX, 64),
    rotate: { url: 'https://developer.amazon.com/settings/console/securityprofile/overview.html', how: 'Security profile → Web settings → generate a new client secret and retire the old one.' },
    docs: 'https://developer-docs.amazon.com/sp-api/docs/rotating-your-apps-lwa-credentials',
  }),
];
