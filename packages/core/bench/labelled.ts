// The labelled corpus, generated at run time from a fixed seed: planted true tokens (one per
// file, with its span) for every rule in the catalog, and near-miss negatives in many file types.
// No token is ever written to disk or printed; everything is built from createSampleGen.

import { catalog, createSampleGen } from '@keyward/core';
import type { Rule, SampleGen } from '@keyward/core';
import {
  authorizedKeys,
  BLOCK_KINDS,
  compose,
  css,
  dockerfile,
  env,
  html,
  ini,
  js,
  json,
  jwks,
  keyJson,
  md,
  npmrc,
  pem,
  PLANTED_KINDS,
  py,
  sh,
  toml,
  ts,
  yaml,
  yarnLock,
} from './files.js';
import type { FileKind, Piece } from './files.js';

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface LabelledFile {
  readonly path: string;
  readonly text: string;
  /** File type id (`env`, `yaml`, …). */
  readonly kind: string;
  /** `kind: slot`, e.g. `dockerfile: ENV KEY=…`. */
  readonly context: string;
  /** `planted`, or the near-miss category. */
  readonly category: string;
  /** Planted: the rule id. Negatives: what the near-miss is (`rule negative of …`, `sha384 SRI`). */
  readonly label: string;
  /** The key name the value was assigned to, when it was placed under one. */
  readonly key?: string;
  readonly rule?: Rule;
  readonly span?: Span;
}

export const SEED = 0x6b657977; // "keyw"
export const SAMPLES_PER_RULE = 16;

const DIGITS = '0123456789';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ALNUM = DIGITS + UPPER + LOWER;
const HEX = '0123456789abcdef';
const B64 = ALNUM + '+/';
const B64URL = ALNUM + '-_';
const B32 = UPPER + '234567';
// Characters outside every token alphabet in the catalog that are still legal in an unquoted value.
const PUNCT = '!*,;@^|';

type Item =
  | { readonly mode: 'keyed'; readonly key: string; readonly value: string }
  | { readonly mode: 'bare'; readonly value: string }
  | { readonly mode: 'raw'; readonly line: string }
  | { readonly mode: 'block'; readonly text: string };

/** A plain token (no spaces or carrier syntax) that can sit in a URL, a CLI flag or prose. */
const isSimpleToken = (s: string): boolean => /^[A-Za-z0-9._~+/=$-]+$/.test(s);

/** The longest of the rule's literal prefixes that `sample` starts with. */
export function prefixOf(rule: Rule, sample: string): string {
  return [...(rule.prefixes ?? [])].sort((a, b) => b.length - a.length).find((p) => sample.startsWith(p)) ?? '';
}

// Key names real projects use for carriers; other rules use their id (`STRIPE_SECRET_KEY`).
const PROVIDER_KEYS: Record<string, string> = {
  'url-credentials': 'DATABASE_URL',
  'slack-webhook-url': 'SLACK_WEBHOOK_URL',
  'discord-webhook-url': 'DISCORD_WEBHOOK_URL',
  'azure-storage-connection-string': 'AZURE_STORAGE_CONNECTION_STRING',
  'azure-shared-access-key': 'SERVICEBUS_CONNECTION_STRING',
  'azure-sas-token': 'BLOB_SAS_URL',
  'authorization-basic': 'HTTP_AUTH_HEADER',
  'authorization-bearer': 'HTTP_AUTH_HEADER',
};
const providerKey = (rule: Rule): string => PROVIDER_KEYS[rule.id] ?? rule.id.replace(/-/g, '_').toUpperCase();
const NEUTRAL_KEY = 'SERVICE_VALUE';

class Builder {
  readonly files: LabelledFile[] = [];
  private readonly cursors = new Map<string, number>();
  constructor(readonly gen: SampleGen) {}

  /** Round-robin over `kinds` per `stream`, so each stream spreads evenly over file types. */
  next(stream: string, kinds: readonly FileKind[]): FileKind {
    const i = this.cursors.get(stream) ?? 0;
    this.cursors.set(stream, i + 1);
    return kinds[i % kinds.length]!;
  }

  /** The item in `kind`'s syntax, or undefined when `kind` has no slot for that mode. */
  place(item: Item, kind: FileKind): { piece: Piece; slot: string } | undefined {
    switch (item.mode) {
      case 'keyed': {
        if (kind.keyed.length === 0) return undefined;
        const slot = this.gen.pick(kind.keyed);
        return { piece: slot.put(item.key, item.value), slot: slot.name };
      }
      case 'bare': {
        if (kind.bare.length === 0) return undefined;
        const slot = this.gen.pick(kind.bare);
        return { piece: slot.put(item.value), slot: slot.name };
      }
      case 'raw':
        return kind.raw ? { piece: kind.raw.put(item.line), slot: kind.raw.name } : undefined;
      case 'block':
        return kind.block ? { piece: kind.block.put(item.text), slot: kind.block.name } : undefined;
    }
  }

  add(kind: FileKind, piece: Piece, slot: string, category: string, label: string, key: string | undefined, rule?: Rule): void {
    const [before, value, after] = piece;
    const text = kind.head + before + value + after + kind.tail;
    const start = kind.head.length + before.length;
    const n = String(this.files.length).padStart(5, '0');
    this.files.push({
      path: `${rule ? 'planted' : 'negative'}/${n}/${kind.file}`,
      text,
      kind: kind.id,
      context: `${kind.id}: ${slot}`,
      category,
      label,
      ...(key === undefined ? {} : { key }),
      ...(rule ? { rule, span: { start, end: start + value.length } } : {}),
    });
  }

  /** Adds `item` as a negative in `copies` files, cycling through the kinds that can hold it. */
  negative(category: string, label: string, item: Item, kinds: readonly FileKind[], copies = 1): void {
    const usable = kinds.filter((k) => this.place(item, k) !== undefined);
    for (let c = 0; c < copies && usable.length > 0; c++) {
      const kind = this.next(`${category}:${item.mode}`, usable);
      const placed = this.place(item, kind)!;
      this.add(kind, placed.piece, placed.slot, category, label, item.mode === 'keyed' ? item.key : undefined);
    }
  }
}

function plantRule(b: Builder, rule: Rule): void {
  const g = b.gen;
  for (let i = 0; i < SAMPLES_PER_RULE; i++) {
    const sample = rule.sample(g);
    if (rule.sampleIsBlock) {
      let kind = BLOCK_KINDS[i % BLOCK_KINDS.length]!;
      if (kind === pem && sample.startsWith('{')) kind = keyJson;
      const placed = b.place({ mode: 'block', text: sample }, kind)!;
      b.add(kind, placed.piece, placed.slot, 'planted', rule.id, undefined, rule);
      continue;
    }
    const kinds = rule.id === 'npm-access-token' || rule.id === 'npmrc-auth-token' ? [...PLANTED_KINDS, npmrc] : PLANTED_KINDS;
    const kind = kinds[i % kinds.length]!;
    let item: Item;
    if (rule.sampleKey) {
      item = { mode: 'keyed', key: rule.sampleKey, value: sample };
    } else if (rule.id === 'npmrc-auth-token') {
      // The sample is a whole .npmrc line.
      item = { mode: 'raw', line: sample };
    } else {
      const modes: Item[] = [
        { mode: 'keyed', key: providerKey(rule), value: sample },
        { mode: 'keyed', key: NEUTRAL_KEY, value: sample },
      ];
      if (isSimpleToken(sample) && kind.bare.length > 0) modes.push({ mode: 'bare', value: sample });
      item = g.pick(modes);
    }
    const placed = b.place(item, kind) ?? b.place({ mode: 'raw', line: sample }, kind)!;
    b.add(kind, placed.piece, placed.slot, 'planted', rule.id, item.mode === 'keyed' ? item.key : undefined, rule);
  }
}

const TEXT_KINDS: readonly FileKind[] = PLANTED_KINDS;
const NEUTRAL_KINDS: readonly FileKind[] = [...PLANTED_KINDS, html];

/** The rule's own documented negatives, each in six file types. */
function ruleNegatives(b: Builder, rule: Rule): void {
  for (const neg of rule.negatives) {
    const label = `rule negative of ${rule.id}`;
    let item: Item;
    const assignment = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(neg);
    if (neg.includes('\n')) item = { mode: 'block', text: neg };
    else if (assignment) item = { mode: 'keyed', key: assignment[1]!, value: assignment[2]! };
    else if (/^\S+$/.test(neg)) item = b.gen.pick<Item>([{ mode: 'keyed', key: rule.sampleKey ?? providerKey(rule), value: neg }, { mode: 'bare', value: neg }]);
    else item = { mode: 'raw', line: neg };
    const kinds = item.mode === 'block' ? [pem, md, ts, yaml, py, sh] : rule.id.startsWith('npm') ? [...TEXT_KINDS, npmrc] : TEXT_KINDS;
    b.negative('rule negatives', label, item, kinds, 6);
  }
}

/** Samples cut to prefix + 5 characters (as the catalog tests do), in neutral places. */
function truncated(b: Builder, rule: Rule): void {
  if (rule.sampleIsBlock) return;
  for (let i = 0; i < 3; i++) {
    const sample = rule.sample(b.gen);
    const prefix = prefixOf(rule, sample);
    // Without a key or a prefix, a 5-character stub says nothing about the rule.
    if (!rule.sampleKey && !prefix) return;
    const cut = sample.slice(0, prefix.length + 5);
    const item: Item = rule.sampleKey ? { mode: 'keyed', key: rule.sampleKey, value: cut } : b.gen.pick<Item>([{ mode: 'keyed', key: NEUTRAL_KEY, value: cut }, { mode: 'bare', value: cut }]);
    b.negative('truncated tokens', `truncated ${rule.id}`, item, TEXT_KINDS, 2);
  }
}

/**
 * The prefix followed by characters outside the token alphabet: the body with its letters in the
 * case the format never uses, or with every fourth character replaced by punctuation. Checked
 * against the rule's own pattern, which defines the alphabet.
 */
function wrongAlphabet(b: Builder, rule: Rule): { made: number; skipped: number } {
  let made = 0;
  let skipped = 0;
  if (rule.sampleIsBlock || rule.sampleKey || !rule.prefixes?.length) return { made, skipped };
  const re = new RegExp(rule.pattern.source, rule.pattern.flags.replace(/[gy]/g, ''));
  for (let i = 0; i < 3; i++) {
    const sample = rule.sample(b.gen);
    const prefix = prefixOf(rule, sample);
    if (!prefix) continue;
    const body = sample.slice(prefix.length);
    const candidates: string[] = [];
    if (i === 0 && !/[a-z]/.test(body) && /[A-Z]/.test(body)) candidates.push(prefix + body.toLowerCase());
    if (i === 0 && !/[A-Z]/.test(body) && /[a-z]/.test(body)) candidates.push(prefix + body.toUpperCase());
    for (let t = 0; t < 3; t++) candidates.push(prefix + [...body].map((c, j) => (j % 4 === 3 ? b.gen.pick([...PUNCT]) : c)).join(''));
    const variant = candidates.find((c) => !re.test(c));
    if (variant === undefined) {
      skipped++;
      continue;
    }
    made++;
    const item = b.gen.pick<Item>([{ mode: 'keyed', key: NEUTRAL_KEY, value: variant }, { mode: 'bare', value: variant }]);
    b.negative('wrong-alphabet variants', `wrong alphabet ${rule.id}`, item, NEUTRAL_KINDS, 2);
  }
  return { made, skipped };
}

const SECRET_KEYS = ['API_KEY', 'API_TOKEN', 'SECRET_KEY', 'CLIENT_SECRET', 'DB_PASSWORD', 'ACCESS_TOKEN', 'AUTH_TOKEN', 'PRIVATE_KEY', 'STRIPE_SECRET_KEY', 'GITHUB_TOKEN', 'OPENAI_API_KEY', 'password', 'token', 'apiKey', 'secret'];
const PLACEHOLDERS = [
  'your_token_here',
  'your-api-key-here',
  'YOUR_API_KEY',
  '<token>',
  '<your-api-key>',
  '${API_TOKEN}',
  '${{ secrets.API_TOKEN }}',
  '{{ .Values.apiToken }}',
  'changeme',
  'REPLACE_ME',
  'x'.repeat(32),
  'X'.repeat(24),
  '*'.repeat(8),
  'TODO',
  '<insert-token-here>',
  '%API_TOKEN%',
  '$API_TOKEN',
  'dummy-secret-value',
  'example-key-0000',
  '',
  'null',
  'replace-with-your-key',
  'sample_api_key_for_docs',
  '...',
];
// References to where the secret really lives, in each file type's syntax.
const ENV_REFERENCES: readonly [FileKind, string][] = [
  [ts, "export const apiKey = process.env.API_KEY ?? '';"],
  [ts, 'const token = import.meta.env.VITE_API_TOKEN;'],
  [js, 'const token = process.env.GITHUB_TOKEN;'],
  [js, "const secret = config.get('auth.clientSecret');"],
  [py, 'API_KEY = os.environ["API_KEY"]'],
  [py, 'password = os.getenv("DB_PASSWORD", "")'],
  [yaml, 'token: ${{ secrets.GITHUB_TOKEN }}'],
  [yaml, 'password: {{ .Values.db.password | quote }}'],
  [compose, 'DB_PASSWORD: ${DB_PASSWORD:?required}'],
  [compose, '- API_KEY=${API_KEY}'],
  [sh, 'export API_TOKEN="$(cat /run/secrets/api_token)"'],
  [sh, 'curl -H "Authorization: Bearer $API_TOKEN" https://api.service.test/v1/me'],
  [md, 'export OPENAI_API_KEY=<your key>'],
  [dockerfile, 'ARG NPM_TOKEN'],
  [dockerfile, 'RUN --mount=type=secret,id=npm_token NPM_TOKEN=$(cat /run/secrets/npm_token) npm ci'],
  [toml, 'password = "${DB_PASSWORD}"'],
  [env, 'DATABASE_URL=postgres://app:${DB_PASSWORD}@db:5432/app'],
  [env, 'API_KEY='],
  [npmrc, '//registry.npmjs.org/:_authToken=${NPM_TOKEN}'],
  [html, '<script>window.API_KEY = "%REACT_APP_API_KEY%";</script>'],
];

function placeholders(b: Builder): void {
  // Every key gets every placeholder; the file type rotates.
  for (const key of SECRET_KEYS) {
    for (const value of PLACEHOLDERS) b.negative('placeholders', 'placeholder under a secret key', { mode: 'keyed', key, value }, TEXT_KINDS, 1);
  }
  for (const [kind, line] of ENV_REFERENCES) {
    for (let c = 0; c < 3; c++) b.negative('placeholders', 'environment reference', { mode: 'raw', line }, [kind], 1);
  }
  for (const rule of catalog) {
    if (rule.sampleIsBlock) continue;
    const sample = rule.sample(b.gen);
    const prefix = prefixOf(rule, sample);
    const bodyLength = sample.length - prefix.length;
    const key = rule.sampleKey ?? providerKey(rule);
    const values = prefix
      ? [prefix + 'x'.repeat(bodyLength), `${prefix}<your-token>`, `${prefix}...`, prefix + '0'.repeat(bodyLength)]
      : rule.sampleKey
        ? ['<value>', 'your_value_here', `\${${upper(rule.sampleKey)}}`]
        : [];
    for (const value of values) b.negative('placeholders', prefix ? 'prefixed placeholder' : 'placeholder under the rule key', { mode: 'keyed', key, value }, TEXT_KINDS, 1);
  }
}

const upper = (k: string): string => k.toUpperCase();

function uuid(g: SampleGen): string {
  const h = (n: number): string => g.chars(HEX, n);
  return `${h(8)}-${h(4)}-4${h(3)}-${g.pick(['8', '9', 'a', 'b'])}${h(3)}-${h(12)}`;
}

function uuids(b: Builder, count: number): void {
  const keys = ['id', 'request_id', 'TENANT_ID', 'subscription_id', 'correlationId', 'uuid', 'trace_id', 'CLIENT_ID', 'ORDER_ID', 'installation_id', 'APP_ID', 'project_id'];
  for (let i = 0; i < count; i++) {
    let value = uuid(b.gen);
    if (i % 4 === 3) value = value.toUpperCase();
    const item: Item = i % 5 === 4 ? { mode: 'bare', value: `https://api.service.test/v1/orders/${value}` } : { mode: 'keyed', key: keys[i % keys.length]!, value };
    b.negative('UUIDs', 'UUID', item, NEUTRAL_KINDS, 1);
  }
}

function gitShas(b: Builder, count: number): void {
  const keys = ['gitHead', 'commit', 'GIT_COMMIT', 'revision', 'sha', 'GITHUB_SHA', 'BUILD_SHA', 'head_sha', 'parent', 'ref'];
  for (let i = 0; i < count; i++) {
    const sha = b.gen.chars(HEX, 40);
    const forms: [Item, readonly FileKind[]][] = [
      [{ mode: 'keyed', key: keys[i % keys.length]!, value: sha }, TEXT_KINDS],
      [{ mode: 'raw', line: `- uses: actions/checkout@${sha}` }, [yaml]],
      [{ mode: 'raw', line: `git checkout ${sha}` }, [sh, md]],
      [{ mode: 'keyed', key: 'resolved', value: `git+ssh://git@github.com/acme/tool.git#${sha}` }, [json]],
      [{ mode: 'raw', line: `commit ${sha}\nAuthor: Dev <dev@acme.test>` }, [md]],
    ];
    const [item, kinds] = forms[i % forms.length]!;
    b.negative('git SHAs', 'git SHA-1', item, kinds, 1);
  }
}

function integrity(b: Builder, count: number): void {
  const algs: [string, number, string][] = [
    ['sha512', 86, '=='],
    ['sha384', 64, ''],
    ['sha256', 43, '='],
    ['sha1', 27, '='],
  ];
  for (let i = 0; i < count; i++) {
    const [alg, n, pad] = i % 3 === 0 ? algs[i % algs.length]! : algs[0]!;
    const value = `${alg}-${b.gen.chars(B64, n)}${pad}`;
    const hex = b.gen.chars(HEX, 128);
    const forms: [Item, readonly FileKind[], string][] = [
      [{ mode: 'keyed', key: 'integrity', value }, [json], `${alg} integrity (package-lock)`],
      [{ mode: 'raw', line: `integrity ${value}` }, [yarnLock], `${alg} integrity (yarn.lock)`],
      [{ mode: 'raw', line: `  resolution: {integrity: ${value}}` }, [yaml], `${alg} integrity (pnpm-lock)`],
      [{ mode: 'raw', line: `<script src="https://cdn.jsdelivr.net/npm/lib@1.2.3/dist/lib.min.js" integrity="${value}" crossorigin="anonymous"></script>` }, [html, md], `${alg} SRI attribute`],
      [{ mode: 'keyed', key: 'sha512', value: hex }, [json, yaml, toml], 'sha512 hex digest'],
      [{ mode: 'raw', line: `${hex.slice(0, 64)}  dist/app-1.4.2.tar.gz` }, [sh, md], 'sha256sum line'],
    ];
    const [item, kinds, label] = forms[i % forms.length]!;
    b.negative('integrity hashes', label, item, kinds, 1);
  }
}

function dataUris(b: Builder, count: number): void {
  const types: [string, string][] = [
    ['image/png', 'iVBORw0KGgoAAAANSUhEUgAA'],
    ['image/jpeg', '/9j/4AAQSkZJRgABAQAAAQABAAD'],
    ['image/gif', 'R0lGODlhAQABAIAAAP'],
    ['image/svg+xml', 'PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHZpZXdCb3g9IjAgMCAyNCAyNCI+'],
    ['font/woff2', 'd09GMgABAAAAA'],
  ];
  for (let i = 0; i < count; i++) {
    const [mime, magic] = types[i % types.length]!;
    const value = `data:${mime};base64,${magic}${b.gen.chars(B64, 4 * b.gen.int(40, 300))}`;
    const forms: [Item, readonly FileKind[]][] = [
      [{ mode: 'bare', value }, [css, html, md]],
      [{ mode: 'keyed', key: 'icon', value }, [js, ts, json, yaml]],
    ];
    const [item, kinds] = forms[i % forms.length]!;
    b.negative('data URIs', `data URI (${mime})`, item, kinds, 1);
  }
}

function pemLines(body: string): string {
  return body.match(/.{1,64}/g)!.join('\n');
}

function publicKeys(b: Builder, count: number): void {
  const g = b.gen;
  for (let i = 0; i < count; i++) {
    switch (i % 8) {
      case 0:
        b.negative('public keys', 'RSA public key (PEM)', { mode: 'block', text: `-----BEGIN PUBLIC KEY-----\n${pemLines(`MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${g.chars(B64, 336)}IDAQAB`)}\n-----END PUBLIC KEY-----` }, [pem, md, ts, yaml, py, sh], 1);
        break;
      case 1:
        b.negative('public keys', 'X.509 certificate (PEM)', { mode: 'block', text: `-----BEGIN CERTIFICATE-----\n${pemLines(`MIID${g.chars(B64, 1024)}`)}\n-----END CERTIFICATE-----` }, [pem, md, yaml, ts, sh], 1);
        break;
      case 2:
        b.negative('public keys', 'PGP public key block', { mode: 'block', text: `-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n${pemLines(`mQINBG${g.chars(B64, 700)}`)}\n=${g.chars(B64, 4)}\n-----END PGP PUBLIC KEY BLOCK-----` }, [pem, md, sh], 1);
        break;
      case 3:
        b.negative('public keys', 'ssh-rsa public key line', { mode: 'raw', line: `ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${g.chars(B64, 512)}= deploy@ci-runner` }, [authorizedKeys, md, sh, yaml], 1);
        break;
      case 4:
        b.negative('public keys', 'ssh-ed25519 public key', { mode: 'keyed', key: 'SSH_PUBLIC_KEY', value: `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.chars(B64, 43)} alice@laptop` }, [env, yaml, compose, toml, json], 1);
        break;
      case 5:
        b.negative('public keys', 'JWKS (public RSA key)', { mode: 'block', text: `{"keys":[{"kty":"RSA","kid":"${g.chars(HEX, 16)}","use":"sig","alg":"RS256","n":"${g.chars(B64URL, 342)}","e":"AQAB"}]}` }, [jwks], 1);
        break;
      case 6:
        b.negative('public keys', 'VAPID public key', { mode: 'keyed', key: 'VAPID_PUBLIC_KEY', value: `B${g.chars(B64URL, 86)}` }, TEXT_KINDS, 1);
        break;
      default:
        b.negative('public keys', 'public key (one-line DER)', { mode: 'keyed', key: 'JWT_PUBLIC_KEY', value: `${['MFkwEwYHKoZIzj0', 'CAQYIKoZIzj0DAQcDQgAE'].join('')}${g.chars(B64, 88)}` }, TEXT_KINDS, 1);
    }
  }
}

function b64url(text: string): string {
  return btoa(text).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}

function publishable(b: Builder, count: number): void {
  const g = b.gen;
  const stripeKeys = ['STRIPE_PUBLISHABLE_KEY', 'NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY', 'VITE_STRIPE_PUBLISHABLE_KEY', 'REACT_APP_STRIPE_KEY', 'stripePublishableKey', 'STRIPE_PK'];
  for (let i = 0; i < count; i++) {
    const slot = i % 20;
    if (slot < 12) {
      const value = `${g.pick(['pk_live_', 'pk_test_'])}51${g.chars(ALNUM, 97)}`;
      const item: Item = slot % 4 === 3 ? { mode: 'bare', value } : { mode: 'keyed', key: stripeKeys[i % stripeKeys.length]!, value };
      b.negative('publishable keys', 'Stripe publishable key (pk_live_/pk_test_)', item, NEUTRAL_KINDS, 1);
    } else if (slot < 15) {
      const value = `pk.${b64url(`{"u":"acme-maps","a":"${g.chars(DIGITS + LOWER, 25)}"}`)}.${g.chars(B64URL, 22)}`;
      const item: Item = slot === 14 ? { mode: 'bare', value } : { mode: 'keyed', key: g.pick(['MAPBOX_ACCESS_TOKEN', 'NEXT_PUBLIC_MAPBOX_TOKEN', 'mapboxAccessToken']), value };
      b.negative('publishable keys', 'Mapbox public token (pk.)', item, NEUTRAL_KINDS, 1);
    } else if (slot < 17) {
      b.negative('publishable keys', 'Algolia search-only key', { mode: 'keyed', key: g.pick(['ALGOLIA_SEARCH_API_KEY', 'NEXT_PUBLIC_ALGOLIA_SEARCH_KEY', 'algoliaSearchKey']), value: g.chars(HEX, 32) }, NEUTRAL_KINDS, 1);
    } else {
      const value = `https://${g.chars(HEX, 32)}@o${g.chars(DIGITS, 6)}.ingest.sentry.io/${g.chars(DIGITS, 7)}`;
      b.negative('publishable keys', 'Sentry DSN', { mode: 'keyed', key: g.pick(['SENTRY_DSN', 'NEXT_PUBLIC_SENTRY_DSN', 'dsn']), value }, NEUTRAL_KINDS, 1);
    }
  }
}

function awsExamples(b: Builder, count: number): void {
  const g = b.gen;
  const kinds = [...TEXT_KINDS, ini];
  for (let i = 0; i < count; i++) {
    if (i % 2 === 0) {
      const value = `${g.pick(['AKIA', 'ASIA'])}${g.chars(B32, 9)}EXAMPLE`;
      const item: Item = i % 10 === 8 ? { mode: 'bare', value } : { mode: 'keyed', key: g.pick(['AWS_ACCESS_KEY_ID', 'aws_access_key_id', 'accessKeyId']), value };
      b.negative('AWS EXAMPLE keys', 'AWS access key id ending in EXAMPLE', item, kinds, 1);
    } else {
      const value = `${g.chars(B64, 30)}EXAMPLEKEY`;
      b.negative('AWS EXAMPLE keys', 'AWS secret key ending in EXAMPLEKEY', { mode: 'keyed', key: g.pick(['AWS_SECRET_ACCESS_KEY', 'aws_secret_access_key', 'secretAccessKey']), value }, kinds, 1);
    }
  }
}

export interface LabelledCorpus {
  readonly files: readonly LabelledFile[];
  readonly planted: number;
  readonly negatives: number;
  readonly wrongAlphabetSkipped: number;
  readonly bytes: number;
}

/** Builds the whole labelled corpus; the same seed gives the same bytes. */
export function buildLabelledCorpus(seed = SEED): LabelledCorpus {
  const b = new Builder(createSampleGen(seed));
  for (const rule of catalog) plantRule(b, rule);
  const planted = b.files.length;
  let skipped = 0;
  for (const rule of catalog) {
    ruleNegatives(b, rule);
    truncated(b, rule);
    skipped += wrongAlphabet(b, rule).skipped;
  }
  placeholders(b);
  uuids(b, 400);
  gitShas(b, 400);
  integrity(b, 420);
  dataUris(b, 300);
  publicKeys(b, 320);
  publishable(b, 320);
  awsExamples(b, 300);
  const bytes = b.files.reduce((n, f) => n + Buffer.byteLength(f.text), 0);
  return { files: b.files, planted, negatives: b.files.length - planted, wrongAlphabetSkipped: skipped, bytes };
}
