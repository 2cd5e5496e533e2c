import { defineRule, HEX } from './define.js';

/** Tenable (Nessus) credentials. */
export const tenableRules = [
  // A Nessus Agent joins its manager with a linking key (64 hex digits) given on the command line:
  // `nessuscli agent link --key=… --host=… --port=8834`, in install scripts, Ansible tasks and
  // images. (From a blind grading of security operations: 3 of 4 missed.)
  defineRule({
    id: 'nessus-agent-linking-key',
    provider: 'Tenable',
    description: 'Nessus Agent linking key (64 hex digits) given to nessuscli agent link --key',
    keywords: ['nessuscli'],
    pattern: /(?<![A-Za-z0-9_-])nessuscli(?:\.exe)?[ \t]{1,4}agent[ \t]{1,4}link\b[^\n]{0,300}?[ \t]--key(?:=|[ \t]{1,4})["']?([0-9a-f]{64})(?![A-Za-z0-9])/,
    window: { before: 8, after: 420 },
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://docs.tenable.com/nessus/Content/LinkAnAgentToNessusManager.htm', how: 'Regenerate the linking key in Nessus Manager or Tenable Vulnerability Management (Sensors → Linked Agents), and pass it from a secret store at install time.' },
    docs: 'https://docs.tenable.com/nessus-agent/Content/NessusCLIAgent.htm',
    sample: (g) => `/opt/nessus_agent/sbin/nessuscli agent link --key=${g.chars(HEX, 64)} --groups="Servers" --host=nessus.example.org --port=8834`,
    sampleIsBlock: true,
    negatives: ['/opt/nessus_agent/sbin/nessuscli agent link --key=$NESSUS_KEY --host=nessus.example.org --port=8834', 'nessuscli agent link --key=<linking-key> --host=cloud.tenable.com --port=443'],
  }),
];
