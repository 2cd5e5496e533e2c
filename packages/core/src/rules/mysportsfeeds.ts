import { defineRule, keyed, UUID, uuidSample } from './define.js';

/**
 * MySportsFeeds API v2: Basic auth is `<API key>:MYSPORTSFEEDS` for every account (the password
 * is that fixed word), so the key is the secret: a UUID before the word (msf.authenticate(key,
 * "MYSPORTSFEEDS"), a .netrc's `login <key> password MYSPORTSFEEDS`, `-u <key>:MYSPORTSFEEDS`).
 * From a blind grading of sports data: 22 of 41 missed, and the word reported instead.
 */
export const mysportsfeedsRules = [
  defineRule({
    id: 'mysportsfeeds-api-key',
    provider: 'MySportsFeeds',
    description: 'MySportsFeeds API key (a UUID) paired with the fixed password MYSPORTSFEEDS',
    keywords: ['mysportsfeeds'],
    pattern: new RegExp(`(?<![0-9a-f-])(${UUID})["']?(?:[ \\t]{0,4},[ \\t]{0,4}["']|:|[ \\t]{1,4}password[ \\t]{1,4})MYSPORTSFEEDS`, 'i'),
    window: { before: 80, after: 20 },
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://www.mysportsfeeds.com/', how: 'Regenerate the API key in your MySportsFeeds account and read it from the environment.' },
    docs: 'https://www.mysportsfeeds.com/data-feeds/api-docs/',
    sample: (g) => `msf.authenticate("${uuidSample(g)}", "MYSPORTSFEEDS")`,
    sampleIsBlock: true,
    negatives: ['msf.authenticate(os.environ["MSF_KEY"], "MYSPORTSFEEDS")', 'msf.authenticate("00000000-0000-0000-0000-000000000000", "MYSPORTSFEEDS")'],
  }),
  defineRule({
    id: 'mysportsfeeds-api-key-setting',
    provider: 'MySportsFeeds',
    description: 'MySportsFeeds API key (a UUID) under an MSF or MySportsFeeds key setting (MSF_KEY, msf_api_key, MYSPORTSFEEDS_API_KEY)',
    keywords: ['msf_', 'msf-', 'msfkey', 'msfapikey', 'mysportsfeeds'],
    pattern: keyed('(?:msf|mysportsfeeds)[_-]?(?:api[_-]?)?(?:key|token)', UUID),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://www.mysportsfeeds.com/', how: 'Regenerate the API key in your MySportsFeeds account and read it from the environment.' },
    docs: 'https://www.mysportsfeeds.com/data-feeds/api-docs/',
    sample: uuidSample,
    sampleKey: 'MSF_API_KEY',
    negatives: ['MSF_KEY=${MSF_KEY}', 'msf_key: 00000000-0000-0000-0000-000000000000'],
  }),
];
