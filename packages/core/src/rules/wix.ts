import { ALNUM, BASE64URL, defineRule } from './define.js';

/** Wix: API keys ("IST." and a JWT), which act for an account's sites with the key's permissions. */
export const wixRules = [
  // From a blind grading of design and website-builder platforms: the generic rules found them only
  // under a secret-named key.
  defineRule({
    id: 'wix-api-key',
    provider: 'Wix',
    description: 'Wix API key (IST. and a signed JWT)',
    keywords: ['ist.eyj'],
    pattern: /(?<![A-Za-z0-9_.-])(IST\.eyJ[A-Za-z0-9_-]{10,512}\.eyJ[A-Za-z0-9_-]{20,4096}\.[A-Za-z0-9_-]{20,1024})(?![A-Za-z0-9_.-])/,
    prefixes: ['IST.'],
    minEntropy: 3.5,
    severity: 'critical',
    rotate: { url: 'https://manage.wix.com/account/api-keys', how: 'API Keys Manager → delete the key, generate another with the permissions it needs and update where it is stored.' },
    docs: 'https://dev.wix.com/docs/go-headless/getting-started/setup/authentication/create-an-api-key',
    sample: (g) => `IST.eyJ${g.chars(ALNUM, 40)}.eyJ${g.chars(ALNUM, 160)}.${g.chars(BASE64URL, 342)}`,
    sampleKey: 'WIX_API_KEY',
    negatives: ['WIX_API_KEY=IST.your-api-key', 'IST.eyJhbGciOi...'],
  }),
];
