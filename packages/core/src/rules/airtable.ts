import { ALNUM, defineRule, HEX, token } from './define.js';

/** Airtable credentials. */
export const airtableRules = [
  defineRule({
    id: 'airtable-pat',
    provider: 'Airtable',
    description: 'Airtable personal access token (pat….…) near an Airtable mention',
    keywords: ['airtable'],
    pattern: token(`pat[A-Za-z0-9]{14}\\.[a-f0-9]{64}`),
    prefixes: ['pat'],
    minEntropy: 3.5,
    severity: 'critical',
    rotate: { url: 'https://airtable.com/create/tokens', how: 'Developer hub → Personal access tokens → delete the token.' },
    sample: (g) => `pat${g.chars(ALNUM, 14)}.${g.chars(HEX, 64)}`,
    sampleKey: 'AIRTABLE_TOKEN',
    negatives: ['AIRTABLE_TOKEN=patYOURTOKENHERE'],
  }),
];
