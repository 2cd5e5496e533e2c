import { hasBase62Crc32 } from '../checksum.js';
import { base62Checksummed, defineRule } from './define.js';

/** npm credentials. */
export const npmRules = [
  defineRule({
    id: 'npm-access-token',
    provider: 'npm',
    description: 'npm access token (npm_)',
    keywords: ['npm_'],
    pattern: /(?<![A-Za-z0-9_])(npm_[A-Za-z0-9]{36})(?![A-Za-z0-9_])/,
    prefixes: ['npm_'],
    minEntropy: 2.5,
    validate: (secret) => hasBase62Crc32(secret, 4),
    severity: 'critical',
    rotate: { url: 'https://www.npmjs.com/settings/~/tokens', how: 'npmjs.com → Access Tokens → delete the token; check recent publishes.' },
    docs: 'https://github.blog/2021-09-23-announcing-npms-new-access-token-format/',
    sample: (g) => base62Checksummed('npm_', g),
    negatives: ['npm_your_token_here', 'npm_config_registry', 'npm_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX'],
  }),
];
