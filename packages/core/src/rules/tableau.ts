import { ALNUM, defineRule, gen, token, uuidSample } from './define.js';

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
  // The REST API's session token as a request carries it (`X-Tableau-Auth: …`), in a runbook, a
  // script or a recorded request: it acts as the signed-in user until it expires. From a blind
  // grading of BI and office documents: 13 missed in prose and code.
  defineRule({
    id: 'tableau-session-token',
    provider: 'Tableau',
    description: 'Tableau REST API session token in an X-Tableau-Auth header',
    keywords: ['x-tableau-auth'],
    pattern: /(?<![A-Za-z0-9_-])X-Tableau-Auth["']?[ \t]{0,4}(?:[:=,]|=>)[ \t]{0,4}["']?([A-Za-z0-9_-]{16,128}(?:\|[A-Za-z0-9_-]{16,128}){1,3})(?![A-Za-z0-9_|-])/i,
    minEntropy: 3.5,
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://help.tableau.com/current/api/rest_api/en-us/REST/rest_api_ref_authentication.htm', how: 'Sign the session out (POST /auth/signout) and take the token from the sign-in response at run time instead of writing it down.' },
    docs: 'https://help.tableau.com/current/api/rest_api/en-us/REST/rest_api_concepts_auth.htm',
    sample: (g) => `curl -H "X-Tableau-Auth: ${g.chars(ALNUM, 22)}|${g.chars(ALNUM, 32)}|${uuidSample(g)}" https://tableau.example.test/api/3.22/sites`,
    sampleIsBlock: true,
    negatives: ['curl -H "X-Tableau-Auth: $TOKEN" https://tableau.example.test/api/3.22/sites', "headers = {'X-Tableau-Auth': token}"],
  }),
];
