import { chars, defineRule, keyed, UPPER_ALNUM } from './define.js';

/** ThingSpeak (MathWorks) channel and user API keys. */
export const thingSpeakRules = [
  defineRule({
    id: 'thingspeak-api-key',
    provider: 'ThingSpeak',
    description: "ThingSpeak channel write/read or user API key (16 uppercase letters and digits) under a ThingSpeak or write/read API key name (the Arduino library's secrets.h SECRET_WRITE_APIKEY, ts_write_key)",
    keywords: ['thingspeak', 'write_apikey', 'read_apikey', 'writeapikey', 'readapikey', 'write_api_key', 'read_api_key', 'ts_write_key', 'ts_read_key', 'tswritekey', 'tsreadkey'],
    // The library's template writes `#define SECRET_WRITE_APIKEY "XYZ" // replace XYZ with your
    // channel write API Key`: the comment stays when the key is filled in.
    pattern: keyed('thingspeak[A-Za-z0-9_.-]{0,24}?|(?:secret[_.-]?|ts[_.-]?)?(?:write|read)[_.-]?api[_.-]?key|ts[_.-]?(?:write|read)[_.-]?key', '[A-Z0-9]{16}'),
    accept: (m) => {
      const v = m[1] ?? '';
      return /[A-Z]/.test(v) && /[0-9]/.test(v) && new Set(v).size >= 8;
    },
    minEntropy: 3,
    severity: 'medium',
    rotate: { url: 'https://www.mathworks.com/help/thingspeak/channel-control.html', how: "Generate a new key on the channel's API Keys tab (write keys) or in Account → My Profile (user keys), update the devices, and retire the old one." },
    docs: 'https://www.mathworks.com/help/thingspeak/writedata.html',
    sample: chars(UPPER_ALNUM, 16),
    sampleKey: 'SECRET_WRITE_APIKEY',
    negatives: ['#define SECRET_WRITE_APIKEY "XYZ" // replace XYZ with your channel write API Key', 'THINGSPEAK_WRITE_KEY=${THINGSPEAK_WRITE_KEY}', 'write_api_key = "ABCDEFGHIJKLMNOP"'],
  }),
];
