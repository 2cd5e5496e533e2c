import { ALNUM, defineRule, gen, token } from './define.js';

/** Tableau credentials. */
export const tableauRules = [
  defineRule({
    id: 'tableau-personal-access-token',
    provider: 'Tableau',
    description: 'Tableau personal access token secret (<22 b64>==:<32 alnum>), surer with "tableau" nearby',
    // The shape stands out on its own (16 base64-encoded bytes, "==:", 32 alphanumerics): found
    // wherever it is, not only under a Tableau-named key (the name and server URL are often on
    // other lines).
    keywords: ['==:'],
    pattern: token('[A-Za-z0-9+/]{22}==:[A-Za-z0-9]{32}', { left: 'A-Za-z0-9+/', right: 'A-Za-z0-9' }),
    // A random 32-character alphanumeric tail has both cases; an IV:ciphertext pair in hex has not.
    accept: (m) => {
      const tail = m[1]?.slice(25) ?? '';
      return /[A-Z]/.test(tail) && /[a-z]/.test(tail);
    },
    context: ['tableau'],
    contextConfidence: 'medium',
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://help.tableau.com/current/online/en-us/security_personal_access_tokens.htm', how: 'Revoke it in Tableau’s settings, issue a new one and update where it is stored.' },
    docs: 'https://help.tableau.com/current/server/en-us/security_personal_access_tokens.htm',
    sample: gen(['+/0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 22], '==:', [ALNUM, 32]),
    sampleKey: 'TABLEAU_TOKEN',
    negatives: ['TABLEAU_TOKEN=your_token_here', 'TABLEAU_TOKEN=${TABLEAU_TOKEN}'],
  }),
];
