import { ALNUM, defineRule, gen, keyed } from './define.js';

/** Tableau credentials. */
export const tableauRules = [
  defineRule({
    id: 'tableau-personal-access-token',
    provider: 'Tableau',
    description: 'Tableau personal access token secret (<22 b64>==:<32 alnum>) under a Tableau-named key',
    keywords: ['tableau'],
    pattern: keyed('tableau', '[A-Za-z0-9+/]{22}==:[A-Za-z0-9]{32}'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://help.tableau.com/current/online/en-us/security_personal_access_tokens.htm', how: 'Revoke it in Tableau’s settings, issue a new one and update where it is stored.' },
    docs: 'https://help.tableau.com/current/server/en-us/security_personal_access_tokens.htm',
    sample: gen(['+/0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 22], '==:', [ALNUM, 32]),
    sampleKey: 'TABLEAU_TOKEN',
    negatives: ['TABLEAU_TOKEN=your_token_here', 'TABLEAU_TOKEN=${TABLEAU_TOKEN}'],
  }),
];
