import { defineRule, HEX } from './define.js';

const rotate = { url: 'https://app.zyte.com/o/settings/apikey', how: 'Organization settings → API key: regenerate it and update the crawlers and CI variables.' } as const;

/** Zyte (Scrapy Cloud, Zyte API, Smart Proxy Manager) credentials. */
export const zyteRules = [
  // Zyte's proxy takes the API key as the proxy user and no password
  // (`http://<key>:@proxy.zyte.com:8011`, Crawlera's older hosts too). (From a blind grading of
  // scraping tools: 14 of 28 missed.)
  defineRule({
    id: 'zyte-proxy-url-key',
    provider: 'Zyte',
    description: "Zyte Smart Proxy Manager / Zyte API key as a proxy URL's user (http://<key>:@proxy.zyte.com:8011)",
    keywords: ['proxy.zyte.com', 'api.zyte.com', 'crawlera.com'],
    pattern: /(?<![A-Za-z0-9_])([a-f0-9]{32}):[^\s@"'/]{0,100}@(?:proxy\.zyte\.com|api\.zyte\.com|[a-z0-9.-]{0,40}crawlera\.com)(?![A-Za-z0-9-])/,
    secretGroup: 1,
    window: { before: 160, after: 80 },
    minEntropy: 3,
    severity: 'high',
    rotate,
    docs: 'https://docs.zyte.com/zyte-api/usage/proxy-mode.html',
    sample: (g) => `PROXY = "http://${g.chars(HEX, 32)}:@proxy.zyte.com:8011"`,
    negatives: ['PROXY = "http://<ZYTE_API_KEY>:@proxy.zyte.com:8011"', 'PROXY = "http://00000000000000000000000000000000:@proxy.zyte.com:8011"'],
  }),
  // The same key as a proxy user setting (`username: '<key>'`, basic_auth_header(key, ""),
  // --proxy-user key:) with Zyte named nearby.
  defineRule({
    id: 'zyte-proxy-user-key',
    provider: 'Zyte',
    description: 'Zyte API key given as the proxy user (username: …, basic_auth_header(…, ""), --proxy-user …:) with Zyte named nearby',
    keywords: ['zyte', 'crawlera'],
    pattern: /(?:["']?(?:user(?:name)?|proxy_?user)["']?[ \t]{0,4}[:=][ \t]{0,4}|(?<![A-Za-z0-9_])basic_auth_header\(\s{0,8}|--proxy-user[= ]|(?<![A-Za-z0-9_-])-U[ \t]{1,4})["']?([a-f0-9]{32})(?=:?["']?(?:[\s,)}]|$))/,
    secretGroup: 1,
    span: 'near',
    window: { before: 600, after: 600 },
    minEntropy: 3,
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://docs.zyte.com/zyte-api/usage/proxy-mode.html',
    sample: (g) => `# Zyte Smart Proxy Manager\nproxy:\n  server: http://proxy.zyte.com:8011\n  username: '${g.chars(HEX, 32)}'\n  password: ''`,
    sampleIsBlock: true,
    negatives: ["# Zyte Smart Proxy Manager\nproxy:\n  server: http://proxy.zyte.com:8011\n  username: process.env.ZYTE_KEY", "zyte:\n  username: '00000000000000000000000000000000'"],
  }),
];
