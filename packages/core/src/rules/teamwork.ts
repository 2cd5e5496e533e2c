import { ALNUM, gen, prefixed } from './define.js';

/** Teamwork credentials. */
export const teamworkRules = [
  prefixed({ id: 'teamwork-api-token', provider: 'Teamwork', description: 'Teamwork (Desk/CRM/Spaces) API token (tkn.v1_)', prefix: 'tkn.v1_', body: '[A-Za-z0-9]{71}=', sample: gen([ALNUM, 71], '='), rotate: { url: 'https://www.teamwork.com/', how: 'Revoke it in Teamwork’s settings, issue a new one and update where it is stored.' }, docs: 'https://apidocs.teamwork.com/guides/teamwork/authentication' }),
];
