import { chars, defineRule, HEX, keyed } from './define.js';

/** RapidAPI credentials. */
export const rapidapiRules = [
  defineRule({
    id: 'rapidapi-key',
    provider: 'RapidAPI',
    description: 'RapidAPI application key (50 chars) under a RapidAPI-named key',
    keywords: ['rapidapi', 'x-rapidapi-key'],
    pattern: keyed('rapidapi|x-rapidapi-key', '[A-Za-z0-9_-]{50}', 'A-Za-z0-9_-'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://rapidapi.com/developer/apps', how: 'Revoke it in RapidAPI’s settings, issue a new one and update where it is stored.' },
    docs: 'https://docs.rapidapi.com/docs/keys-and-key-rotation',
    sample: chars('-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', 50),
    sampleKey: 'RAPIDAPI_API_KEY',
    negatives: ['RAPIDAPI_API_KEY=your_api_key_here', 'RAPIDAPI_API_KEY=${RAPIDAPI_API_KEY}'],
  }),
  // The key has a shape of its own: hex runs joined by "msh", "p1" and "jsn", ~50 characters, so it
  // is found under any name (`key:`, `config.key`; from a blind grading of real-estate APIs
  // bought through RapidAPI: 7 missed under names that do not say RapidAPI).
  defineRule({
    id: 'rapidapi-key-shape',
    provider: 'RapidAPI',
    description: 'RapidAPI application key by its shape (hex, "msh", hex, "p1", hex, "jsn", hex)',
    keywords: ['jsn'],
    pattern: /(?<![A-Za-z0-9_-])([0-9a-f]{8,12}msh[0-9a-f]{13,19}p1[0-9a-f]{4,8}jsn[0-9a-f]{10,14})(?![A-Za-z0-9_-])/,
    // After: a glued escape's window starts at the token (its whole length).
    window: { before: 48, after: 64 },
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://rapidapi.com/developer/apps', how: 'Revoke it in RapidAPI’s settings, issue a new one and update where it is stored.' },
    docs: 'https://docs.rapidapi.com/docs/keys-and-key-rotation',
    sample: (g) => `${g.chars(HEX, 10)}msh${g.chars(HEX, 15)}p1${g.chars(HEX, 6)}jsn${g.chars(HEX, 12)}`,
    negatives: ['X-RapidAPI-Key: xxxxxxxxxxmshxxxxxxxxxxxxxxxp1xxxxxxjsnxxxxxxxxxxxx', 'x-rapidapi-key: ${RAPIDAPI_KEY}'],
  }),
];
