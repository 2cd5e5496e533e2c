import { chars, defineRule, HEX, keyed, prefixed } from './define.js';

const rotate = { url: 'https://sourcegraph.com/user/settings/tokens', how: 'Revoke it in Sourcegraph’s settings, issue a new one and update where it is stored.' } as const;
const docs = 'https://sourcegraph.com/docs/cli/how-tos/creating_an_access_token';

/** Sourcegraph credentials. */
export const sourcegraphRules = [
  // Today's tokens carry the instance's 16-hex identifier; those made before it (Sourcegraph 4.4
  // to 5.1) are sgp_ and 40 hex. Hex in either case: gitleaks' own samples write it mixed.
  prefixed({
    id: 'sourcegraph-access-token',
    provider: 'Sourcegraph',
    description: 'Sourcegraph access token (sgp_<instance-id>_<40 hex>, or sgp_<40 hex> from before instance ids)',
    prefix: 'sgp_',
    body: '(?:[a-fA-F0-9]{16}_)?[a-fA-F0-9]{40}',
    sample: (g) => (g.int(0, 1) === 0 ? `${g.chars(HEX, 16)}_${g.chars(HEX, 40)}` : g.chars(HEX, 40)),
    rotate,
    docs,
  }),
  prefixed({ id: 'sourcegraph-local-access-token', provider: 'Sourcegraph', description: 'Sourcegraph self-hosted access token (sgp_local_)', prefix: 'sgp_local_', body: '[a-fA-F0-9]{40}', sample: chars(HEX, 40), rotate, docs }),
  // Tokens from before the sgp_ prefix are 40 hex: only under a Sourcegraph-named key (src-cli's
  // SRC_ACCESS_TOKEN), since 40 hex alone is a git commit.
  defineRule({
    id: 'sourcegraph-legacy-access-token',
    provider: 'Sourcegraph',
    description: 'Sourcegraph access token from before the sgp_ prefix (40 hex) under a Sourcegraph-named key',
    keywords: ['sourcegraph', 'src_access_token'],
    // A token's name: "sourcegraph_commit" holds a commit, not a token.
    pattern: keyed('sourcegraph[a-z0-9_.-]{0,16}token|src_access_token', '[a-f0-9]{40}'),
    minEntropy: 3,
    severity: 'high',
    rotate,
    docs,
    sample: chars(HEX, 40),
    sampleKey: 'SOURCEGRAPH_TOKEN',
    negatives: ['SRC_ACCESS_TOKEN=your_token_here', 'SRC_ACCESS_TOKEN=${SRC_ACCESS_TOKEN}', 'sourcegraph_commit: 0000000000000000000000000000000000000000'],
  }),
  prefixed({ id: 'sourcegraph-cody-gateway-key', provider: 'Sourcegraph', description: 'Sourcegraph Cody gateway / enterprise license key (slk_)', prefix: 'slk_', body: '[a-f0-9]{64}', sample: chars(HEX, 64), rotate: { url: 'https://sourcegraph.com/user/settings/tokens', how: 'Revoke it in Sourcegraph’s settings, issue a new one and update where it is stored.' }, docs: 'https://sourcegraph.com/docs/cody' }),
];
