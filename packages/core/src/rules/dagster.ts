import { defineRule } from './define.js';

/** Dagster+ (Dagster Cloud) credentials. */
export const dagsterRules = [
  // Agent tokens (`agent:<organization>:<32 hex>`), which an agent uses to serve a deployment; from
  // a blind grading of data-engineering configs (dagster.yaml `agent_token`, Helm values, .env).
  defineRule({
    id: 'dagster-agent-token',
    provider: 'Dagster',
    description: 'Dagster+ agent token (agent:<organization>:<32 hex>)',
    keywords: ['agent:'],
    pattern: /(?<![A-Za-z0-9_-])agent:([a-z0-9][a-z0-9-]{0,62}:[0-9a-f]{32})(?![0-9a-fA-F])/,
    window: { before: 8, after: 140 },
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://docs.dagster.io/dagster-plus/deployment/management/tokens/agent-tokens', how: 'Organization settings → Tokens → revoke the agent token, create a new one and update the agent (DAGSTER_CLOUD_AGENT_TOKEN or the Helm secret).' },
    docs: 'https://docs.dagster.io/dagster-plus/deployment/management/tokens/agent-tokens',
    sample: (g) => `dagster_cloud_api:\n  agent_token: agent:${g.pick(['acme', 'initech', 'hooli'])}:${g.chars('0123456789abcdef', 32)}\n`,
    negatives: ['agent_token: agent:acme:<token>', 'agent_token:\n  env: DAGSTER_CLOUD_AGENT_TOKEN', 'user-agent: curl/8.5.0'],
  }),
  // User tokens (`user:<32 hex>`), given to the CLI (`dagster-cloud config setup --api-token user:…`),
  // in the Dagster-Cloud-Api-Token header or under DAGSTER_CLOUD_API_TOKEN, with Dagster named nearby
  // (`user:` alone starts too much). From a blind grading of workflow schedulers: 11 of 19 missed.
  defineRule({
    id: 'dagster-user-token',
    provider: 'Dagster',
    description: 'Dagster+ user token (user:<32 hex>) with Dagster named nearby',
    keywords: ['dagster'],
    pattern: /(?<![A-Za-z0-9_-])(user:[0-9a-f]{32})(?![0-9a-fA-F])/,
    span: 'near',
    window: { before: 400, after: 400 },
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://docs.dagster.io/dagster-plus/deployment/management/tokens/user-tokens', how: 'Organization settings → Tokens → revoke the user token, create a new one and update where it is stored.' },
    docs: 'https://docs.dagster.io/dagster-plus/deployment/management/tokens/user-tokens',
    sample: (g) => `dagster-cloud config setup --organization acme --deployment prod --api-token user:${g.chars('0123456789abcdef', 32)}`,
    sampleIsBlock: true,
    negatives: ['dagster-cloud config setup --api-token user:xxxxxxxx', 'DAGSTER_CLOUD_API_TOKEN=user:<token>'],
  }),
];
