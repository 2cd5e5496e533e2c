import { defineRule } from './define.js';

/** Cisco AppDynamics: the controller account's access key. */
export const appdynamicsRules = [
  // Agents authenticate to the controller with the account name and its access key (12 lower-case
  // letters and digits on SaaS): controller-info.xml's <account-access-key>, the environment's
  // APPDYNAMICS_AGENT_ACCOUNT_ACCESS_KEY, a cluster agent secret's `controller-key`.
  defineRule({
    id: 'appdynamics-account-access-key',
    provider: 'AppDynamics',
    description: "AppDynamics account access key (12 characters) in an agent's controller settings",
    keywords: ['account-access-key', 'account_access_key', 'accountaccesskey', 'controller-key', 'controller_key', 'controllerkey'],
    pattern: /(?:account[-_.]?access[-_.]?key|controller[-_.]?key)(?:>|["']?[ \t]{0,4}[:=][ \t]{0,4}["']?)([a-z0-9]{12})(?![A-Za-z0-9_-])/i,
    secretGroup: 1,
    window: { before: 64, after: 64 },
    accept: (m) => /[0-9]/.test(m[1] ?? '') && /[a-z]/.test(m[1] ?? ''),
    minEntropy: 2.8,
    severity: 'high',
    rotate: { url: 'https://docs.appdynamics.com/appd/24.x/latest/en/cisco-appdynamics-essentials/getting-started/account-management/view-your-account-details', how: 'Rotate the account access key (License Rules or the account settings) and update the agents that use it.' },
    docs: 'https://docs.appdynamics.com/appd/24.x/latest/en/application-monitoring/install-app-server-agents/java-agent/administer-the-java-agent/java-agent-configuration-properties',
    sample: (g) => `<controller-info>\n  <account-name>acme</account-name>\n  <account-access-key>${g.chars('abcdefghijklmnopqrstuvwxyz', 6)}4${g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 5)}</account-access-key>\n</controller-info>`,
    negatives: ['<account-access-key></account-access-key>', 'APPDYNAMICS_AGENT_ACCOUNT_ACCESS_KEY=${APPD_KEY}', '<account-access-key>abcdefghijkl</account-access-key>'],
  }),
];
