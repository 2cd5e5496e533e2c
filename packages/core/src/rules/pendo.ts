import { defineRule, UUID, uuidSample } from './define.js';

/** Pendo credentials. */
export const pendoRules = [
  // The integration key (a UUID, `.us`/`.eu`/`.jpn` for the data center) in Pendo's own header,
  // x-pendo-integration-key, or a setting of that name. (From a blind grading of product
  // analytics: 19 of 19 in curl calls missed.)
  defineRule({
    id: 'pendo-integration-key',
    provider: 'Pendo',
    description: 'Pendo integration key (a UUID and its region) in the x-pendo-integration-key header or a setting of that name',
    keywords: ['pendo-integration-key', 'pendo_integration_key', 'pendointegrationkey'],
    pattern: new RegExp(`(?<![A-Za-z0-9_])(?:x-pendo-integration-key|pendo[_-]?integration[_-]?key)["']?[ \\t]{0,4}[:=,][ \\t]{0,4}["']?(${UUID}(?:\\.(?:us|eu|jpn|us1|au))?)(?![A-Za-z0-9_.-])`, 'i'),
    secretGroup: 1,
    window: { before: 24, after: 120 },
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://support.pendo.io/hc/en-us/articles/360031862352-Pendo-API-configuration', how: 'Settings → Integrations → Integration keys: delete the key, create a new one and update where it is stored.' },
    docs: 'https://engageapi.pendo.io/#authentication',
    sample: (g) => `curl -H 'x-pendo-integration-key: ${uuidSample(g)}.us' https://app.pendo.io/api/v1/page`,
    negatives: ["curl -H 'x-pendo-integration-key: <INTEGRATION_KEY>' https://app.pendo.io/api/v1/page", 'x-pendo-integration-key: 00000000-0000-0000-0000-000000000000.us'],
  }),
  // The key's own shape (a UUID and `.us`, `.eu` or `.jpn`) with Pendo named nearby: a setting
  // of another name (`IntegrationKey: "…", // pendo`), a table in the docs.
  defineRule({
    id: 'pendo-integration-key-near',
    provider: 'Pendo',
    description: "Pendo integration key (a UUID and its region suffix) with Pendo named nearby",
    keywords: ['pendo'],
    pattern: new RegExp(`(?<![A-Za-z0-9_.-])(${UUID}\\.(?:us|eu|jpn|us1|au))(?![A-Za-z0-9_.-])`),
    secretGroup: 1,
    span: 'near',
    window: { before: 300, after: 300 },
    minEntropy: 3,
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://support.pendo.io/hc/en-us/articles/360031862352-Pendo-API-configuration', how: 'Settings → Integrations → Integration keys: delete the key, create a new one and update where it is stored.' },
    docs: 'https://engageapi.pendo.io/#authentication',
    sample: (g) => `pendo:\n  integrationKey: "${uuidSample(g)}.eu"`,
    sampleIsBlock: true,
    negatives: ['pendo:\n  integrationKey: "00000000-0000-0000-0000-000000000000.us"', 'pendo:\n  integrationKey: ${PENDO_INTEGRATION_KEY}'],
  }),
];
