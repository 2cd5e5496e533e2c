import { ALNUM, chars, prefixed } from './define.js';

/** Deno credentials. */
export const denoRules = [
  prefixed({ id: 'deno-deploy-personal-token', provider: 'Deno', description: 'Deno Deploy personal access token (ddp_)', prefix: 'ddp_', body: '[A-Za-z0-9]{36}', sample: chars(ALNUM, 36), rotate: { url: 'https://dash.deno.com/account#access-tokens', how: 'Revoke it in Deno’s settings, issue a new one and update where it is stored.' }, docs: 'https://docs.deno.com/deploy/manual/api/' }),
  prefixed({ id: 'deno-deploy-org-token', provider: 'Deno', description: 'Deno Deploy organization/workspace token (ddw_)', prefix: 'ddw_', body: '[A-Za-z0-9]{36}', sample: chars(ALNUM, 36), rotate: { url: 'https://dash.deno.com/', how: 'Revoke it in Deno’s settings, issue a new one and update where it is stored.' }, docs: 'https://docs.deno.com/deploy/manual/api/' }),
];
