import { defineRule, gen, HEX } from './define.js';

/** ECMWF credentials. */
export const ecmwfRules = [
  defineRule({
    id: 'ecmwf-api-key',
    provider: 'ECMWF',
    description: 'ECMWF Web API key (32 hex): the "key" beside the api.ecmwf.int URL in ~/.ecmwfapirc or ECMWFDataServer(url, key=…)',
    keywords: ['ecmwf'],
    pattern: /(?<![A-Za-z0-9_])["']?key["']?[ \t]*[:=][ \t]*["']([0-9a-f]{32})["']/,
    span: 'block',
    window: { before: 400, after: 400 },
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://api.ecmwf.int/v1/key/', how: 'Ask ECMWF for a new key (the key page shows the current one), and update ~/.ecmwfapirc where it is stored.' },
    docs: 'https://confluence.ecmwf.int/display/WEBAPI/Access+ECMWF+Public+Datasets',
    sample: gen('{\n    "url"   : "https://api.ecmwf.int/v1",\n    "key"   : "', [HEX, 32], '",\n    "email" : "analyst@met.example.org"\n}'),
    negatives: ['{\n    "url"   : "https://api.ecmwf.int/v1",\n    "key"   : "<your key>",\n    "email" : "you@example.org"\n}'],
  }),
];
