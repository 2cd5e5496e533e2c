import { ALNUM, chars, prefixed } from './define.js';

/** Ramp credentials. */
export const rampRules = [
  prefixed({ id: 'ramp-client-secret', provider: 'Ramp', description: 'Ramp API client secret (ramp_sec_)', prefix: 'ramp_sec_', body: '[A-Za-z0-9]{48}', sample: chars(ALNUM, 48), rotate: { url: 'https://app.ramp.com/developer', how: 'Revoke it in Ramp’s settings, issue a new one and update where it is stored.' }, docs: 'https://docs.ramp.com/developer-api/v1/authorization' }),
];
