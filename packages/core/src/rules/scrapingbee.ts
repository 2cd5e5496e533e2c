import { defineRule, token } from './define.js';

const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** ScrapingBee (web scraping API): the API key, 80 upper-case letters and digits. */
export const scrapingbeeRules = [
  // The key has no prefix; its length and alphabet are rare enough with the name nearby: a
  // notebook's markdown cell above it, a comment, `scraping_bee=` in a GoogleNews call.
  defineRule({
    id: 'scrapingbee-api-key',
    provider: 'ScrapingBee',
    description: 'ScrapingBee API key (80 upper-case letters and digits) near a ScrapingBee mention',
    keywords: ['scrapingbee', 'scraping_bee', 'scraping bee', 'scraping-bee'],
    window: { before: 400, after: 400 },
    span: 'near',
    pattern: token('[A-Z0-9]{80}', { left: 'A-Za-z0-9_', right: 'A-Za-z0-9_' }),
    // Letters and digits both, as a generated key has them.
    accept: (m) => /[0-9]/.test(m[0]) && /[A-Z].*[A-Z].*[A-Z]/.test(m[0]),
    minEntropy: 4,
    severity: 'high',
    rotate: { url: 'https://app.scrapingbee.com/account/manage/api_key', how: 'Dashboard → API key: regenerate the key, then update the clients that call the API.' },
    docs: 'https://www.scrapingbee.com/documentation/',
    sample: (g) => g.chars(UPPER_ALNUM, 80),
    sampleKey: 'SCRAPINGBEE_API_KEY',
    negatives: ['SCRAPINGBEE_API_KEY=YOUR-API-KEY', `scrapingbee key: ${'A'.repeat(80)}`],
  }),
];
