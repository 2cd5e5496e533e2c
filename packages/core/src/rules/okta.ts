import { ALNUM, defineRule, token } from './define.js';

/** Okta credentials. */
export const oktaRules = [
  defineRule({
    id: 'okta-api-token',
    provider: 'Okta',
    description: 'Okta API token (00 + 40 characters) with "okta" nearby',
    // The 42-character "00…" shape is Okta's; "okta" within a few lines (a key name, an org URL
    // like dev-123.okta.com, a comment) says whose it is, as TruffleHog's detector takes it.
    keywords: ['okta'],
    window: { before: 256, after: 256 },
    span: 'near',
    // "okta" as a word or a camelCase part (OKTA_TOKEN, oktaKey, myOktaToken), not inside one ("rookTable").
    near: (text, at) => at === 0 || !isLetter(text.charCodeAt(at - 1)) || (text.charCodeAt(at) === 79 /* O */ && isLower(text.charCodeAt(at - 1))),
    pattern: token(`00[A-Za-z0-9_-]{40}`, { right: 'A-Za-z0-9_-' }),
    minEntropy: 3.5,
    severity: 'critical',
    rotate: { url: 'https://help.okta.com/en-us/content/topics/security/api.htm', how: 'Admin console → Security → API → Tokens → revoke the token.' },
    sample: (g) => '00' + g.chars(ALNUM, 40),
    sampleKey: 'OKTA_API_TOKEN',
    docs: 'https://developer.okta.com/docs/guides/create-an-api-token/main/',
    negatives: ['OKTA_API_TOKEN=00your-okta-token', 'okta org id 00o1a2b3c4d5e6f7g8h9 in the admin console', `rookTable = 00${['23452Lllk2KqjLBvaxAN', 'WEgTd7bqjsxjo8aZj0wd'].join('')}`],
  }),
  // Okta's own scheme names its token: `SSWS 00…` (a mock's matcher, a recorded header), no
  // "okta" needed nearby.
  defineRule({
    id: 'okta-ssws-token',
    provider: 'Okta',
    description: "Okta API token after Okta's SSWS authorization scheme (SSWS 00…)",
    keywords: ['ssws '],
    pattern: /(?<![A-Za-z0-9_-])SSWS[ \t]{1,4}(00[A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])/,
    window: { before: 8, after: 64 },
    minEntropy: 3.5,
    severity: 'critical',
    rotate: { url: 'https://help.okta.com/en-us/content/topics/security/api.htm', how: 'Admin console → Security → API → Tokens → revoke the token.' },
    sample: (g) => `"equalTo": "SSWS 00${g.chars(ALNUM, 40)}"`,
    docs: 'https://developer.okta.com/docs/reference/core-okta-api/#authentication',
    negatives: ['Authorization: SSWS ${OKTA_API_TOKEN}', 'Authorization: SSWS 00xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  }),
];

const isLower = (c: number): boolean => c >= 97 && c <= 122;
const isLetter = (c: number): boolean => isLower(c) || (c >= 65 && c <= 90);
