import { chars, defineRule, gen, HEX, keyed } from './define.js';

/** OMDb API credentials. */
export const omdbRules = [
  defineRule({
    id: 'omdb-api-key',
    provider: 'OMDb',
    description: 'OMDb API key (8 hex) under an OMDb-named key',
    keywords: ['omdb'],
    pattern: keyed('omdb', '[a-f0-9]{8}'),
    minEntropy: 1.5,
    severity: 'medium',
    rotate: { url: 'https://www.omdbapi.com/apikey.aspx', how: 'Request a new key from OMDb and update where it is stored; contact OMDb to deactivate the old one.' },
    docs: 'https://www.omdbapi.com/',
    sample: chars(HEX, 8),
    sampleKey: 'OMDB_API_KEY',
    negatives: ['OMDB_API_KEY=your_key', 'OMDB_API_KEY=${OMDB_API_KEY}', 'OMDB_API_KEY=00000000'],
  }),
  defineRule({
    id: 'omdb-api-key-url',
    provider: 'OMDb',
    description: 'OMDb API key in a request URL (omdbapi.com/?…&apikey=<8 hex>)',
    keywords: ['omdbapi.com'],
    pattern: /omdbapi\.com\/?\?(?:[^\s"'<>#&]{0,100}&){0,8}apikey=([a-f0-9]{8})(?![A-Za-z0-9])/,
    minEntropy: 1.5,
    severity: 'medium',
    rotate: { url: 'https://www.omdbapi.com/apikey.aspx', how: 'Request a new key from OMDb and update where it is stored; contact OMDb to deactivate the old one.' },
    docs: 'https://www.omdbapi.com/',
    sample: gen('https://www.omdbapi.com/?t=Alien&y=1979&apikey=', [HEX, 8]),
    negatives: ['https://www.omdbapi.com/?t=Alien&apikey=[yourkey]', 'https://www.omdbapi.com/?i=tt3896198&apikey=${OMDB_KEY}'],
  }),
];
