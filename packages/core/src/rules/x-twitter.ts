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
  // OAuth 1.0a credentials passed by position to a client (tweepy's OAuth1UserHandler(consumer key,
  // consumer secret, access token, access token secret), OAuthHandler, requests-oauthlib's
  // OAuth1Session, Twython): the secrets and the access token by their shapes. (From a blind
  // grading of advertising and marketing scripts: 21 missed.)
  defineRule({
    id: 'twitter-oauth1-client-arguments',
    provider: 'X (Twitter)',
    description: 'X/Twitter OAuth 1.0a consumer secret (50), access token (<user id>-…) or access token secret (45) passed by position to OAuth1UserHandler, OAuthHandler, OAuth1Session or Twython',
    keywords: ['oauth1userhandler(', 'oauthhandler(', 'oauth1session(', 'twython('],
    pattern: /(?<=(?:OAuth1UserHandler|OAuthHandler|OAuth1Session|Twython)\((?:[ \t\r\n]{0,16}(?:[A-Za-z_]{1,32}[ \t]{0,4}=[ \t]{0,4})?(?:"[^"\r\n]{0,128}"|'[^'\r\n]{0,128}'|[A-Za-z_][A-Za-z0-9_.]{0,64})[ \t]{0,4},){0,3}[ \t\r\n]{0,16}(?:[A-Za-z_]{1,32}[ \t]{0,4}=[ \t]{0,4})?["'])([A-Za-z0-9]{45}|[A-Za-z0-9]{50}|[0-9]{5,25}-[A-Za-z0-9]{20,50})(?=["'])/,
    span: 'block',
    window: { before: 16, after: 640 },
    minEntropy: 3.5,
    severity: 'high',
    rotate: { url: 'https://developer.x.com/en/portal/dashboard', how: 'Regenerate the consumer keys and access tokens in the developer portal and read them from the environment.' },
    docs: 'https://docs.tweepy.org/en/stable/authentication.html',
    sample: (g) => `auth = tweepy.OAuth1UserHandler(\n    "${g.chars(ALNUM, 25)}",\n    "${g.chars(ALNUM, 50)}",\n)`,
    sampleIsBlock: true,
    negatives: ['auth = tweepy.OAuth1UserHandler(consumer_key, consumer_secret, access_token, access_token_secret)', 'auth = tweepy.OAuth1UserHandler(os.environ["CK"], os.environ["CS"])'],
  }),
];
