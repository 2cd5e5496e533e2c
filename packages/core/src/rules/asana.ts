import { chars, defineRule, DIGITS, gen, HEX, keyed, LOWER_ALNUM } from './define.js';

/** Asana credentials. */
export const asanaRules = [
  defineRule({
    id: 'asana-personal-access-token',
    provider: 'Asana',
    description: 'Asana personal access token (<v>/<user gid>/<token gid>:<secret>, or the older <v>/<gid>:<secret>) with "asana" nearby or as a Bearer credential',
    // The digits-slash-colon shape is Asana's own; "asana" within a few lines (a key name, a log
    // line, a Jenkins credential id) is enough, as TruffleHog's detector takes it. So is the
    // Bearer scheme right before it (a curl line in a CI log): no other bearer token has the shape.
    keywords: ['asana', 'bearer 1/', 'bearer 2/'],
    window: { before: 256, after: 256 },
    // Over line ends both ways: the name often stands on a line of its own (a log line, a comment).
    span: 'near',
    pattern: /(?<![A-Za-z0-9/])([0-9]{1,4}\/[0-9]{16,20}(?:\/[0-9]{16,20})?:[A-Za-z0-9]{32,128})(?![A-Za-z0-9])/,
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://app.asana.com/0/my-apps', how: 'Revoke it in Asana’s settings, issue a new one and update where it is stored.' },
    docs: 'https://developers.asana.com/docs/personal-access-token',
    sample: gen([DIGITS, 2], '/', [DIGITS, 16], '/', [DIGITS, 16], ':', [HEX, 32]),
    sampleKey: 'ASANA_TOKEN',
    negatives: ['ASANA_TOKEN=your_token_here', 'ASANA_TOKEN=${ASANA_TOKEN}', 'asana task 1/1208446129837465: see the board'],
  }),
  defineRule({
    id: 'asana-client-secret',
    provider: 'Asana',
    description: 'Asana OAuth client secret (32 alnum) under a Asana-named key',
    keywords: ['asana'],
    pattern: keyed('asana', '[a-z0-9]{32}'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://app.asana.com/0/my-apps', how: 'Revoke it in Asana’s settings, issue a new one and update where it is stored.' },
    docs: 'https://developers.asana.com/docs/oauth',
    sample: chars(LOWER_ALNUM, 32),
    sampleKey: 'ASANA_SECRET',
    negatives: ['ASANA_SECRET=your_secret_here', 'ASANA_SECRET=${ASANA_SECRET}'],
  }),
];
