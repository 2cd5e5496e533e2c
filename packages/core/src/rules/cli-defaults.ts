import { ALNUM, defineRule } from './define.js';
import { isUsablePassword, looksLikeSecretValue } from './generic.js';

/**
 * A command-line option's default that is the secret itself: Python's argparse
 * `add_argument("--password", default="…")` and click's `@click.option("--api-key", default="…")`.
 * The flag names the secret; its default ships in the script. From a blind grading of
 * connected-car tools: 13 of 13 such Easee passwords missed.
 */
export const cliDefaultRules = [
  defineRule({
    id: 'cli-option-default-secret',
    provider: 'Source code',
    description: 'Secret as the default of a command-line option named for it (argparse add_argument("--password", default="…"), click.option)',
    keywords: ['add_argument(', '.option('],
    pattern: /(?:add_argument|\.option)\([ \t]{0,4}["']-{1,2}[A-Za-z0-9-]{0,30}(?:password|passwd|pass|pwd|secret|token|api-?key|apikey)[A-Za-z0-9-]{0,20}["'](?:[^()\r\n]|\([^()\r\n]{0,40}\)){0,200}?(?<![A-Za-z0-9_])default[ \t]{0,4}=[ \t]{0,4}(["'])([^"'\r\n]{6,128})\1/,
    secretGroup: 2,
    accept: (m) => isUsablePassword(m[2] ?? '') || looksLikeSecretValue(m[2] ?? '', false),
    window: { before: 4, after: 400 },
    punctuated: true,
    severity: 'high',
    rotate: { url: 'https://docs.python.org/3/library/argparse.html#default', how: 'Change the secret, and let the option default to the environment (default=os.environ.get("…")) or have no default.' },
    docs: 'https://docs.python.org/3/library/argparse.html#default',
    sample: (g) => `p.add_argument("--password", default="${g.chars(ALNUM, 6)}+${g.chars(ALNUM, 5)}%W!${g.chars(ALNUM, 3)}")`,
    sampleIsBlock: true,
    negatives: ['p.add_argument("--password", default=os.environ.get("EASEE_PASSWORD"))', 'p.add_argument("--password", default="")', 'p.add_argument("--token-file", default="~/.config/app/token.json")', 'p.add_argument("--password", default="changeme")'],
  }),
];
