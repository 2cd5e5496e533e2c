import { defineRule, gen, HEX, keyed } from './define.js';

/** Cypress Cloud credentials. */
export const cypressRules = [
  // A project's record key lets a CI run record to Cypress Cloud; it is a UUID with no prefix, so
  // it is found under a key that names it (CYPRESS_RECORD_KEY, recordKey).
  defineRule({
    id: 'cypress-record-key',
    provider: 'Cypress',
    description: 'Cypress Cloud record key (a UUID) under a key that names it',
    keywords: ['record_key', 'record-key', 'recordkey'],
    pattern: keyed('(?:cypress[_.-]?)?record[_.-]?key', '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'),
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://cloud.cypress.io/', how: 'Project settings → Record Keys: create a new key, move CI to it, then delete the old one.' },
    docs: 'https://docs.cypress.io/cloud/account-management/projects',
    sample: gen([HEX, 8], '-', [HEX, 4], '-', [HEX, 4], '-', [HEX, 4], '-', [HEX, 12]),
    sampleKey: 'CYPRESS_RECORD_KEY',
    negatives: ['CYPRESS_RECORD_KEY=00000000-0000-0000-0000-000000000000', 'recordKey: ${{ secrets.CYPRESS_RECORD_KEY }}', 'CYPRESS_RECORD_KEY=<your-record-key>'],
  }),
];
