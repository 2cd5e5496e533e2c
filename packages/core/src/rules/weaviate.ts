import { ALNUM, defineRule } from './define.js';
import { looksLikeSecretValue } from './generic.js';

/** Weaviate (vector database) API keys. */
export const weaviateRules = [
  // The keys a Weaviate server accepts: `AUTHENTICATION_APIKEY_ALLOWED_KEYS: 'k1,k2'` in a compose
  // file, or `allowed_keys:` with a YAML list under `apikey:` in the Helm chart's values. Each item
  // is reported. (From a blind grading of search engines: the second and later keys of a list, and
  // every key of a YAML list, were missed.)
  defineRule({
    id: 'weaviate-allowed-key',
    provider: 'Weaviate',
    description: 'Weaviate API key in its allowed keys (AUTHENTICATION_APIKEY_ALLOWED_KEYS, allowed_keys: - …)',
    keywords: ['allowed_keys'],
    pattern: /(?<=ALLOWED_KEYS["']?[ \t]{0,4}[:=][ \t]{0,4}["']?(?:[A-Za-z0-9_+/=.-]{8,128},){0,16}|allowed_keys:[ \t]*\r?\n(?:[ \t]{0,16}-[ \t]{1,4}["']?[A-Za-z0-9_+/=.-]{8,128}["']?[ \t]*\r?\n){0,16}[ \t]{0,16}-[ \t]{1,4}["']?)([A-Za-z0-9_+/=.-]{16,128})(?![A-Za-z0-9_+/=.-])/,
    secretGroup: 1,
    span: 'block',
    window: { before: 0, after: 2400 },
    accept: (m) => looksLikeSecretValue(m[1] ?? '', true),
    minEntropy: 3,
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://docs.weaviate.io/deploy/configuration/authentication', how: 'Remove the key from the allowed keys, restart Weaviate with a new key and give it to the clients from a secret store.' },
    docs: 'https://docs.weaviate.io/deploy/configuration/authentication#api-key-authentication',
    sample: (g) => `services:\n  weaviate:\n    environment:\n      AUTHENTICATION_APIKEY_ENABLED: 'true'\n      AUTHENTICATION_APIKEY_ALLOWED_KEYS: '${g.chars(ALNUM, 36)},${g.chars(ALNUM, 36)}'\n      AUTHENTICATION_APIKEY_USERS: 'admin@example.com,reader@example.com'\n`,
    negatives: ["AUTHENTICATION_APIKEY_ALLOWED_KEYS: 'jane-secret-key,ian-secret-key'", 'AUTHENTICATION_APIKEY_ALLOWED_KEYS: ${WEAVIATE_API_KEYS}', "allowed_keys = ['name', 'email', 'created_at']"],
  }),
];
