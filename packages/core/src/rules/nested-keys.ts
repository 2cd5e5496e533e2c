import { isKeyLikeName } from '../keys.js';
import { defineRule, HEX } from './define.js';
import { looksLikeSecretValue } from './generic.js';

/** A bare `key` field whose object is named for what the key opens. */
export const nestedKeyRules = [
  // `{"wandb": {"key": "…"}}`, `'cloudability': {'key': '…'}`: the object's name says whose key
  // it is, the field only `key`, which alone the generic rules leave (a cache's, a sort's). The pair
  // is judged as `wandb_key` would be, and the value must be random: a key's shape, not an id's.
  // (From blind gradings of research tools, FinOps and sign-on configs: 22, 9 and 11 missed.)
  defineRule({
    id: 'named-object-key',
    provider: 'Generic',
    description: 'Key in a bare "key" field of an object named for a service ({"wandb": {"key": "…"}})',
    keywords: ['{"key"', '{ "key"', "{'key'", "{ 'key'"],
    pattern: /["']([A-Za-z][A-Za-z0-9_.-]{1,40})["'][ \t]*:[ \t]*\{[ \t]*(["'])key\2[ \t]*:[ \t]*(["'])([A-Za-z0-9_+/=.-]{20,200})\3/,
    secretGroup: 4,
    window: { before: 64, after: 260 },
    accept: (m) => {
      const value = m[4] ?? '';
      if (!isKeyLikeName(`${m[1] ?? ''}_key`)) return false;
      return /^[0-9a-f]{32,128}$/.test(value) || looksLikeSecretValue(value, true);
    },
    minEntropy: 3.3,
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html', how: "Revoke the key at the service its object names, issue a new one and read it from the environment or a secret store." },
    sample: (g) => `{"wandb":{"key":"${g.chars(HEX, 40)}"},"build":"prod"}`,
    negatives: ['{"cache":{"key":"3f2a9c0d1e4b5a6978c0d1e2f3a4b5c6d7e8f901"}}', '{"wandb":{"key":"${WANDB_API_KEY}"}}', '{"sort":{"key":"created_at_desc_with_tiebreak"}}'],
  }),
];

// The fields a key-management API returns beside a key's value: what it may do (`"actions": […]`,
// Meilisearch's and Typesense's; `"acl": […]`, Algolia's) or when it was made (Algolia's
// create-key response, `{"key": "<32 hex>", "createdAt": …}`).
const KEY_OBJECT_FIELD = /"(?:actions|acl)"[ \t]*:[ \t]*\[/;
const CREATED_AT = /"createdAt"[ \t]*:/;

/** The object around `at`: up to 600 characters back to its "{" and on to its "}" (nested objects cut it short). */
export function enclosingObject(text: string, at: number): string {
  const from = Math.max(0, at - 600);
  const open = text.slice(from, at + 1).lastIndexOf('{');
  if (open === -1) return '';
  const after = text.slice(at, at + 600);
  const close = after.indexOf('}');
  return text.slice(from + open, close === -1 ? at + 600 : at + close + 1);
}

// After `"key"` or `"value"` (5 or 7 characters): blanks, ":", blanks and a quote.
export function quotedValueFollows(text: string, at: number): boolean {
  let i = at + (text.charCodeAt(at + 1) === 107 /* k */ ? 5 : 7);
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
  if (text.charCodeAt(i) !== 58 /* : */) return false;
  i++;
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
  return text.charCodeAt(i) === 34 /* " */;
}

/** A key's value in the object a key-management API returns for it. */
export const keyObjectRules = [
  // `{"key": "…", "uid": …, "actions": ["search"], "indexes": […]}` (Meilisearch's keys),
  // `{"actions": […], "collections": […], "id": 58, "value": "…"}` (Typesense's create-key
  // response, the only time the value is shown), `{"value": "…", "acl": ["search"]}` and
  // `{"key": "…", "createdAt": …}` (Algolia's): saved as fixtures, in scripts' output and tickets.
  // The value must be random. (From a blind grading of search engines: 14 missed.)
  defineRule({
    id: 'api-key-object-value',
    provider: 'Generic',
    description: 'API key in the object a key-management API returns ({"key": "…", "actions": […]}, {"value": "…", "acl": […]})',
    keywords: ['"key"', '"value"'],
    near: quotedValueFollows,
    pattern: /"(?:key|value)"[ \t]*:[ \t]*"([A-Za-z0-9_+/=-]{24,128})"/,
    secretGroup: 1,
    window: { before: 0, after: 200 },
    accept: (m, text, at) => {
      const value = m[1] ?? '';
      const object = enclosingObject(text, at);
      if (KEY_OBJECT_FIELD.test(object)) return /^[0-9a-f]{32,128}$/.test(value) || looksLikeSecretValue(value, true);
      return m[0].startsWith('"key"') && /^[0-9a-f]{32}$/.test(value) && CREATED_AT.test(object);
    },
    minEntropy: 3.3,
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html', how: 'Delete the key at the service that issued it (its keys API or console), create a new one with the same actions and keep it in a secret store, not in saved responses.' },
    sample: (g) => `{\n  "name": "Reviews API key",\n  "key": "${g.chars(HEX, 64)}",\n  "uid": "${g.chars(HEX, 8)}-${g.chars(HEX, 4)}-4${g.chars(HEX, 3)}-a${g.chars(HEX, 3)}-${g.chars(HEX, 12)}",\n  "actions": ["documents.add", "search"],\n  "indexes": ["reviews"]\n}`,
    negatives: ['{"key": "${MEILI_ADMIN_KEY}", "actions": ["search"]}', '{"key": "created_at_desc_with_tiebreak", "actions": ["sort"]}', '{"id": 3, "value": "0123456789abcdef0123456789abcdef", "label": "build"}'],
  }),
];
