import { prefixed, UUID, uuidSample } from './define.js';

/** Persona (identity verification) credentials. */
export const personaRules = [
  // API keys name their environment (`persona_production_…`, `persona_sandbox_…`); webhook
  // secrets, which sign the Persona-Signature header, start `wbhsec_`. Each is a UUID after it.
  prefixed({
    id: 'persona-api-key',
    provider: 'Persona',
    description: 'Persona API key (persona_production_ / persona_sandbox_ and a UUID)',
    prefix: ['persona_production_', 'persona_sandbox_'],
    body: UUID,
    right: 'A-Za-z0-9_-',
    minEntropy: 3,
    severity: 'critical',
    sample: uuidSample,
    rotate: { url: 'https://docs.withpersona.com/api-keys', how: 'Dashboard → API → API Keys: roll the key and update the servers.' },
    docs: 'https://docs.withpersona.com/api-keys',
    negatives: ['PERSONA_API_KEY=persona_sandbox_<your-key>', 'PERSONA_API_KEY=${PERSONA_API_KEY}'],
  }),
  prefixed({
    id: 'persona-webhook-secret',
    provider: 'Persona',
    description: 'Persona webhook secret (wbhsec_ and a UUID), which signs the Persona-Signature header',
    prefix: 'wbhsec_',
    body: UUID,
    right: 'A-Za-z0-9_-',
    minEntropy: 3,
    severity: 'high',
    sample: uuidSample,
    rotate: { url: 'https://docs.withpersona.com/webhooks', how: 'Dashboard → Webhooks → the webhook: rotate its secret and update the verifying server.' },
    docs: 'https://docs.withpersona.com/webhooks',
    negatives: ['PERSONA_WEBHOOK_SECRET=wbhsec_<secret>', 'PERSONA_WEBHOOK_SECRET=${PERSONA_WEBHOOK_SECRET}'],
  }),
];
