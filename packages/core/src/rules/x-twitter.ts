import { ALNUM, chars, defineRule, DIGITS, gen, keyed, prefixed } from './define.js';

const PERCENT_ESCAPE = /%[0-9A-F]{2}/;

/** X (Twitter) credentials. */
export const xTwitterRules = [
  // The token is URL-encoded base64 after the run of A's: "%2B", "%2F" or "%3D" inside it. A
  // shorter one (from 56 characters after the run) counts only with such an escape; a run of
  // zero bytes in other base64 is followed by "+" or "/", never by "%".
  prefixed({ id: 'twitter-bearer-token', provider: 'X (Twitter)', description: 'X/Twitter app-only OAuth2 bearer token (leading run of A\'s)', prefix: 'AAAAAAAAAAAAAAAAAAAA', body: '[A-Za-z0-9%]{56,120}', right: 'A-Za-z0-9_%', accept: (m) => (m[1] ?? '').length >= 100 || PERCENT_ESCAPE.test(m[1] ?? ''), encodesBinary: true, sample: chars(ALNUM, 80), rotate: { url: 'https://developer.x.com/en/portal/dashboard', how: 'Revoke it in X (Twitter)’s settings, issue a new one and update where it is stored.' }, docs: 'https://developer.x.com/en/docs/authentication/oauth-2-0/bearer-tokens' }),
  defineRule({
    id: 'twitter-api-secret',
    provider: 'X (Twitter)',
    description: 'X/Twitter API (consumer) secret (50 alnum) under a X (Twitter)-named key',
    keywords: ['twitter'],
    pattern: keyed('twitter', '[A-Za-z0-9]{50}'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://developer.x.com/en/portal/dashboard', how: 'Revoke it in X (Twitter)’s settings, issue a new one and update where it is stored.' },
    docs: 'https://developer.x.com/en/docs/authentication/oauth-1-0a/api-key-and-secret',
    sample: chars(ALNUM, 50),
    sampleKey: 'TWITTER_SECRET',
    negatives: ['TWITTER_SECRET=your_secret_here', 'TWITTER_SECRET=${TWITTER_SECRET}'],
  }),
  defineRule({
    id: 'twitter-access-token',
    provider: 'X (Twitter)',
    description: 'X/Twitter OAuth 1.0a user access token (<user id>-<alnum>) under a X (Twitter)-named key',
    keywords: ['twitter'],
    pattern: keyed('twitter', '[0-9]{15,25}-[A-Za-z0-9]{20,40}'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://developer.x.com/en/portal/dashboard', how: 'Revoke it in X (Twitter)’s settings, issue a new one and update where it is stored.' },
    docs: 'https://developer.x.com/en/docs/authentication/oauth-1-0a/obtaining-user-access-tokens',
    sample: gen([DIGITS, 15], '-', [ALNUM, 20]),
    sampleKey: 'TWITTER_TOKEN',
    negatives: ['TWITTER_TOKEN=your_token_here', 'TWITTER_TOKEN=${TWITTER_TOKEN}'],
  }),
  defineRule({
    id: 'twitter-access-token-secret',
    provider: 'X (Twitter)',
    description: 'X/Twitter OAuth 1.0a access token secret (45 alnum) under a X (Twitter)-named key',
    keywords: ['twitter'],
    pattern: keyed('twitter', '[A-Za-z0-9]{45}'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://developer.x.com/en/portal/dashboard', how: 'Revoke it in X (Twitter)’s settings, issue a new one and update where it is stored.' },
    docs: 'https://developer.x.com/en/docs/authentication/oauth-1-0a',
    sample: chars(ALNUM, 45),
    sampleKey: 'TWITTER_SECRET',
    negatives: ['TWITTER_SECRET=your_secret_here', 'TWITTER_SECRET=${TWITTER_SECRET}'],
  }),
];
