import { chars, defineRule, gen, keyed } from './define.js';

const HEX_UPPER = '0123456789ABCDEF';
const ROTATE = { url: 'https://projectredcap.org/software/', how: 'Regenerate the token on the project’s API page in REDCap (or ask its administrator) and update where it is stored.' };

/** REDCap credentials. */
export const redcapRules = [
  defineRule({
    id: 'redcap-api-token',
    provider: 'REDCap',
    description: 'REDCap project API token (32 uppercase hex) under a REDCap-named key',
    keywords: ['redcap'],
    pattern: keyed('redcap', '[0-9A-F]{32}'),
    minEntropy: 2.5,
    severity: 'high',
    rotate: ROTATE,
    docs: 'https://projectredcap.org/software/',
    sample: chars(HEX_UPPER, 32),
    sampleKey: 'REDCAP_API_TOKEN',
    negatives: ['REDCAP_API_TOKEN=${REDCAP_TOKEN}', 'REDCAP_API_TOKEN=your_token_here'],
  }),
  defineRule({
    id: 'redcap-project-token',
    provider: 'REDCap',
    description: 'REDCap project API token (32 uppercase hex) given beside a REDCap API URL (PyCap Project(url, token), REDCapR)',
    keywords: ['redcap'],
    pattern: /redcap[A-Za-z0-9._/:-]{0,120}["'][ \t]*,[ \t]*(?:token[ \t]*=[ \t]*)?["']([0-9A-F]{32})["']/,
    minEntropy: 2.5,
    severity: 'high',
    rotate: ROTATE,
    docs: 'https://projectredcap.org/software/',
    sample: gen('project = Project("https://redcap.example-university.org/api/", "', [HEX_UPPER, 32], '")'),
    negatives: ['project = Project("https://redcap.example.edu/api/", os.environ["REDCAP_TOKEN"])'],
  }),
];
