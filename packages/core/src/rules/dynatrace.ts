import { prefixed, UPPER_ALNUM } from './define.js';

/** Dynatrace credentials. */
export const dynatraceRules = [
  prefixed({ id: 'dynatrace-api-token', provider: 'Dynatrace', description: 'Dynatrace API token (dt0c01.)', prefix: 'dt0c01.', body: '[A-Z0-9]{24}\\.[A-Z0-9]{64}', sample: (g) => `${g.chars(UPPER_ALNUM, 24)}.${g.chars(UPPER_ALNUM, 64)}`, rotate: { url: 'https://docs.dynatrace.com/docs/manage/access-control/access-tokens', how: 'Access tokens → revoke the token.' } }),
];
