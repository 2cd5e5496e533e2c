import { isPlaceholder } from '../allowlist.js';
import { ALNUM, BASE64, defineRule, isKeyChar } from './define.js';
import { acceptNamedValue } from './generic.js';

const rotate = { url: 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html', how: 'Rotate the credential at its issuer, and keep data exports that hold credentials out of the repository (or strip those fields before exporting).' } as const;

/** A secret-named attribute's value as the generic judge takes a name and a value (acceptNamedValue), not a placeholder. */
const namedSecret = (name: string, value: string): boolean => acceptNamedValue(name, value) && !isPlaceholder(value);

// The line of a name that opens a map (`name:` and nothing but a comment), and the next line an
// indented item keyed by an id: digits, or a word and digits (`  "0715": …`, `  store-12: …`; not
// an OpenAPI scheme's `example:` or a chart's `artifactSha256:`).
const MAP_OPENER = /[ \t]{0,32}["']?[A-Za-z_][A-Za-z0-9_.-]{0,63}["']?:[ \t]*(?:#[^\n]{0,200})?\r?\n[ \t]{1,32}["']?(?:\d{1,12}|[A-Za-z]{1,20}[_-]\d{1,12})["']?:[ \t]/y;

/** Whether the keyword hit at `at` sits on a line that opens a map of id-keyed items (a bounded look at two lines). */
function mapOpensAt(text: string, at: number): boolean {
  // First forward, where most hits fail: the name's characters, then ":" and the line's end.
  let i = at;
  for (const stop = Math.min(text.length, at + 64); i < stop && isKeyChar(text.charCodeAt(i)); i++);
  if (text.charCodeAt(i) === 34 || text.charCodeAt(i) === 39) i++;
  if (text.charCodeAt(i) !== 58 /* : */) return false;
  i++;
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
  const c = text.charCodeAt(i);
  if (c !== 10 && c !== 13 && c !== 35 /* # */) return false;
  // The name starts its line within 100 characters (indent and name): a walk back that far, never
  // to the start of a minified bundle's line.
  let start = at;
  for (const stop = Math.max(0, at - 100); start > stop && text.charCodeAt(start - 1) !== 10; start--);
  if (start > 0 && text.charCodeAt(start - 1) !== 10) return false;
  MAP_OPENER.lastIndex = start;
  return MAP_OPENER.test(text);
}

/**
 * Name/value pairs as data stores export them, where no assignment stands between the name and
 * the value. (From a blind grading of database dumps: the generic forms missed them.)
 */
export const dataExportRules = [
  // DynamoDB's JSON (an export, a scan, the console's view): `"name": {"S": "…"}`.
  defineRule({
    id: 'dynamodb-attribute-secret',
    provider: 'Generic',
    description: 'Secret-named string attribute in DynamoDB JSON ("apiKey": {"S": "…"})',
    keywords: ['{"s":'],
    pattern: /"([A-Za-z_][A-Za-z0-9_.-]{0,63})"[ \t]{0,4}:[ \t]{0,4}\{[ \t]{0,4}"S"[ \t]{0,4}:[ \t]{0,4}"([^"\\\r\n]{8,1024})"/,
    secretGroup: 2,
    window: { before: 80, after: 1100 },
    accept: (m) => namedSecret(m[1] ?? '', m[2] ?? ''),
    severity: 'medium',
    confidence: 'low',
    rotate,
    docs: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/S3DataExport.Output.html',
    sample: (g) => `{"Item":{"tenant":{"S":"acme"},"serviceApiKey":{"S":"${g.chars(ALNUM, 12)}${g.chars(BASE64, 20)}"}}}`,
    negatives: ['{"Item":{"apiKey":{"S":"<redacted>"}}}', '{"Item":{"name":{"S":"checkout-service-primary"}}}'],
  }),
  // Redis' hash commands as MONITOR, a dump or a seed script writes them:
  // `HSET key "field" "value" …` / `HMSET key field value …`; each secret-named field's value.
  defineRule({
    id: 'redis-hash-field-secret',
    provider: 'Generic',
    description: 'Secret-named field of a Redis hash in an HSET/HMSET command ("signing_secret" "…")',
    keywords: ['hset ', 'hmset ', '"hset"', '"hmset"'],
    pattern: /(?<=[ \t])"?([A-Za-z_][A-Za-z0-9_.:-]{0,63})"?[ \t]{1,4}"([^"\\\r\n]{8,512})"(?=[ \t"'`;,)&]|\r?$)/m,
    secretGroup: 2,
    window: { before: 0, after: 600 },
    accept: (m, text, at) => {
      // The command on the pair's line, looked for over at most 600 characters back (never to the
      // start of a minified bundle's line).
      const before = text.slice(Math.max(0, at - 600), at);
      const line = before.slice(before.lastIndexOf('\n') + 1);
      return /(?:^|[\s"'`(=:])"?H(?:M)?SET"?[ \t]/i.test(line) && namedSecret(m[1] ?? '', m[2] ?? '');
    },
    severity: 'medium',
    confidence: 'low',
    rotate,
    docs: 'https://redis.io/docs/latest/commands/hset/',
    sample: (g) => `HSET integration:slack "team" "T024BE7LD" "signing_secret" "${g.chars(ALNUM, 12)}${g.chars(BASE64, 20)}"`,
    negatives: ['HSET integration:slack "team" "T024BE7LD" "signing_secret" "<secret>"', 'HSET session:1 "user" "alice" "token_count" "12"'],
  }),
  // A YAML map under a secret's name whose keys are ids (`square_application_secrets:` ⏎
  // `  "0715": …` per store, per tenant): each value is judged under the map's name. The name is
  // looked for behind the item, over at most fifteen lines, so each item is a match of its own;
  // the pattern runs only where the keyword's line opens such a map (MAP_OPENS), and tries the
  // look-behind at line starts only. (From a blind grading of POS and restaurant systems: 93 of
  // 109 such values missed.)
  defineRule({
    id: 'yaml-secret-map-item',
    provider: 'Generic',
    description: "Value in a YAML map of ids under a secret's name (store_api_secrets: ⏎ \"0715\": …)",
    keywords: ['secret', 'token', 'key', 'passw', 'credential'],
    near: mapOpensAt,
    pattern: /^(?<=^[ \t]{0,32}["']?([A-Za-z_][A-Za-z0-9_.-]{0,63})["']?:[ \t]*(?:#[^\n]{0,200})?\r?\n(?:[^\n]{0,300}\n){0,15})[ \t]{1,32}(["']?)(?:\d{1,12}|[A-Za-z]{1,20}[_-]\d{1,12})\2:[ \t]{1,8}(["']?)([^\s"'#]{8,1024})\3[ \t]*(?:#[^\n]{0,200})?\r?$/m,
    secretGroup: 4,
    span: 'block',
    window: { before: 80, after: 5000 },
    accept: (m) => namedSecret(m[1] ?? '', m[4] ?? ''),
    severity: 'medium',
    confidence: 'low',
    rotate,
    docs: 'https://yaml.org/spec/1.2.2/#mappings',
    sample: (g) => `# per-store signing secrets\nstore_signing_secrets:\n  "0275": ${g.chars(ALNUM, 12)}${g.chars(BASE64, 20)}   # downtown\n`,
    sampleIsBlock: true,
    negatives: ['store_signing_secrets:\n  "0049": os.environ["STORE_SECRET"]\n', 'store_signing_secrets:\n  "0049": <secret>\n'],
  }),
];
