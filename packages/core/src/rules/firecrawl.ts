import { chars, HEX, prefixed } from './define.js';

/** Firecrawl credentials. */
export const firecrawlRules = [
  prefixed({ id: 'firecrawl-api-key', provider: 'Firecrawl', description: 'Firecrawl API key (fc-)', prefix: 'fc-', body: '[a-f0-9]{32}', sample: chars(HEX, 32), rotate: { url: 'https://www.firecrawl.dev/app/api-keys', how: 'Revoke it in Firecrawl’s settings, issue a new one and update where it is stored.' }, docs: 'https://docs.firecrawl.dev/introduction' }),
];
