import { ALNUM, defineRule } from './define.js';

/** Redash: user and query API keys (40 letters and digits). */
export const redashRules = [
  // A client made with the server's URL and the key (redash-toolbelt's `Redash(url, key)`). From a
  // blind grading of BI and office documents: the key as a positional argument was missed.
  defineRule({
    id: 'redash-api-key-client',
    provider: 'Redash',
    description: 'Redash API key given to a client with the server URL (Redash(url, key))',
    keywords: ['redash('],
    pattern: /(?<![A-Za-z0-9_])Redash\([ \t]{0,4}(["'])https?:\/\/[^"'\s]{1,256}\1[ \t]{0,4},[ \t]{0,4}(["'])([A-Za-z0-9]{40})\2/,
    secretGroup: 3,
    minEntropy: 3.5,
    severity: 'high',
    rotate: { url: 'https://redash.io/help/user-guide/integrations-and-api/api', how: 'Settings → Account: regenerate the API key (or the query\'s key) and update where it is stored.' },
    docs: 'https://redash.io/help/user-guide/integrations-and-api/api',
    sample: (g) => `client = Redash("https://redash.example.test", "${g.chars(ALNUM, 40)}")`,
    sampleIsBlock: true,
    negatives: ['client = Redash("https://redash.example.test", os.environ["REDASH_API_KEY"])'],
  }),
];
