import { defineRule, HEX } from './define.js';

/**
 * Deezer: the arl cookie of a logged-in account (192 hex digits), which download and sync tools
 * (deemix, deezloader, streamrip, d-fi) take to act as the user. From a blind grading of music
 * tools: 31 of 31 missed under ARL names, --arl flags and cookies.
 */
export const deezerRules = [
  defineRule({
    id: 'deezer-arl-cookie',
    provider: 'Deezer',
    description: 'Deezer arl session cookie (192 hex digits) under an arl setting, an --arl flag or in a cookie',
    // (Not "arl" alone: every "early" and "clearly" would run the pattern.)
    keywords: ['deezer', '--arl', 'arl=', 'arl:', 'arl "', "arl'", 'arl"', 'arl ='],
    pattern: /(?<![A-Za-z0-9])(?:(?:[A-Za-z0-9]{1,24}[_.-]){0,3}arl["']?[ \t]{0,4}[:=][ \t]{0,4}["']?|--arl[ \t=]{1,4}["']?|arl\t)([0-9a-f]{192})(?![0-9A-Za-z])/i,
    window: { before: 40, after: 240 },
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://www.deezer.com/account', how: 'Log out of Deezer everywhere (change the password), which ends the session the cookie belongs to; keep the new arl out of the repository.' },
    docs: 'https://github.com/nathom/streamrip/wiki',
    sample: (g) => `deemix --arl ${g.chars(HEX, 192)} https://www.deezer.com/album/302127`,
    sampleIsBlock: true,
    negatives: ['DEEZER_ARL=${DEEZER_ARL}', 'arl = "<your arl>"'],
  }),
];
