import { defineRule, HEX } from './define.js';

/**
 * Yahoo (Fantasy Sports and other OAuth apps): the consumer key is base64 of `v=1&i=…` (so it opens
 * "dj0y") and ends "--"; its consumer secret, 40 hex digits, follows it in a client's arguments
 * (yahoo_oauth's OAuth2(key, secret), yfpy, the Node and R clients). From a blind grading of
 * fantasy sports tools: 8 missed.
 */
export const yahooRules = [
  defineRule({
    id: 'yahoo-consumer-secret-argument',
    provider: 'Yahoo',
    description: 'Yahoo OAuth consumer secret (40 hex) given after its consumer key (dj0y…--) to a client',
    keywords: ['dj0y'],
    pattern: /dj0y[A-Za-z0-9+/=]{20,200}--(\\?["'])[ \t\r\n]{0,8},[ \t\r\n]{0,40}(\\?["'])([0-9a-f]{40})\2/,
    secretGroup: 3,
    span: 'block',
    window: { before: 8, after: 320 },
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://developer.yahoo.com/apps/', how: 'My Apps → the app: regenerate the client secret, and read the pair from the environment.' },
    docs: 'https://developer.yahoo.com/oauth2/guide/',
    sample: (g) => `oauth = OAuth2("dj0yJmk9${g.chars(HEX, 12)}JmQ9WVdrOVVtRXhaMlE9JnM9Y29uc3VtZXJzZWNyZXQmc3Y9MCZ4PTM3--", "${g.chars(HEX, 40)}")`,
    sampleIsBlock: true,
    negatives: ['oauth = OAuth2("dj0yJmk9XXXXXXXXXXXXXXXXXXXXXXXX--", os.environ["YAHOO_SECRET"])'],
  }),
];
