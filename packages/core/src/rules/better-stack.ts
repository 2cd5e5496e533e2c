import { ALNUM, defineRule } from './define.js';

/** Better Stack (formerly Logtail): log source tokens. */
export const betterStackRules = [
  // The client takes the source token as its first argument: `new Logtail("…")` (@logtail/node,
  // @logtail/browser, logtail-python's LogtailHandler(source_token=…) is a named argument the
  // generic rules read).
  defineRule({
    id: 'better-stack-source-token',
    provider: 'Better Stack',
    description: 'Better Stack (Logtail) source token passed to new Logtail(…)',
    keywords: ['logtail('],
    pattern: /(?<![A-Za-z0-9_])(?:new[ \t]+)?Logtail\([ \t]*(["'`])([A-Za-z0-9]{20,40})\1/,
    secretGroup: 2,
    window: { before: 8, after: 80 },
    minEntropy: 3.2,
    severity: 'high',
    rotate: { url: 'https://telemetry.betterstack.com/', how: 'Sources → the source → Regenerate token, then update the applications that ship logs to it.' },
    docs: 'https://betterstack.com/docs/logs/javascript/',
    sample: (g) => `const logtail = new Logtail("${g.chars(ALNUM, 24)}");`,
    negatives: ['const logtail = new Logtail(process.env.LOGTAIL_SOURCE_TOKEN);', 'new Logtail("YOUR_SOURCE_TOKEN")'],
  }),
];
