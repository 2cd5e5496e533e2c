import { ALNUM, chars, prefixed } from './define.js';

/** Prefect credentials. */
export const prefectRules = [
  prefixed({ id: 'prefect-api-key', provider: 'Prefect', description: 'Prefect Cloud API key (pnu_ for a user, pnb_ for a service account)', prefix: ['pnu_', 'pnb_'], body: '[A-Za-z0-9]{36}', sample: chars(ALNUM, 36), rotate: { url: 'https://app.prefect.cloud/my/api-keys', how: 'Profile → API keys → delete the key.' } }),
];
