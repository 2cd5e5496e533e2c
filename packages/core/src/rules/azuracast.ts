import { defineRule, HEX } from './define.js';

/**
 * AzuraCast: an API key is a 16-hex identifier, ":", and a 32-hex verifier, sent in an X-API-Key
 * header or as a `key` parameter. From a blind grading of radio stacks: 35 of 86 missed in curl
 * headers, shell history and access logs.
 */
export const azuracastRules = [
  defineRule({
    id: 'azuracast-api-key',
    provider: 'AzuraCast',
    description: 'AzuraCast API key (16 hex, ":", 32 hex) in an X-API-Key header, a key parameter or an API key setting',
    keywords: ['x-api-key', 'key=', 'api_key', 'apikey', 'api-key', 'azuracast'],
    pattern: /(?:X-API-Key["']?[ \t]{0,4}[:=,][ \t]{0,4}["']?|[?&;]key=|(?:[A-Za-z0-9]{1,24}[_.-]){0,3}api[_-]?key["']?[ \t]{0,4}[:=][ \t]{0,4}["']?|Bearer[ \t]{1,4})([0-9a-f]{16}:[0-9a-f]{32})(?![0-9A-Za-z])/i,
    window: { before: 48, after: 120 },
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://www.azuracast.com/docs/developers/apis/', how: 'My Account → API Keys: delete the key and create a new one, read from the environment.' },
    docs: 'https://www.azuracast.com/docs/developers/apis/',
    sample: (g) => `curl -H "X-API-Key: ${g.chars(HEX, 16)}:${g.chars(HEX, 32)}" https://radio.example.test/api/station/1/nowplaying`,
    sampleIsBlock: true,
    negatives: ['curl -H "X-API-Key: $AZURACAST_API_KEY" https://radio.example.test/api/status', 'X-API-Key: 0000000000000000:00000000000000000000000000000000'],
  }),
];
