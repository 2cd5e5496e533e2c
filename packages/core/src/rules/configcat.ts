import { defineRule, prefixed } from './define.js';

const KEY_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** ConfigCat (feature flags) credentials. */
export const configcatRules = [
  // SDK keys: `configcat-sdk-1/` and two 22-character parts (since 2024), or the two parts alone
  // (older keys); ConfigCat's proxy and its SDKs take them. (From a blind grading of feature-flag
  // SDKs: 8 of 8 in client calls missed.)
  prefixed({
    id: 'configcat-sdk-key',
    provider: 'ConfigCat',
    description: 'ConfigCat SDK key (configcat-sdk-1/ and two 22-character parts)',
    prefix: 'configcat-sdk-1/',
    body: '[A-Za-z0-9_-]{22}/[A-Za-z0-9_-]{22}',
    right: 'A-Za-z0-9_/-',
    minEntropy: 3.5,
    severity: 'medium',
    sample: (g) => `${g.chars(KEY_CHARS, 22)}/${g.chars(KEY_CHARS, 22)}`,
    rotate: { url: 'https://app.configcat.com/sdkkey', how: 'SDK keys: add a secondary key, move the SDKs to it, then delete the leaked one.' },
    docs: 'https://configcat.com/docs/api/reference/sdk-keys',
    negatives: ['CONFIGCAT_SDK_KEY=configcat-sdk-1/YOUR-SDK-KEY', 'configcat-sdk-1/XXXXXXXXXXXXXXXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXX'],
  }),
  defineRule({
    id: 'configcat-sdk-key-legacy',
    provider: 'ConfigCat',
    description: 'ConfigCat SDK key of the older form (two 22-character parts) with ConfigCat named nearby',
    keywords: ['configcat'],
    pattern: /(?<![A-Za-z0-9_/.-])([A-Za-z0-9_-]{22}\/[A-Za-z0-9_-]{22})(?![A-Za-z0-9_/.-])/,
    secretGroup: 1,
    span: 'near',
    window: { before: 400, after: 400 },
    minEntropy: 3.5,
    accept: (m) => /[0-9]/.test(m[1] ?? '') && /[A-Z]/.test(m[1] ?? '') && /[a-z]/.test(m[1] ?? ''),
    severity: 'medium',
    confidence: 'medium',
    rotate: { url: 'https://app.configcat.com/sdkkey', how: 'SDK keys: add a secondary key, move the SDKs to it, then delete the leaked one.' },
    docs: 'https://configcat.com/docs/api/reference/sdk-keys',
    sample: (g) => `import configcatclient\nclient = configcatclient.get('${g.chars(KEY_CHARS, 21)}7/${g.chars(KEY_CHARS, 21)}Q')`,
    sampleIsBlock: true,
    negatives: ["import configcatclient\nclient = configcatclient.get(os.environ['CONFIGCAT_SDK_KEY'])", 'configcat docs: see https://configcat.com/docs/sdk-reference/overview/index.html'],
  }),
];
