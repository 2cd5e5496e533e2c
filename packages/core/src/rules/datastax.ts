import { HEX, LOWER, UPPER, prefixed } from './define.js';

/** DataStax Astra DB credentials. */
export const datastaxRules = [
  prefixed({
    id: 'astra-db-application-token',
    provider: 'DataStax',
    description: 'Astra DB application token (AstraCS: + 24 letters and digits + ":" + 64 hex)',
    prefix: 'AstraCS:',
    // (The client id part may hold digits too: from a blind grading of database clients.)
    body: '[A-Za-z0-9]{24}:[a-f0-9]{64}',
    right: 'A-Za-z0-9',
    minEntropy: 3,
    severity: 'critical',
    sample: (g) => `${g.chars(UPPER + LOWER, 24)}:${g.chars(HEX, 64)}`,
    rotate: { url: 'https://astra.datastax.com/', how: 'Settings → Application tokens → revoke the token, generate a new one and update where it is stored.' },
    docs: 'https://docs.datastax.com/en/astra-db-serverless/administration/manage-application-tokens.html',
  }),
];
