import { defineRule } from './define.js';

const KEY_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

/** IBM Instana: the agent key. */
export const instanaRules = [
  // The agent key (22 characters) authenticates agents to the backend and downloads the agent:
  // the Helm chart's `agent: key:`, the operator's `agent.key`, INSTANA_AGENT_KEY, the
  // installer's `-a`. Under a bare `key` only with Instana named nearby.
  defineRule({
    id: 'instana-agent-key',
    provider: 'Instana',
    description: 'Instana agent key (22 characters) under key / agentKey / INSTANA_AGENT_KEY / downloadKey with Instana named nearby',
    keywords: ['instana'],
    window: { before: 600, after: 600 },
    span: 'near',
    pattern: /(?<![A-Za-z0-9_.-])["']?(?:instana[_.-]?agent[_.-]?key|agent[_.-]?key|download[_.-]?key|key)["']?[ \t]{0,4}[:=][ \t]{0,4}["']?([A-Za-z0-9_-]{22})["']?(?![A-Za-z0-9_-])/i,
    secretGroup: 1,
    accept: (m) => /[0-9]/.test(m[1] ?? '') && /[A-Z]/.test(m[1] ?? '') && /[a-z]/.test(m[1] ?? ''),
    minEntropy: 3.2,
    severity: 'high',
    rotate: { url: 'https://www.ibm.com/docs/en/instana-observability/current?topic=agents-managing-agent-keys', how: 'Settings → Agent keys: create a new key, roll the agents over to it, then revoke the old one.' },
    docs: 'https://www.ibm.com/docs/en/instana-observability/current?topic=requirements-installing-host-agent-kubernetes',
    sample: (g) => `# instana-agent Helm values\nagent:\n  key: ${g.chars(KEY_ALPHABET, 10)}7Q${g.chars(KEY_ALPHABET, 8)}x2\n  endpointHost: ingress-red-saas.instana.io\n`,
    negatives: ['# instana-agent Helm values\nagent:\n  key: ${INSTANA_AGENT_KEY}\n', '# instana-agent Helm values\nagent:\n  key: your_agent_key_here_xx\n'],
  }),
];
