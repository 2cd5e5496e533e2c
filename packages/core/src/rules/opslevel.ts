import { defineRule, uuidSample } from './define.js';

/** OpsLevel (service catalog) integration URLs. */
export const opslevelRules = [
  // A deploy (or check) integration's URL holds its secret as the last path segment:
  // `https://app.opslevel.com/integrations/deploy/<uuid>`. OpsLevel says to keep the URL as a
  // repository secret (OL_INTEGRATION_URL). (From a blind grading of developer portals: 30 of 30 missed.)
  defineRule({
    id: 'opslevel-integration-url',
    provider: 'OpsLevel',
    description: 'OpsLevel integration URL (app.opslevel.com/integrations/<kind>/<uuid>): its last segment is the secret',
    keywords: ['app.opslevel.com/integrations/'],
    pattern: /app\.opslevel\.com\/integrations\/[a-z_-]{2,32}\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![0-9A-Za-z-])/,
    secretGroup: 1,
    window: { before: 0, after: 120 },
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://docs.opslevel.com/docs/deploys', how: 'Delete the integration in OpsLevel (Integrations), create a new one and update the secret that holds its URL.' },
    docs: 'https://docs.opslevel.com/docs/deploys',
    sample: (g) => `      integration_url: https://app.opslevel.com/integrations/deploy/${uuidSample(g)}`,
    negatives: ['integration_url: https://app.opslevel.com/integrations/deploy/${{ secrets.OL_INTEGRATION_URL }}', 'https://app.opslevel.com/integrations/deploy/00000000-0000-0000-0000-000000000000'],
  }),
];
