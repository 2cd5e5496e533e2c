import { defineRule, gen, HEX, keyed, pairedSecret, UPPER_ALNUM } from './define.js';

/** Scaleway credentials. */
export const scalewayRules = [
  defineRule({
    id: 'scaleway-secret-key',
    provider: 'Scaleway',
    description: 'Scaleway API secret key (UUID) under a Scaleway-named key',
    keywords: ['scaleway', 'scw_secret_key'],
    pattern: keyed('scaleway|scw_secret_key', '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'),
    // A project's, an organisation's or a user's id is a UUID too (`scaleway.scw-default-project-id=…`;
    // from a blind grading of CLI credential stores).
    accept: (m) => !/(?:project|organi[sz]ation|org|user|application|instance|zone|region)|id["'`]?\]?[ \t]{0,4}[:=]/i.test(m[0].slice(0, m[0].length - (m[1] ?? '').length)),
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://console.scaleway.com/iam/api-keys', how: 'Revoke it in Scaleway’s settings, issue a new one and update where it is stored.' },
    docs: 'https://www.scaleway.com/en/docs/iam/how-to/create-api-keys/',
    sample: gen([HEX, 8], '-', [HEX, 4], '-', [HEX, 4], '-', [HEX, 4], '-', [HEX, 12]),
    sampleKey: 'SCALEWAY_SECRET',
    negatives: ['SCALEWAY_SECRET=your_secret_here', 'SCALEWAY_SECRET=${SCALEWAY_SECRET}', 'app.scaleway.scw-default-project-id=6f1c2a9e-0b1d-4c3e-9f5a-7d2b8e4c1a03'],
  }),
  pairedSecret({
    id: 'scaleway-secret-key-near-id',
    provider: 'Scaleway',
    description: 'Scaleway API secret key (UUID) within a few lines after its access key (SCW…), whatever its own name',
    keywords: ['scw'],
    keyId: 'SCW[A-Z0-9]{17}',
    secret: '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}',
    right: 'A-Za-z0-9-',
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://console.scaleway.com/iam/api-keys', how: 'Revoke it in Scaleway’s settings, issue a new one and update where it is stored.' },
    docs: 'https://www.scaleway.com/en/docs/iam/how-to/create-api-keys/',
    sampleId: (g) => `SCW${g.chars(UPPER_ALNUM, 17)}`,
    sampleSecret: gen([HEX, 8], '-', [HEX, 4], '-', [HEX, 4], '-', [HEX, 4], '-', [HEX, 12]),
    // The UUIDs a Scaleway config holds besides the secret are named for what they are.
    negatives: [`access_key: SCW${'X'.repeat(17)}\ndefault_organization_id: 11111111-2222-3333-4444-555555555555\ndefault_project_id: 11111111-2222-3333-4444-555555555555\n`],
  }),
];
