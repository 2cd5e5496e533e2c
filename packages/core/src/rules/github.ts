import { hasBase62Crc32 } from '../checksum.js';
import type { SampleGen } from '../types.js';
import { ALNUM, base62Checksummed, defineRule, gen, HEX, keyed, token } from './define.js';

const rotate = {
  url: 'https://github.com/settings/tokens',
  how: 'Settings → Developer settings → delete or regenerate the token; review the security log.',
} as const;
const docs = 'https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/';

function classic(prefix: string, kind: string, id: string, longer?: number) {
  return defineRule({
    id,
    provider: 'GitHub',
    description: `GitHub ${kind} (${prefix})`,
    keywords: [prefix],
    pattern: token(longer === undefined ? `${prefix}[A-Za-z0-9]{36}` : `${prefix}(?:[A-Za-z0-9]{${longer}}|[A-Za-z0-9]{36})`),
    prefixes: [prefix],
    minEntropy: 2.5,
    // The CRC-32 tail is the 36-character shape's; a longer one is judged by its shape alone.
    validate: (secret) => secret.length !== prefix.length + 36 || hasBase62Crc32(secret, prefix.length),
    severity: 'critical',
    rotate,
    docs,
    sample: (g: SampleGen) => base62Checksummed(prefix, g),
    negatives: [`${prefix}xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`, `${prefix}your_token_here`, `${prefix}1234`],
  });
}

/** GitHub tokens, all carrying a CRC-32 checksum in their last six characters. */
export const githubRules = [
  classic('ghp_', 'personal access token (classic)', 'github-pat-classic'),
  classic('gho_', 'OAuth access token', 'github-oauth-token'),
  classic('ghu_', 'user-to-server token', 'github-user-to-server-token'),
  classic('ghs_', 'server-to-server token', 'github-server-to-server-token'),
  // A user-to-server refresh token may have 76 characters after ghr_ (no CRC of the classic kind in that length).
  classic('ghr_', 'refresh token', 'github-refresh-token', 76),
  defineRule({
    id: 'github-installation-token-jwt',
    provider: 'GitHub',
    description: 'GitHub App installation token in the longer format (ghs_<app id>_<JWT>)',
    keywords: ['ghs_'],
    // Three base64url segments separated by dots: no segment can take another's characters, so
    // the match is linear.
    pattern: token('ghs_[0-9]{1,12}_eyJ[A-Za-z0-9_-]{8,2000}\\.eyJ[A-Za-z0-9_-]{8,4000}\\.[A-Za-z0-9_-]{20,2000}'),
    prefixes: ['ghs_'],
    minEntropy: 3.5,
    severity: 'critical',
    rotate,
    docs: 'https://github.com/orgs/community/discussions/36441',
    sample: (g: SampleGen) => `ghs_${g.chars('0123456789', 7)}_eyJ${g.chars(ALNUM, 33)}.eyJ${g.chars(ALNUM, 120)}.${g.chars(ALNUM, 43)}`,
    negatives: ['ghs_12345_eyJhbGciOi.eyJ...', 'ghs_your_installation_token'],
  }),
  defineRule({
    id: 'github-fine-grained-pat',
    provider: 'GitHub',
    description: 'GitHub fine-grained personal access token (github_pat_)',
    keywords: ['github_pat_'],
    pattern: token(`github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}`),
    prefixes: ['github_pat_'],
    minEntropy: 3.5,
    severity: 'critical',
    rotate,
    docs: 'https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens',
    sample: gen('github_pat_', [ALNUM, 22], '_', [ALNUM, 59]),
    negatives: ['github_pat_your_fine_grained_token', 'github_pat_xxxxxxxxxxxxxxxxxxxxxx_xxxx'],
  }),
  defineRule({
    id: 'github-app-client-secret',
    provider: 'GitHub',
    description: 'GitHub App / OAuth App client secret under a GitHub-named key',
    keywords: ['github'],
    pattern: keyed(`github[a-z0-9_.-]{0,16}?client[_.-]?secret`, `[a-f0-9]{40}`),
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://github.com/settings/developers', how: 'Developer settings → the app → Generate a new client secret, then delete the old one.' },
    sample: gen([HEX, 40]),
    sampleKey: 'GITHUB_CLIENT_SECRET',
    negatives: ['GITHUB_CLIENT_SECRET=changeme', 'githubClientSecret: env.GITHUB_CLIENT_SECRET'],
  }),
];
