import { isKeyLikeName, isPasswordKeyName, isSecretKeyName } from '../keys.js';
import { shannonEntropy } from '../entropy.js';
import { defineRule, HEX, lineStartWithin } from './define.js';
import { isPasswordValue, looksLikeSecretValue } from './generic.js';

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
    keywords: ['{"key"', '{ "key"', "{'key'", "{ 'key'", ', "key"', ",'key'", ", 'key'", ',"key"', ', "sec"', ', "secret"', ', "pwd"'],
    // (Or after other fields of the object, `"hunter": {"url": "…", "key": "…"}`, `"tmx": {"org": "…", "key": …}`:
    // from blind gradings of insurance and threat-intelligence tooling, 23 missed.)
    pattern: /["']([A-Za-z][A-Za-z0-9_.-]{1,40})["'][ \t]*:[ \t]*\{(?:[ \t]*["'][A-Za-z_][A-Za-z0-9_]{0,31}["'][ \t]*:[ \t]*(?:["'][^"'{}\n]{0,300}["']|[0-9.]{1,20}|true|false|null)[ \t]*,){0,6}[ \t]*(["'])(?:key|sec|secret|pwd)\2[ \t]*:[ \t]*(["'])([A-Za-z0-9_+/=.-]{16,200})\3/,
    secretGroup: 4,
    window: { before: 700, after: 260 },
    accept: (m) => {
      const value = m[4] ?? '';
      if (!isKeyLikeName(`${m[1] ?? ''}_key`)) return false;
      // Sixteen lower-case letters and digits, both in it (ThreatMetrix's API key), or a key's length.
      if (/^(?=[a-z]*[0-9])(?=[0-9]*[a-z])[a-z0-9]{16,19}$/.test(value)) return shannonEntropy(value) >= 3.2;
      return value.length >= 20 && (/^[0-9a-f]{32,128}$/.test(value) || looksLikeSecretValue(value, true));
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
    pattern: /^[ \t]{0,16}(?:\[([A-Za-z][A-Za-z0-9_.-]{1,40})\]|["']?([A-Za-z][A-Za-z0-9_.-]{1,40})["']?(?:[ \t]*:[ \t]*\{?|[ \t]*\{))[ \t]*\r?\n(?:(?![ \t]{0,16}key[ \t]*[:=])(?![ \t]{0,16}\[)(?![^\n]{0,200}[:=][ \t]*\{?[ \t]*\r?\n)[^\n]{0,200}\n){0,6}?[ \t]{0,16}key[ \t]*[:=][ \t]*(["']?)([A-Za-z0-9_+/=.-]{20,200})\3[ \t]*[,;]?[ \t]*\r?$/m,
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
const PUBLIC_ENTRY = /(?:^|[_.-])(?:id|ids|user|username|login|email|account|url|uri|host|hostname|endpoint|region|name|project|tenant|org|team|site|domain|port|path|file|type|expires|expiry|ttl|scope|scopes|audience|sha|revision|rev|commit|image|version|checksum|digest|hash|kid|fingerprint|manifest|ca|cabundle|cert|certificate|subscription|merges|vocab)$|public|publishable|pk$/i;
// A camelCase id (`tenantId`, `clientID`), read with its case.
const CAMEL_ID_ENTRY = /[a-z](?:Id|ID|Ids|IDs)$/;

/**
 * The answer `visit` gives for the first earlier line it answers for (undefined: read on), walking
 * back from the line holding `at` over at most `maxLines` lines within `maxChars` characters; a
 * line reaching past that ends the walk unread (linear time on a long line). Undefined when none answers.
 */
function earlierLines<T>(text: string, at: number, maxLines: number, maxChars: number, visit: (line: string) => T | undefined): T | undefined {
  const floor = Math.max(0, at - maxChars);
  const startsLine = (i: number): boolean => i === 0 || text.charCodeAt(i - 1) === 10;
  let lineStart = lineStartWithin(text, at, at - floor);
  for (let lines = 0; lines < maxLines && lineStart > floor && startsLine(lineStart); lines++) {
    const prevStart = lineStartWithin(text, lineStart - 1, lineStart - 1 - floor);
    if (!startsLine(prevStart)) return undefined;
    const answer = visit(text.slice(prevStart, lineStart - 1));
    if (answer !== undefined) return answer;
    lineStart = prevStart;
  }
  return undefined;
}

/** Whether the entry on the line at `at` sits directly in a map that SECRET_MAP names (a few lines up, comments and siblings between). */
function inSecretMap(text: string, at: number): boolean {
  const indent = /^[ \t]*/.exec(text.slice(lineStartWithin(text, at, 32), at))?.[0].length ?? 0;
  if (indent === 0) return false;
  return (
    earlierLines(text, at, 40, 4000, (line) => {
      if (/^[ \t]*(?:#.*)?\r?$/.test(line) || (/^[ \t]*/.exec(line)?.[0].length ?? 0) >= indent) return undefined;
      return SECRET_MAP.test(line);
    }) ?? false
  );
}

// A list's name that says its items are keys or tokens (`VT_KEYS = [`, `api_tokens:`): read in the
// singular (`VT_KEY`), it must name a key as isKeyLikeName does (not a cache's, a sort's, a public one).
const LIST_OPENER = /^[ \t]{0,32}(?:(?:const|let|var|export|final|static|private|public)[ \t]+){0,3}["']?((?:[A-Za-z_][A-Za-z0-9_.-]{0,48}?)?(?:keys|tokens|secrets))["']?[ \t]*(?::[ \t]*(?:[A-Za-z_][\w.<>]*(?:\[\])?)?[ \t]*=|=|:)[ \t]*[[(]?[ \t]*(?:#.*|\/\/.*)?\r?$/i;
// Tokens that are no credentials: SES's DKIM tokens (DNS names), a paginator's, a tokenizer's.
// (Nor public keys, fingerprints and names: SSH's authorized and host keys, age recipients, a
// JWKS's key ids, assets' names.)
const LIST_NOT_SECRET = /dkim|verif|page|cursor|next|continuation|special|stop|vocab|added|csrf|nonce|idempot|etag|tokenizer|lexer|parse|authorized|host|known|age|ssh|trusted|jwt|jwk|asset|(?:^|[_.-])ca(?:[_.-]|$)|signing|gpg|pgp|public|fingerprint|kid|integrity|recipient/i;
// Values that are public keys, digests or names: SSH's and age's keys, SRI hashes, host-key fingerprints, file names.
const LIST_PUBLIC_VALUE = /^(?:AAAA|age1|SHA256:|sha(?:1|256|384|512)-|ecdsa-|ssh-|ed25519)|\.[a-z]{1,4}$/;
const LIST_ITEM = /^[ \t]*(?:-[ \t]+)?(["']?)[A-Za-z0-9_+/=.:~-]{20,256}\1[ \t]*,?[ \t]*(?:#.*|\/\/.*)?\r?$/;

/** The name of the list LIST_OPENER names that the item on the line at `at` belongs to (items and comments between), or undefined. */
function inKeyList(text: string, at: number): string | undefined {
  const name = earlierLines<string | null>(text, at, 32, 3000, (line) => {
    if (/^[ \t]*(?:#.*|\/\/.*)?\r?$/.test(line) || LIST_ITEM.test(line)) return undefined;
    const m = LIST_OPENER.exec(line);
    const singular = (m?.[1] ?? '').replace(/s$/i, '');
    return m && !RECORD_SECTION.test(singular.replace(/[_.-]?(?:key|token|secret)$/i, '')) && !LIST_NOT_SECRET.test(singular) && (isKeyLikeName(singular) || isSecretKeyName(singular)) ? (m[1] ?? '') : null;
  });
  return name ?? undefined;
}

/** An item of a list named for keys or tokens. */
export const keyListRules = [
  // A pool of keys rotated past a free tier's rate limit: `VT_KEYS = [` ⏎ `"<64 hex>",` …, or YAML's
  // `api_keys:` ⏎ `- …`. The list's name says what each item is; each must be random. (From a blind
  // grading of threat-intelligence tooling: 62 missed.)
  defineRule({
    id: 'key-list-item',
    provider: 'Generic',
    description: 'Random item of a list named for keys or tokens (VT_KEYS = ["…", "…"], api_tokens: ⏎ - …)',
    keywords: ['keys', 'tokens', 'secrets'],
    near: (text, at) => {
      // The name ends at the hit's word: then an assignment or ":" and the line's end (a list's opening).
      let i = at;
      for (const stop = Math.min(text.length, at + 16); i < stop && /[A-Za-z]/.test(text.charAt(i)); i++);
      const rest = text.slice(i, i + 40);
      return /^["']?[ \t]*(?::[ \t]*(?:[A-Za-z_][\w.<>]*(?:\[\])?)?[ \t]*=|=|:)[ \t]*[[(]?[ \t]*(?:#|\/\/|\r?\n)/.test(rest);
    },
    pattern: /^[ \t]*(?:-[ \t]+)?(["']?)([A-Za-z0-9_+/=.:~-]{20,256})\1[ \t]*,?[ \t]*(?:#.*|\/\/.*)?\r?$/m,
    secretGroup: 2,
    span: 'near',
    window: { before: 0, after: 4000 },
    accept: (m, text, at) => {
      const value = m[2] ?? '';
      // (A UUID in a list is an id: sourcehut's build manifests list their secrets so.)
      if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value) || LIST_PUBLIC_VALUE.test(value)) return false;
      const name = inKeyList(text, at + 1);
      if (name === undefined) return false;
      // (Upper-case hex is a key's fingerprint as often: apt's and GPG's trusted keys. Hex under a
      // bare `keys` or `tokens` is a list of digests as often: only a vendor's list, `VT_KEYS`, takes it.)
      if (/^[0-9a-fA-F]+$/.test(value)) return value.length >= 32 && /^[0-9a-f]+$/.test(value) && !/^(?:keys|tokens|secrets)$/i.test(name);
      return looksLikeSecretValue(value, true);
    },
    minEntropy: 3.3,
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html', how: 'Revoke every key in the list at the service that issued it, and read the pool from a secret store.' },
    sample: (g) => `# free-tier pool, rotated on 429\nVT_KEYS = [\n    "${g.chars(HEX, 64)}",\n    "${g.chars(HEX, 64)}",\n]\n`,
    sampleIsBlock: true,
    negatives: ['CACHE_KEYS = [\n    "3f2a9c0d1e4b5a6978c0d1e2f3a4b5c6d7e8f901",\n]\n', 'API_KEYS = [\n    os.environ["VT_KEY_1"],\n]\n', 'gpg_keys:\n  - 3F2A9C0D1E4B5A6978C0D1E2F3A4B5C6D7E8F901\n', 'sort_keys:\n  - created_at_desc_with_tiebreak_x\n'],
  }),
];

/** An entry of a map named for credentials. *//** An entry of a map named for credentials. */
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
    // The name opens its line and ends it (indentation and a quote before, a comment after).
    near: (text, at) => {
      const lineStart = lineStartWithin(text, at, 48);
      if (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10) return false;
      let lineEnd = at;
      for (const stop = Math.min(text.length, at + 240); lineEnd < stop && text.charCodeAt(lineEnd) !== 10; lineEnd++);
      return (lineEnd === text.length || text.charCodeAt(lineEnd) === 10) && SECRET_MAP.test(text.slice(lineStart, lineEnd));
    },
    pattern: /^([ \t]{1,24})["']?([A-Za-z][A-Za-z0-9_.-]{1,40})["']?[ \t]*:[ \t]*(["']?)([A-Za-z0-9_+/=.:~-]{20,256})\3[ \t]*(?:#.*)?\r?$/m,
    secretGroup: 4,
    span: 'near',
    window: { before: 0, after: 2000 },
    accept: (m, text, at) => {
      const name = m[2] ?? '';
      const value = m[4] ?? '';
      if (PUBLIC_ENTRY.test(name) || CAMEL_ID_ENTRY.test(name) || !inSecretMap(text, at + (m[1] ?? '').length)) return false;
      // (A map of passwords holding 64 hex or more holds their digests.)
      if (/^[0-9a-fA-F]+$/.test(value)) return value.length >= 32 && /^[0-9a-f]+$|^[0-9A-F]+$/.test(value) && !(value.length >= 64 && /passwords[ \t]*:/i.test(text.slice(Math.max(0, at - 400), at)));
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

// A JSON field: a name, and a string, number, boolean or null (one object's field before the value).
const FIELD = `[ \\t\\r\\n]{0,40}"[A-Za-z_][A-Za-z0-9_]{0,31}"[ \\t]{0,4}:[ \\t]{0,4}(?:"[^"\\n]{0,300}"|[0-9.]{1,20}|true|false|null)[ \\t]{0,4},`;

/** A secret-named object whose `value` field holds the secret. */
export const namedValueRules = [
  // Terraform state's outputs (`"db_password": {"sensitive": true, "value": "…"}`) and dbt Cloud's
  // environment variables (`"DBT_ENV_SECRET_SNOWFLAKE_PASSWORD": {"project": {"id": 1, "value": "…"}}`)
  // keep a value under `value`, the secret's name on the object (or one level up). (From a blind
  // grading of analytics engineering: 4 of 4 missed.)
  defineRule({
    id: 'named-object-value',
    provider: 'Generic',
    description: 'Secret in the "value" field of a JSON object named for it (Terraform state outputs, dbt Cloud environment variables)',
    keywords: ['"value"'],
    pattern: new RegExp(`"([A-Za-z][A-Za-z0-9_.-]{1,64})"[ \\t]{0,4}:[ \\t]{0,4}\\{(?:${FIELD}){0,6}(?:[ \\t\\r\\n]{0,40}"[A-Za-z_][A-Za-z0-9_]{0,31}"[ \\t]{0,4}:[ \\t]{0,4}\\{(?:${FIELD}){0,6})?[ \\t\\r\\n]{0,40}"value"[ \\t]{0,4}:[ \\t]{0,4}"([^"\\r\\n\\\\]{6,256})"`),
    secretGroup: 2,
    span: 'block',
    window: { before: 900, after: 400 },
    accept: (m) => {
      const name = m[1] ?? '';
      const value = m[2] ?? '';
      if (!isSecretKeyName(name)) return false;
      return isPasswordKeyName(name) ? isPasswordValue(value) : looksLikeSecretValue(value, false);
    },
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://developer.hashicorp.com/terraform/language/state/sensitive-data', how: 'Rotate the secret, and keep state and exports that hold it out of the repository (a remote, encrypted backend for state).' },
    docs: 'https://developer.hashicorp.com/terraform/language/state/sensitive-data',
    sample: (g) => `[\n  {"DBT_ENV_SECRET_SNOWFLAKE_PASSWORD": {"project": {"id": ${g.int(1000, 99999)}, "value": "${g.chars(HEX, 12)}!Qa${g.chars(HEX, 6)}"}}}\n]\n`,
    sampleIsBlock: true,
    negatives: ['{"db_password": {"sensitive": true, "value": "${var.db_password}"}}', '{"api_key_name": {"value": "billing-service"}}', '{"db_password": {"sensitive": true, "type": "string"}}'],
  }),
];
