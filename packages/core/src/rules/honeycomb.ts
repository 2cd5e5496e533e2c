import { ALNUM, chars, defineRule, keyed } from './define.js';

/** Honeycomb credentials. */
export const honeycombRules = [
  defineRule({
    id: 'honeycomb-api-key',
    provider: 'Honeycomb',
    description: 'Honeycomb API/ingest key (22 alnum or 32 hex) under a Honeycomb-named key',
    keywords: ['honeycomb', 'x-honeycomb-team'],
    pattern: keyed('honeycomb|x-honeycomb-team', '[A-Za-z0-9]{22}'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://ui.honeycomb.io/', how: 'Revoke it in Honeycomb’s settings, issue a new one and update where it is stored.' },
    docs: 'https://docs.honeycomb.io/get-started/configure/environments/manage-api-keys/',
    sample: chars(ALNUM, 22),
    sampleKey: 'HONEYCOMB_API_KEY',
    negatives: ['HONEYCOMB_API_KEY=your_api_key_here', 'HONEYCOMB_API_KEY=${HONEYCOMB_API_KEY}'],
  }),
];
