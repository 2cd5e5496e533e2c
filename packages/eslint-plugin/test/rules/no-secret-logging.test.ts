import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RuleTester } from '@typescript-eslint/rule-tester';
import { afterAll } from 'vitest';
import rule from '../../src/rules/no-secret-logging.js';
import { token } from '../tokens.js';

const ruleTester = new RuleTester();
const notion = token();

ruleTester.run('no-secret-logging', rule, {
  valid: [
    "console.log('starting', port);",
    "logger.info({ userId, route }, 'request');",
    "logger.info({ tokenCount: tokens.length }, 'usage');",
    "console.log('token length', token.length);",
    'console.log(mask(token));',
    "throw new Error('missing NOTION_TOKEN');",
    "cache.set('token', token);",
    "logger.info({ password: '[redacted]' });",
    "console.log(process.env.NODE_ENV);",
    // From bugs: env names are judged by core, like every other name.
    { code: 'console.log(process.env.AUTHOR_NAME);', name: 'AUTHOR_NAME is not a secret (the old /AUTH/ test said it was)' },
    { code: 'console.log(process.env.KEYBOARD_LAYOUT);', name: 'KEYBOARD_LAYOUT is not a secret' },
    { code: 'console.log(process.env.STRIPE_PUBLISHABLE_KEY);', name: 'a publishable key is public by design' },
    { code: 'logger.info({ nextPageToken });', name: 'a pagination token is not a credential' },
    // Loggers that mask: made by @keyward/logger in the file, or declared safe.
    { code: "import { createLogger } from '@keyward/logger';\nconst log = createLogger();\nlog.info({ apiKey });", name: '@keyward/logger masks (ESM)' },
    { code: "const { createLogger } = require('@keyward/logger');\nconst logger = createLogger({ level: 'debug' });\nconst child = logger.child({ route });\nlogger.warn(process.env.NOTION_TOKEN);\nchild.error({ token });", name: '@keyward/logger masks (CJS, child)' },
    { code: "import * as kw from '@keyward/logger';\nclass Api { constructor() { this.logger = kw.createLogger(); } run() { this.logger.info({ secret }); } }", name: 'this.logger from @keyward/logger' },
    { code: 'fastify.log.info({ token });', options: [{ safeLoggers: ['fastify.log'] }], name: 'declared safe' },
    { code: 'const url = process.env.DATABASE_HOST;\nconsole.log(url);', name: 'a const of a harmless env name' },
    {
      code: "console.assert(token.length > 0, 'token missing');\nconsole.count(route);\nconsole.table(rows);\nprocess.stdout.write(`${port}\\n`);\nstream.write(token);",
      name: "the console's other methods and stdout check what they print, not their condition",
    },
    {
      code: "import { createLogger } from '@keyward/logger';\nconst log = createLogger();\nconst info = log.info.bind(log);\ninfo({ apiKey });\nconst debug = makeDebug('app');\ndebug(token);",
      name: "a masking logger's method taken off it, and a function not from the debug package",
    },
    {
      code: "let line = 'user ';\nline += userId;\nconsole.log(line);\nconsole.log(token.slice(0, 4) + '…');\nconsole.log(token.replace(/./g, '*'));\nconst { env } = process;\nconsole.log(env.NODE_ENV);\nconst child = logger.child({ requestId }, { redact: ['token'] });",
      name: 'a let built from harmless parts, a masked prefix, a harmless env name, child options',
    },
    { code: "import { createLogger } from '@keyward/logger';\nconst log = createLogger();\nconst child = log.child({ apiKey });\nchild.setBindings({ token });", name: "a masking logger's child bindings" },
  ],
  invalid: [
    {
      code: "let line = 'key: ';\nline += apiKey;\nconsole.log(line);\nvar header;\nheader = 'Bearer ' + process.env.NOTION_TOKEN;\nlogger.info(header);",
      name: 'a let or var followed through its assignments, += among them (from a review)',
      errors: [
        { messageId: 'secretLogged', data: { what: '"line" (from apiKey)', sink: 'console.log()' }, line: 3 },
        { messageId: 'secretLogged', data: { what: '"header" (from process.env.NOTION_TOKEN)', sink: 'logger.info()' }, line: 6 },
      ],
    },
    {
      code: "console.log('Bearer '.concat(token));\nconsole.log([user, password].join(':'));\nlogger.warn(apiKey.trim());\nconst { env } = process;\nconsole.log(env.STRIPE_SECRET_KEY);\nconst e = process.env;\nconsole.log(e.NOTION_TOKEN);",
      name: 'methods that keep the whole value, and process.env by another name (from a review)',
      errors: [
        { messageId: 'secretLogged', data: { what: '"token"', sink: 'console.log()' }, line: 1 },
        { messageId: 'secretLogged', data: { what: '"password"', sink: 'console.log()' }, line: 2 },
        { messageId: 'secretLogged', data: { what: '"apiKey"', sink: 'logger.warn()' }, line: 3 },
        { messageId: 'secretLogged', data: { what: 'env.STRIPE_SECRET_KEY', sink: 'console.log()' }, line: 5 },
        { messageId: 'secretLogged', data: { what: 'e.NOTION_TOKEN', sink: 'console.log()' }, line: 7 },
      ],
    },
    {
      code: "const child = logger.child({ apiKey });\nreq.log.setBindings({ token: process.env.NOTION_TOKEN });\nconst take = logger.child;\ntake({ password }, { level: 'debug' });",
      name: "a plain logger's child bindings are printed in every line (from a review)",
      errors: [
        { messageId: 'secretLogged', data: { what: 'property "apiKey"', sink: 'logger.child() bindings' }, line: 1 },
        { messageId: 'secretLogged', data: { what: 'property "token"', sink: 'req.log.setBindings() bindings' }, line: 2 },
        { messageId: 'secretLogged', data: { what: 'property "password"', sink: 'logger.child() bindings' }, line: 4 },
      ],
    },
    {
      code: "console.dir({ apiKey });\nconsole.table([{ password }]);\nconsole.assert(ok, token);\nconsole.group(clientSecret);\nprocess.stderr.write(process.env.STRIPE_SECRET_KEY);\nprocess.stdout.write(`token=${token}\\n`);",
      name: "the console's other printing methods and process.stdout/stderr.write (from a review)",
      errors: [
        { messageId: 'secretLogged', data: { what: 'property "apiKey"', sink: 'console.dir()' }, line: 1 },
        { messageId: 'secretLogged', data: { what: 'property "password"', sink: 'console.table()' }, line: 2 },
        { messageId: 'secretLogged', data: { what: '"token"', sink: 'console.assert()' }, line: 3, column: 20 },
        { messageId: 'secretLogged', data: { what: '"clientSecret"', sink: 'console.group()' }, line: 4 },
        { messageId: 'secretLogged', data: { what: 'process.env.STRIPE_SECRET_KEY', sink: 'process.stderr.write()' }, line: 5 },
        { messageId: 'secretLogged', data: { what: '"token"', sink: 'process.stdout.write()' }, line: 6 },
      ],
    },
    {
      code: "const log = console.log;\nconst { error: fail, warn } = console;\nconst info = logger.info.bind(logger);\nlog(token);\nfail(apiKey);\nwarn({ password });\ninfo(`key ${clientSecret}`);",
      name: 'a logger method called by another name (from a review)',
      errors: [
        { messageId: 'secretLogged', data: { what: '"token"', sink: 'console.log()' }, line: 4 },
        { messageId: 'secretLogged', data: { what: '"apiKey"', sink: 'console.error()' }, line: 5 },
        { messageId: 'secretLogged', data: { what: 'property "password"', sink: 'console.warn()' }, line: 6 },
        { messageId: 'secretLogged', data: { what: '"clientSecret"', sink: 'logger.info()' }, line: 7 },
      ],
    },
    {
      code: "const debug = require('debug')('app');\nconst dbg = debug.extend('db');\ndebug('auth %s', token);\ndbg(process.env.NOTION_TOKEN);",
      name: "the debug package's functions, CommonJS (from a review)",
      errors: [
        { messageId: 'secretLogged', data: { what: '"token"', sink: 'debug() (the debug package)' }, line: 3, column: 18 },
        { messageId: 'secretLogged', data: { what: 'process.env.NOTION_TOKEN', sink: 'dbg() (the debug package)' }, line: 4 },
      ],
    },
    {
      code: "import createDebug from 'debug';\nconst trace = createDebug('app:http');\ntrace({ apiKey });",
      name: "the debug package's functions, ESM",
      errors: [{ messageId: 'secretLogged', data: { what: 'property "apiKey"', sink: 'trace() (the debug package)' }, line: 3 }],
    },
    {
      code: 'const key = process.env.STRIPE_KEY;\nconst header = `Bearer ${key}`;\nconsole.log(header);',
      errors: [{ messageId: 'secretLogged', data: { what: '"header" (from "key" (from process.env.STRIPE_KEY))', sink: 'console.log()' }, line: 3, column: 13 }],
      name: 'followed through consts (from the ESLint issue)',
    },
    { code: "import { createLogger } from 'pino';\nconst log = createLogger();\nlog.info({ apiKey });", errors: [{ messageId: 'secretLogged' }], name: 'another package does not mask' },
    { code: 'console.log(token);', errors: [{ messageId: 'secretLogged', data: { what: '"token"', sink: 'console.log()' }, line: 1, column: 13 }] },
    {
      code: "console.log(JSON.stringify({ token }));\nconsole.log(String(token));\nlogger.info(encodeURIComponent(apiKey));\nconsole.log(util.format('%s', token));\nconsole.log(password.toString());",
      name: 'through calls that only convert it to text (from an adversarial review)',
      errors: [1, 2, 3, 4, 5].map((line) => ({ messageId: 'secretLogged' as const, line })),
    },
    {
      code: 'console.log(apiKey || "none");\nconsole.log(token ?? "");\nconsole.log(debug ? password : "");\nconsole.log(apiKey satisfies string);',
      name: 'through ||, ??, a conditional and satisfies (from an adversarial review)',
      errors: [{ messageId: 'secretLogged', line: 1 }, { messageId: 'secretLogged', line: 2 }, { messageId: 'secretLogged', line: 3 }, { messageId: 'secretLogged', line: 4 }],
    },
    { code: 'logger.info(`using ${config.notionToken}`);', errors: [{ messageId: 'secretLogged', data: { what: '"config.notionToken"', sink: 'logger.info()' }, line: 1, column: 13 }] },
    { code: "req.log.error({ apiKey }, 'failed');", errors: [{ messageId: 'secretLogged', data: { what: 'property "apiKey"', sink: 'req.log.error()' }, line: 1, column: 15 }] },
    { code: 'this.logger.warn("auth " + headers.authorization);', errors: [{ messageId: 'secretLogged', line: 1, column: 18 }] },
    { code: 'appLogger.debug(env.NOTION_TOKEN.reveal());', errors: [{ messageId: 'secretLogged', data: { what: 'env.NOTION_TOKEN.reveal()', sink: 'appLogger.debug()' }, line: 1, column: 17 }] },
    { code: 'console.error(process.env.STRIPE_SECRET_KEY);', errors: [{ messageId: 'secretLogged', data: { what: 'process.env.STRIPE_SECRET_KEY', sink: 'console.error()' }, line: 1, column: 15 }] },
    { code: 'throw new Error(`bad token ${token}`);', errors: [{ messageId: 'secretLogged', data: { what: '"token"', sink: 'the Error message' }, line: 1, column: 17 }] },
    { code: 'throw new TypeError("rejected: " + clientSecret);', errors: [{ messageId: 'secretLogged', line: 1, column: 21 }] },
    { code: 'app.logger.info(password);', options: [{ loggers: ['app.logger'] }], errors: [{ messageId: 'secretLogged', line: 1, column: 17 }] },
    { code: 'console.log(password);', options: [{ loggers: ['app.audit'] }], name: 'the loggers option adds to the defaults (from a bug: it replaced them)', errors: [{ messageId: 'secretLogged', line: 1, column: 13 }] },
    { code: 'console.log(process.env.NOTION_KEY);', name: 'NOTION_KEY names a secret (from a bug: missed)', errors: [{ messageId: 'secretLogged', data: { what: 'process.env.NOTION_KEY', sink: 'console.log()' } }] },
    {
      code: `console.log(vault["${notion}"].password);`,
      name: 'the message never quotes a token from the source (from a bug: it printed it raw)',
      errors: [{ messageId: 'secretLogged', data: { what: '"vault["…"].password"', sink: 'console.log()' } }],
    },
    {
      code: `console.log(vault["\\u006e${notion.slice(1)}"].password);\nconsole.log(cfg/* ${notion} */.apiKey);`,
      name: 'nor one spelled with an escape, nor one in a comment (from an adversarial review)',
      errors: [
        { messageId: 'secretLogged', data: { what: '"vault["…"].password"', sink: 'console.log()' } },
        { messageId: 'secretLogged', data: { what: '"cfg/*…*/.apiKey"', sink: 'console.log()' } },
      ],
    },
  ],
});

// With type information (recommendedTypeChecked): a value typed Secret logs as its mask, and
// .reveal() gives a raw value only on a Secret. The project is a temporary tsconfig folder.
const dir = mkdtempSync(join(tmpdir(), 'keyward-typed-'));
writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, target: 'es2022', module: 'nodenext', noEmit: true }, include: ['*.ts'] }));
writeFileSync(join(dir, 'file.ts'), '');
// @keyward/core's Secret as the project sees it installed; a Secret declared anywhere else is not it.
mkdirSync(join(dir, 'node_modules', '@keyward', 'core'), { recursive: true });
writeFileSync(join(dir, 'node_modules', '@keyward', 'core', 'package.json'), JSON.stringify({ name: '@keyward/core', types: 'index.d.ts' }));
writeFileSync(join(dir, 'node_modules', '@keyward', 'core', 'index.d.ts'), 'export declare class Secret { reveal(): string; toJSON(): string }\n');
// Another monorepo's packages/core, with a Secret class of its own (from an adversarial review: it was trusted).
mkdirSync(join(dir, 'packages', 'core', 'src'), { recursive: true });
writeFileSync(join(dir, 'packages', 'core', 'package.json'), JSON.stringify({ name: '@acme/core' }));
writeFileSync(join(dir, 'packages', 'core', 'src', 'types.ts'), 'export class Secret { constructor(public readonly value: string) {} toString(): string { return this.value; } }\n');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const typedTester = new RuleTester({ languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: dir } } });
const SECRET = "import type { Secret } from '@keyward/core';\ndeclare const logger: { info(...a: unknown[]): void };\n";

typedTester.run('no-secret-logging (typed)', rule, {
  valid: [
    { code: `${SECRET}declare const apiKey: Secret;\nlogger.info({ apiKey });`, filename: join(dir, 'file.ts'), name: 'a Secret logs as its mask' },
    { code: `${SECRET}class Vault { reveal(): string { return 'x'; } }\nconst v = new Vault();\nlogger.info(v.reveal());`, filename: join(dir, 'file.ts'), name: 'reveal() on something that is not a Secret' },
    { code: `${SECRET}declare const token: Secret | undefined;\nconsole.log(token);`, filename: join(dir, 'file.ts'), name: 'Secret | undefined' },
  ],
  invalid: [
    {
      code: `${SECRET}declare const notion: Secret;\nconst raw = notion.reveal();\nconst header = \`Bearer \${raw}\`;\nlogger.info(header);`,
      filename: join(dir, 'file.ts'),
      errors: [{ messageId: 'secretLogged', data: { what: '"header" (from "raw" (from notion.reveal()))', sink: 'logger.info()' }, line: 6 }],
    },
    { code: `${SECRET}declare const apiKey: string;\nlogger.info({ apiKey });`, filename: join(dir, 'file.ts'), errors: [{ messageId: 'secretLogged' }] },
    // From a review: a union with a string may be the raw value, and another package's Secret is not keyward's.
    { code: `${SECRET}declare const apiKey: string | Secret;\nlogger.info({ apiKey });`, filename: join(dir, 'file.ts'), errors: [{ messageId: 'secretLogged' }] },
    { code: "declare class Secret { reveal(): string }\ndeclare const logger: { info(...a: unknown[]): void };\ndeclare const apiKey: Secret;\nlogger.info({ apiKey });", filename: join(dir, 'file.ts'), errors: [{ messageId: 'secretLogged' }] },
    { code: "import { Secret } from './packages/core/src/types';\ndeclare const logger: { info(...a: unknown[]): void };\nconst apiKey = new Secret('x');\nlogger.info({ apiKey });", filename: join(dir, 'file.ts'), name: "another monorepo's packages/core Secret is not keyward's", errors: [{ messageId: 'secretLogged' }] },
  ],
});
