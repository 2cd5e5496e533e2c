import { BASE64, defineRule } from './define.js';

/**
 * Bandcamp: the `identity` cookie of a logged-in fan or artist (percent-encoded: "7", a tab, a
 * base64 MAC, a tab and the account's JSON), which collection downloaders (bandcamp-dl,
 * bandcamp-collection-downloader) read from an exported cookies.txt. From a blind grading of music
 * tools: 5 of 5 missed.
 */
export const bandcampRules = [
  defineRule({
    id: 'bandcamp-identity-cookie',
    provider: 'Bandcamp',
    description: 'Bandcamp identity session cookie (7%09…%09{…}) in a cookies.txt export or a Cookie header',
    keywords: ['7%09'],
    pattern: /(?<![A-Za-z0-9_])identity(?:\t|=)(7%09(?:[A-Za-z0-9+/=._-]|%[0-9A-Fa-f]{2}){20,400})(?![A-Za-z0-9+/=%._-])/,
    context: ['bandcamp'],
    window: { before: 16, after: 440 },
    minEntropy: 3.5,
    severity: 'high',
    rotate: { url: 'https://bandcamp.com/settings', how: 'Log out of Bandcamp on every device (change the password), which ends the session; export cookies only to a file outside the repository.' },
    docs: 'https://github.com/Ezwen/bandcamp-collection-downloader#usage',
    sample: (g) => `.bandcamp.com\tTRUE\t/\tTRUE\t1761451377\tidentity\t7%09${g.chars(BASE64, 43).replace(/\+/g, '%2B').replace(/\//g, '%2F')}%3D%09%7B%22id%22%3A3223477%2C%22ex%22%3A0%7D`,
    sampleIsBlock: true,
    negatives: ['.bandcamp.com\tTRUE\t/\tTRUE\t1761451377\tidentity\t<cookie>'],
  }),
];
