import { defineRule, HEX } from './define.js';

/** ZenRows (scraping API) credentials. */
export const zenrowsRules = [
  // In proxy mode ZenRows takes the API key (40 hex) as the proxy user and the request options as
  // the password (`http://<key>:js_render=true@api.zenrows.com:8001`; `--proxy-user=<key>`).
  // (From a blind grading of scraping tools: 16 of 44 missed.)
  defineRule({
    id: 'zenrows-proxy-api-key',
    provider: 'ZenRows',
    description: "ZenRows API key as the proxy user (http://<key>:<options>@api.zenrows.com:8001, or a proxy user setting with ZenRows nearby)",
    keywords: ['zenrows'],
    pattern: /(?<![A-Za-z0-9_])([a-f0-9]{40})(?::[^\s@"'/]{0,200}@(?:[a-z0-9-]{1,20}\.)?zenrows\.com|(?=:?["']?(?:[\s,)}]|$)))/,
    secretGroup: 1,
    span: 'near',
    window: { before: 400, after: 400 },
    // (A bare 40-hex value near the word is a user setting only after a user's name.)
    accept: (m, text, at) => m[0].includes('@') || /(?:user(?:name)?|proxy_?user|proxy-user)["']?[ \t]{0,4}[:=][ \t]{0,4}["']?$|basic_auth_header\(\s{0,8}["']$/i.test(text.slice(Math.max(0, at - 40), at)),
    minEntropy: 3,
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://app.zenrows.com/account/settings', how: 'Account settings → API key: regenerate it and update the scrapers.' },
    docs: 'https://docs.zenrows.com/universal-scraper-api/features/proxy-mode',
    sample: (g) => `proxy = "http://${g.chars(HEX, 40)}:js_render=true&premium_proxy=true@api.zenrows.com:8001"`,
    negatives: ['proxy = "http://YOUR_ZENROWS_API_KEY:js_render=true@api.zenrows.com:8001"', 'zenrows commit: 0123456789abcdef0123456789abcdef01234567'],
  }),
];
