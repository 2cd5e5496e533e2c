import { ALNUM, chars, defineRule, keyed, LOWER_ALNUM, prefixed } from './define.js';

/** Honeycomb credentials. */
export const honeycombRules = [
  defineRule({
    id: 'honeycomb-api-key',
    provider: 'Honeycomb',
    description: 'Honeycomb API/ingest key (22 alnum or 32 hex) under a Honeycomb-named key',
    keywords: ['honeycomb', 'x-honeycomb-team'],
    pattern: keyed('honeycomb|x-honeycomb-team', '[a-f0-9]{32}|[A-Za-z0-9]{22}'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://ui.honeycomb.io/', how: 'Revoke it in Honeycomb’s settings, issue a new one and update where it is stored.' },
    docs: 'https://docs.honeycomb.io/get-started/configure/environments/manage-api-keys/',
    sample: chars(ALNUM, 22),
    sampleKey: 'HONEYCOMB_API_KEY',
    negatives: ['HONEYCOMB_API_KEY=your_api_key_here', 'HONEYCOMB_API_KEY=${HONEYCOMB_API_KEY}'],
  }),
  // Newer keys carry their kind in a prefix: …ik_ ingest keys, …mk_ management keys (a
  // 26-character key ID, then its 32-character secret).
  ...(['hcaik_', 'hcxik_', 'hcamk_', 'hcxmk_'] as const).map((prefix) =>
    prefixed({
      id: `honeycomb-${prefix.endsWith('mk_') ? 'management' : 'ingest'}-key-${prefix.slice(0, -1)}`,
      provider: 'Honeycomb',
      description: `Honeycomb ${prefix.endsWith('mk_') ? 'management' : 'ingest'} key (${prefix})`,
      prefix,
      body: '[A-Za-z0-9]{58}',
      minEntropy: 3.5,
      severity: 'critical',
      sample: chars(LOWER_ALNUM, 58),
      rotate: { url: 'https://ui.honeycomb.io/', how: 'Delete the key in Honeycomb’s team or environment settings, create a new one and update where it is stored.' },
      docs: 'https://docs.honeycomb.io/get-started/configure/environments/manage-api-keys/',
    }),
  ),
];
