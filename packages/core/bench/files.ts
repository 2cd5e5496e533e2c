// File types for the labelled corpus: filler around one slot where a value (a planted secret or
// a near-miss) is placed, in the syntax of that file type. Spans are computed, never guessed.

/** Text before the value, the value as it appears in the file, text after it. */
export type Piece = readonly [before: string, value: string, after: string];

export interface KeyedSlot {
  readonly name: string;
  readonly put: (key: string, value: string) => Piece;
}

export interface ValueSlot {
  readonly name: string;
  readonly put: (value: string) => Piece;
}

export interface FileKind {
  readonly id: string;
  readonly file: string;
  readonly head: string;
  readonly tail: string;
  /** `KEY = value` forms, in this file type's syntax and key casing. */
  readonly keyed: readonly KeyedSlot[];
  /** Places a value without a key name (URL, CLI flag, prose). */
  readonly bare: readonly ValueSlot[];
  /** A whole line as it is (statements, lines copied from docs). */
  readonly raw?: ValueSlot;
  /** A multi-line block (PEM) or a self-contained document. */
  readonly block?: ValueSlot;
}

const words = (key: string): string[] =>
  key
    // Camel case splits before a capital after a lower-case letter, or after a digit when a
    // lower-case letter follows the capital (`s3Bucket`): `NEO4J_AUTH` keeps NEO4J whole.
    .split(/[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])|(?<=[0-9])(?=[A-Z][a-z])/)
    .filter((w) => w.length > 0)
    .map((w) => w.toLowerCase());
/** `service_api_key` → `SERVICE_API_KEY`. */
export const upper = (key: string): string => words(key).join('_').toUpperCase();
/** `SERVICE_API_KEY` → `service_api_key`. */
export const lower = (key: string): string => words(key).join('_');
/** `SERVICE_API_KEY` → `serviceApiKey`. */
export const camel = (key: string): string =>
  words(key)
    .map((w, i) => (i === 0 ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join('');

const indent = (text: string, pad: string): string =>
  text
    .split('\n')
    .map((line) => pad + line)
    .join('\n');

const line: ValueSlot = { name: 'line', put: (v) => ['', v, ''] };

export const env: FileKind = {
  id: 'env',
  file: '.env',
  head: '# Local configuration\nNODE_ENV=production\nPORT=8080\nLOG_LEVEL=info\n',
  tail: '\nCACHE_TTL_SECONDS=300\nFEATURE_FLAGS=search,billing\n',
  keyed: [
    { name: 'KEY=value', put: (k, v) => [`${upper(k)}=`, v, ''] },
    { name: 'KEY="value"', put: (k, v) => [`${upper(k)}="`, v, '"'] },
  ],
  bare: [],
  raw: line,
  block: { name: "KEY='multi-line value'", put: (v) => ["SIGNING_MATERIAL='", v, "'"] },
};

export const yaml: FileKind = {
  id: 'yaml',
  file: 'config/app.yaml',
  head: 'service:\n  name: billing\n  replicas: 3\nsettings:\n  region: eu-west-1\n',
  tail: '\n  timeout: 30s\n  retries: 5\n',
  keyed: [
    { name: 'key: value', put: (k, v) => [`  ${lower(k)}: `, v, ''] },
    { name: 'key: "value"', put: (k, v) => [`  ${lower(k)}: "`, v, '"'] },
    { name: "key: 'value'", put: (k, v) => [`  ${lower(k)}: '`, v, "'"] },
  ],
  bare: [{ name: 'list item', put: (v) => ['  values:\n    - ', v, ''] }],
  raw: { name: 'line', put: (v) => ['  ', v, ''] },
  block: { name: 'block scalar (indented)', put: (v) => ['  material: |\n', indent(v, '    '), ''] },
};

export const json: FileKind = {
  id: 'json',
  file: 'config/settings.json',
  head: '{\n  "name": "billing-service",\n  "version": "2.3.1",\n  "settings": {\n    "region": "eu-west-1",\n',
  tail: ',\n    "retries": 3\n  }\n}\n',
  keyed: [
    { name: '"key": "value"', put: (k, v) => [`    "${lower(k)}": "`, v, '"'] },
    { name: '"camelKey": "value"', put: (k, v) => [`    "${camel(k)}": "`, v, '"'] },
  ],
  bare: [{ name: 'array item', put: (v) => ['    "values": ["', v, '"]'] }],
  raw: { name: 'string value', put: (v) => ['    "note": ', JSON.stringify(v), ''] },
};

export const ts: FileKind = {
  id: 'ts',
  file: 'src/config.ts',
  head: "import { createClient } from './client.js';\n\nconst region = 'eu-west-1';\n\n",
  tail: '\n\nexport const client = createClient({ region });\n',
  keyed: [
    { name: "export const key = '…'", put: (k, v) => [`export const ${camel(k)} = '`, v, "';"] },
    { name: 'object property "…"', put: (k, v) => [`const options = { region, ${camel(k)}: "`, v, '" };'] },
    { name: 'class field = `…`', put: (k, v) => [`class Settings {\n  readonly ${camel(k)} = \``, v, '`;\n}'] },
  ],
  bare: [
    { name: 'URL in template literal', put: (v) => ['const url = `https://api.service.test/v1/items?value=', v, '`;'] },
    { name: 'call argument', put: (v) => ["const sdk = createClient('", v, "');"] },
  ],
  raw: line,
  block: { name: 'template literal', put: (v) => ['const material = `', v, '`;'] },
};

export const js: FileKind = {
  id: 'js',
  file: 'lib/index.js',
  head: "'use strict';\n\nconst http = require('node:http');\n\n",
  tail: '\n\nhttp.createServer(handler).listen(8080);\n',
  keyed: [
    { name: 'module.exports.key = "…"', put: (k, v) => [`module.exports.${camel(k)} = "`, v, '";'] },
    { name: "process.env.KEY || '…' fallback", put: (k, v) => [`const ${camel(k)} = process.env.${upper(k)} || '`, v, "';"] },
  ],
  bare: [
    { name: 'constructor argument', put: (v) => ["const client = new Client('", v, "');"] },
    { name: 'URL string', put: (v) => ['axios.get("https://api.service.test/v1/items?value=', v, '");'] },
  ],
  raw: line,
};

export const py: FileKind = {
  id: 'py',
  file: 'app/settings.py',
  head: 'import os\n\nDEBUG = False\nALLOWED_HOSTS = ["api.internal"]\n\n',
  tail: '\n\nTIME_ZONE = "UTC"\n',
  keyed: [
    { name: 'KEY = "…"', put: (k, v) => [`${upper(k)} = "`, v, '"'] },
    { name: "keyword argument key='…'", put: (k, v) => [`client = Client(${lower(k)}='`, v, "', timeout=30)"] },
    { name: 'os.environ["KEY"] = "…"', put: (k, v) => [`os.environ["${upper(k)}"] = "`, v, '"'] },
  ],
  bare: [{ name: 'call argument', put: (v) => ['client = Client("', v, '")'] }],
  raw: line,
  block: { name: 'triple-quoted string', put: (v) => ['KEY_MATERIAL = """', v, '"""'] },
};

export const sh: FileKind = {
  id: 'sh',
  file: 'scripts/deploy.sh',
  head: '#!/usr/bin/env bash\nset -euo pipefail\n\n',
  tail: '\n\n./bin/deploy --env production\n',
  keyed: [
    { name: 'export KEY="…"', put: (k, v) => [`export ${upper(k)}="`, v, '"'] },
    { name: "KEY='…' command", put: (k, v) => [`${upper(k)}='`, v, "' ./bin/deploy"] },
  ],
  bare: [
    { name: 'CLI flag --token …', put: (v) => ['./bin/cli login --token ', v, ''] },
    { name: 'URL query', put: (v) => ['curl -sS "https://api.service.test/v1/items?value=', v, '&page=2"'] },
  ],
  raw: line,
  block: { name: 'heredoc', put: (v) => ["cat > material.pem <<'EOF'\n", v, '\nEOF'] },
};

export const md: FileKind = {
  id: 'md',
  file: 'docs/setup.md',
  head: '# Setup\n\nInstall the dependencies, then configure the service.\n\n',
  tail: '\n\nThen run `npm start`.\n',
  keyed: [
    { name: 'bash fence: export KEY=…', put: (k, v) => [`\`\`\`bash\nexport ${upper(k)}=`, v, '\n```'] },
    { name: 'yaml fence: key: …', put: (k, v) => [`\`\`\`yaml\n${lower(k)}: `, v, '\n```'] },
  ],
  bare: [
    { name: 'inline code', put: (v) => ['Use the value `', v, '` when the CLI asks for it.'] },
    { name: 'fenced line', put: (v) => ['```\n', v, '\n```'] },
  ],
  raw: { name: 'fenced line', put: (v) => ['```\n', v, '\n```'] },
  block: { name: 'fence', put: (v) => ['```\n', v, '\n```'] },
};

export const dockerfile: FileKind = {
  id: 'dockerfile',
  file: 'Dockerfile',
  head: 'FROM node:20-alpine\nWORKDIR /app\nCOPY package*.json ./\n',
  tail: '\nRUN npm ci --omit=dev\nCOPY . .\nCMD ["node", "server.js"]\n',
  keyed: [
    { name: 'ENV KEY=…', put: (k, v) => [`ENV ${upper(k)}=`, v, ''] },
    { name: 'ARG KEY=…', put: (k, v) => [`ARG ${upper(k)}=`, v, ''] },
    { name: 'ENV KEY="…"', put: (k, v) => [`ENV ${upper(k)}="`, v, '"'] },
  ],
  bare: [{ name: 'RUN … --token …', put: (v) => ['RUN ./bin/cli login --token ', v, ' && ./bin/cli sync'] }],
  raw: { name: "RUN echo '…'", put: (v) => ["RUN echo '", v, "' >> /etc/app.conf"] },
};

export const compose: FileKind = {
  id: 'compose',
  file: 'docker-compose.yml',
  head: 'services:\n  api:\n    image: registry.internal/api:1.4\n    environment:\n',
  tail: '\n    ports:\n      - "8080:8080"\n',
  keyed: [
    { name: '- KEY=…', put: (k, v) => [`      - ${upper(k)}=`, v, ''] },
    { name: 'KEY: …', put: (k, v) => [`      ${upper(k)}: `, v, ''] },
    { name: 'KEY: "…"', put: (k, v) => [`      ${upper(k)}: "`, v, '"'] },
  ],
  bare: [{ name: 'command argument', put: (v) => ['      - TZ=UTC\n    command: ["serve", "--token", "', v, '"]'] }],
  raw: { name: 'line', put: (v) => ['      ', v, ''] },
};

export const toml: FileKind = {
  id: 'toml',
  file: 'config/app.toml',
  head: '[service]\nname = "billing"\nport = 8080\n\n[credentials]\n',
  tail: '\n\n[log]\nlevel = "info"\n',
  keyed: [
    { name: 'key = "…"', put: (k, v) => [`${lower(k)} = "`, v, '"'] },
    { name: "key = '…'", put: (k, v) => [`${lower(k)} = '`, v, "'"] },
  ],
  bare: [{ name: 'array item', put: (v) => ['values = ["', v, '"]'] }],
  raw: line,
};

export const npmrc: FileKind = {
  id: 'npmrc',
  file: '.npmrc',
  head: 'registry=https://registry.npmjs.org/\n@acme:registry=https://npm.acme.internal/\n',
  tail: '\nalways-auth=true\n',
  keyed: [{ name: 'key=…', put: (k, v) => [`${lower(k)}=`, v, ''] }],
  bare: [{ name: '//host/:_authToken=…', put: (v) => ['//npm.acme.internal/:_authToken=', v, ''] }],
  raw: line,
};

/** A key or key-file on its own: the whole file is the block. */
export const pem: FileKind = { id: 'pem', file: 'keys/material.pem', head: '', tail: '\n', keyed: [], bare: [], block: { name: 'whole file', put: (v) => ['', v, ''] } };
export const keyJson: FileKind = { ...pem, id: 'key-json', file: 'credentials/service-account.json' };

// File types used for near-misses only.
export const html: FileKind = {
  id: 'html',
  file: 'public/index.html',
  head: '<!doctype html>\n<html lang="en">\n<head>\n  <meta charset="utf-8">\n  <title>Billing</title>\n',
  tail: '\n</head>\n<body>\n  <div id="root"></div>\n</body>\n</html>\n',
  keyed: [
    { name: '<script>window.key = "…"', put: (k, v) => [`  <script>window.${camel(k)} = "`, v, '";</script>'] },
    { name: '<meta name content>', put: (k, v) => [`  <meta name="${lower(k)}" content="`, v, '">'] },
  ],
  bare: [{ name: '<img src="…">', put: (v) => ['  <img alt="logo" src="', v, '">'] }],
  raw: { name: 'line', put: (v) => ['  ', v, ''] },
};

export const css: FileKind = {
  id: 'css',
  file: 'src/styles.css',
  head: '.logo {\n  width: 32px;\n  height: 32px;\n',
  tail: '\n}\n',
  keyed: [],
  bare: [{ name: 'url("…")', put: (v) => ['  background-image: url("', v, '");'] }],
};

export const yarnLock: FileKind = {
  id: 'yarn.lock',
  file: 'yarn.lock',
  head: '# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.\n# yarn lockfile v1\n\n\n"left-pad@^1.3.0":\n  version "1.3.0"\n  resolved "https://registry.yarnpkg.com/left-pad/-/left-pad-1.3.0.tgz"\n',
  tail: '\n',
  keyed: [{ name: '  key value', put: (k, v) => [`  ${camel(k)} `, v, ''] }],
  bare: [],
  raw: { name: 'line', put: (v) => ['  ', v, ''] },
};

export const ini: FileKind = {
  id: 'aws-credentials',
  file: '.aws/credentials',
  head: '[default]\nregion = eu-west-1\n',
  tail: '\noutput = json\n',
  keyed: [{ name: 'key = value', put: (k, v) => [`${lower(k)} = `, v, ''] }],
  bare: [],
  raw: line,
};

export const authorizedKeys: FileKind = { id: 'authorized_keys', file: '.ssh/authorized_keys', head: '', tail: '\n', keyed: [], bare: [], raw: line };
export const jwks: FileKind = { ...pem, id: 'jwks.json', file: '.well-known/jwks.json' };

/** The file types a planted one-line token is cycled through. */
export const PLANTED_KINDS: readonly FileKind[] = [env, yaml, json, ts, js, py, sh, md, dockerfile, compose, toml];
/** The file types a planted block is cycled through (pem becomes key-json for JSON documents). */
export const BLOCK_KINDS: readonly FileKind[] = [pem, md, ts, yaml, py, env, sh];
export const ALL_KINDS: readonly FileKind[] = [...PLANTED_KINDS, npmrc, pem, keyJson, html, css, yarnLock, ini, authorizedKeys, jwks];
