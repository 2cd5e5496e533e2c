import { defineRule, UUID, uuidSample } from './define.js';

/** Dataverse credentials. */
export const dataverseRules = [
  defineRule({
    id: 'dataverse-api-token',
    provider: 'Dataverse',
    description: 'Dataverse API token (a UUID) in the X-Dataverse-key header or under a Dataverse-named key',
    keywords: ['dataverse'],
    pattern: new RegExp(`dataverse[A-Za-z0-9_.-]{0,12}(?:key|token)["']?[ \\t]*(?:\\??=|:)[ \\t]*["']?(${UUID})(?![A-Za-z0-9-])`, 'i'),
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://guides.dataverse.org/en/latest/api/auth.html', how: 'Recreate the token on the API Token tab of your Dataverse account (which revokes the old one), and update where it is stored.' },
    docs: 'https://guides.dataverse.org/en/latest/api/auth.html',
    sample: (g) => `curl -H "X-Dataverse-key: ${uuidSample(g)}" -X POST "$SERVER_URL/api/dataverses/root/datasets"`,
    negatives: ['curl -H "X-Dataverse-key:$API_TOKEN" "$SERVER_URL/api/datasets"', 'DATAVERSE_KEY ?= $(shell cat ~/.dataverse)'],
  }),
];
