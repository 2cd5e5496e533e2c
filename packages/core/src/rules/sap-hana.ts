import { ALNUM, defineRule } from './define.js';
import { isSlotSecret } from './generic.js';

/** SAP HANA credentials. */
export const sapHanaRules = [
  // `hdbuserstore SET <key> <host:port> <user> <password>` stores a logon; on a command line or in
  // a script the password is in the text.
  defineRule({
    id: 'sap-hdbuserstore-password',
    provider: 'SAP',
    description: 'Password given to SAP HANA hdbuserstore SET <key> <host:port> <user> <password>',
    keywords: ['hdbuserstore'],
    pattern: /(?<![A-Za-z0-9_.-])hdbuserstore(?:[ \t]{1,4}-[A-Za-z]{1,2}(?:[ \t]{1,4}[^\s-][^\s]{0,64})?){0,3}[ \t]{1,4}SET[ \t]{1,4}[^\s]{1,64}[ \t]{1,4}[^\s]{1,260}[ \t]{1,4}[^\s]{1,64}[ \t]{1,4}(["']?)([^\s"'`$]{4,128})\1(?=[\s;|&"'`)]|$)/i,
    secretGroup: 2,
    window: { before: 8, after: 560 },
    accept: (m) => isSlotSecret(m[2] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://help.sap.com/docs/SAP_HANA_PLATFORM/b3ee5778bc2e4a089d3299b82ec762a7/ddbdd66b632d4fe7b3c2e0e6e341e222.html', how: "Change the database user's password and set the key again from a prompt, not the command line." },
    docs: 'https://help.sap.com/docs/SAP_HANA_PLATFORM/b3ee5778bc2e4a089d3299b82ec762a7/ddbdd66b632d4fe7b3c2e0e6e341e222.html',
    sample: (g) => `hdbuserstore SET INTKEY hana-prd:30015 INT_USER '${g.chars(ALNUM, 10)}#${g.chars(ALNUM, 4)}'`,
    negatives: ['hdbuserstore SET INTKEY hana-prd:30015 INT_USER', 'hdbuserstore SET INTKEY hana-prd:30015 INT_USER "$HANA_PASSWORD"', 'hdbuserstore LIST'],
  }),
];
