import { defineRule } from './define.js';

const ALPHABET = './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** JSONBin.io: master and access keys, which read and write an account's bins. */
export const jsonbinRules = [
  // The keys look like bcrypt hashes (`$2b$10$` and 53 characters), so a hash's shape alone is no
  // sign of one: only where JSONBin is named or its headers carry it (a Tokens Studio sync
  // setting, `X-Master-Key`). From a blind grading of design tools: 59 of 60 missed.
  defineRule({
    id: 'jsonbin-api-key',
    provider: 'JSONBin',
    description: 'JSONBin.io master or access key ($2a$/$2b$ and 53 characters) with JSONBin or its X-Master-Key/X-Access-Key header nearby',
    keywords: ['$2a$10$', '$2b$10$'],
    pattern: /(?<![A-Za-z0-9./$])(\$2[ab]\$10\$[./A-Za-z0-9]{53})(?![./A-Za-z0-9])/,
    context: ['jsonbin', 'x-master-key', 'x-access-key', 'master_key', 'master-key', 'masterkey'],
    minEntropy: 3.5,
    severity: 'high',
    rotate: { url: 'https://jsonbin.io/app/app/api-keys', how: 'API Keys → regenerate the master key (or delete the access key) and update where it is stored.' },
    docs: 'https://jsonbin.io/api-reference/bins/update',
    sample: (g) => `$2b$10$${g.chars(ALPHABET, 53)}`,
    sampleKey: 'JSONBIN_MASTER_KEY',
    negatives: ['JSONBIN_MASTER_KEY=$2b$10$<your-master-key>', 'JSONBIN_MASTER_KEY=${JSONBIN_MASTER_KEY}'],
  }),
];
