import { ALNUM, chars, prefixed } from './define.js';

/** pganalyze credentials. */
export const pganalyzeRules = [
  prefixed({ id: 'pganalyze-read-api-key', provider: 'pganalyze', description: 'pganalyze read-only API key (pgar_)', prefix: 'pgar_', body: '[A-Za-z0-9]{27}', sample: chars(ALNUM, 27), rotate: { url: 'https://app.pganalyze.com/', how: 'Revoke it in pganalyze’s settings, issue a new one and update where it is stored.' }, docs: 'https://pganalyze.com/docs/api' }),
];
