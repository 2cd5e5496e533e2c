import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Linter } from 'eslint';
import { afterAll, describe, expect, it, vi } from 'vitest';
import plugin from '../src/index.js';
import { token } from './tokens.js';

const root = join(import.meta.dirname, '..');
const names = Object.keys(plugin.rules).sort();

describe('plugin metadata stays honest', () => {
  it('has one source file, one test and one doc per rule, all with the rule name', () => {
    const strip = (dir: string, ext: string) => readdirSync(join(root, dir)).filter((f) => f.endsWith(ext) && f !== 'index.ts').map((f) => f.slice(0, -ext.length)).sort();
    expect(strip('src/rules', '.ts')).toEqual(names);
    expect(strip('test/rules', '.test.ts')).toEqual(names);
    expect(strip('docs/rules', '.md')).toEqual(names);
    for (const [name, rule] of Object.entries(plugin.rules)) {
      expect(rule.name).toBe(name);
      expect(rule.meta.docs?.url).toMatch(new RegExp(`/docs/rules/${name}\\.md$`));
    }
  });

  it('documents every rule with its meta description, examples, options and when not to use it', () => {
    for (const [name, rule] of Object.entries(plugin.rules)) {
      const doc = readFileSync(join(root, 'docs/rules', `${name}.md`), 'utf8');
      expect(doc.split('\n')[0]).toBe(`# ${name}`);
      expect(doc).toContain(`> ${rule.meta.docs?.description}`);
      for (const heading of ['## ❌ Incorrect', '## ✅ Correct', '## Options', '## When not to use it']) expect(doc, `${name}: ${heading}`).toContain(heading);
    }
  });

  it('derives configs.recommended and configs.strict from rule metadata', () => {
    const recommended = Object.fromEntries(Object.entries(plugin.rules).filter(([, r]) => r.meta.docs?.recommended).map(([n]) => [`keyward/${n}`, 'error']));
    expect(plugin.configs.recommended.rules).toEqual(recommended);
    expect(Object.keys(plugin.configs.strict.rules ?? {}).sort()).toEqual(names.map((n) => `keyward/${n}`));
    expect(plugin.configs.recommended.plugins?.['keyward']).toBe(plugin);
  });
});

describe('with ESLint and its default parser (espree)', () => {
  it('reports through the recommended flat config on plain JavaScript', () => {
    const t = token();
    const linter = new Linter({ configType: 'flat' });
    // typescript-eslint's and ESLint's config types differ only in plugin typing details.
    const config = { files: ['**/*.js'], ...plugin.configs.recommended, languageOptions: { globals: { process: 'readonly', console: 'readonly' } } } as unknown as Linter.Config;
    const messages = linter.verify(`const t = "${t}";\nconsole.log(process.env.API_TOKEN);\n`, [config], 'src/app.js');
    expect(messages.map((m) => m.ruleId).sort()).toEqual(['keyward/no-hardcoded-tokens', 'keyward/no-raw-process-env', 'keyward/no-secret-logging']);
    expect(JSON.stringify(messages)).not.toContain(t);
  });
});

describe('config-module globs', () => {
  it('match the path from ESLint\'s folder, not the absolute name (from a review: a project under /…/config/ was exempt)', () => {
    const linter = new Linter({ configType: 'flat', cwd: '/srv/config/app' });
    const config = { ...plugin.configs.recommended, files: ['**/*.js'], languageOptions: { globals: { process: 'readonly' } } } as unknown as Linter.Config;
    const read = 'export const t = process.env.TOKEN;\n';
    expect(linter.verify(read, [config], '/srv/config/app/src/a.js').map((m) => m.ruleId)).toEqual(['keyward/no-raw-process-env']);
    expect(linter.verify(read, [config], '/srv/config/app/src/config.js')).toEqual([]);
  });
});

describe('recommendedTypeChecked', () => {
  it('is recommended with the project service on, the same rules, for TypeScript files', () => {
    const typed = plugin.configs.recommendedTypeChecked;
    expect(typed.rules).toEqual(plugin.configs.recommended.rules);
    expect(typed.files).toEqual(['**/*.{ts,mts,cts,tsx}']);
    expect(typed.languageOptions?.parserOptions).toEqual({ projectService: true });
    expect(plugin.configs.recommended.languageOptions?.parserOptions).toBeUndefined();
  });
});

describe('reads the same keyward.config as the CLI', () => {
  const lint = (cwd: string, code: string, filename = 'src/app.js') =>
    new Linter({ configType: 'flat', cwd }).verify(code, [{ ...plugin.configs.recommended, files: ['**/*.js'] } as unknown as Linter.Config], join(cwd, filename));
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  const project = (files: Record<string, string>): string => {
    const dir = mkdtempSync(join(tmpdir(), 'keyward-eslint-config-'));
    dirs.push(dir);
    for (const [name, content] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), content);
    }
    return dir;
  };

  it('applies disabledRules, allowlist paths and stopwords, and custom rules from json, mjs and package.json', () => {
    const t = token();
    const code = `const t = "${t}";\n`;
    expect(lint(project({}), code)).toHaveLength(1);
    expect(lint(project({ 'keyward.config.json': JSON.stringify({ disabledRules: ['notion-integration-token'] }) }), code)).toHaveLength(0);
    const mjs = project({ 'keyward.config.mjs': `export default { allowlist: { paths: ['fixtures/**'] } };\n` });
    expect(lint(mjs, code, 'fixtures/a.js')).toHaveLength(0);
    expect(lint(mjs, code, 'src/a.js')).toHaveLength(1);
    const pkg = project({ 'package.json': JSON.stringify({ name: 'x', keyward: { rules: [{ id: 'acme-key', regex: 'acme_([a-z0-9]{24})', keywords: ['acme_'] }] } }) });
    const custom = lint(pkg, `const k = "acme_${'q8w7e6r5t4y3'}${'u2i1o0p9a8s7'}";\n`);
    expect(custom.map((m) => m.ruleId)).toEqual(['keyward/no-hardcoded-tokens']);
  });

  it('applies the config to values judged by their name too: stopwords, regexes, disabledRules, minConfidence (from a new-user trial: only provider tokens honoured it)', () => {
    const value = `${token('github-pat-classic').slice(4, 12)}-Xy9#${token('github-pat-classic').slice(4, 10)}`;
    const code = `export const password = "${value}";\n`;
    const messages = lint(project({}), code);
    expect(messages.map((m) => m.message)).toEqual([expect.stringContaining('assigned to "password"')]);
    expect(messages[0]!.message).not.toContain(value);
    for (const config of [
      { allowlist: { stopwords: [value.slice(0, 8)] } },
      { allowlist: { regexes: [`^${value.slice(0, 8)}`] } },
      { disabledRules: ['generic-secret-assignment'] },
      { minConfidence: 'high' },
    ]) {
      expect(lint(project({ 'keyward.config.json': JSON.stringify(config) }), code), JSON.stringify(config)).toHaveLength(0);
    }
  });

  it('reads a CommonJS config again after it changes (from a review: require() kept the old one)', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const t = token();
      const dir = project({ 'keyward.config.cjs': "module.exports = { allowlist: { paths: ['src/**'] } };\n" });
      expect(lint(dir, `const t = "${t}";\n`)).toHaveLength(0);
      writeFileSync(join(dir, 'keyward.config.cjs'), 'module.exports = { allowlist: { paths: [] } };\n');
      utimesSync(join(dir, 'keyward.config.cjs'), new Date(Date.now() + 5000), new Date(Date.now() + 5000));
      vi.setSystemTime(Date.now() + 2000); // past the one-second recheck
      expect(lint(dir, `const t = "${t}";\n`)).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('fails loudly on a malformed config, as the CLI does (exit 2), instead of linting with defaults', () => {
    const dir = project({ 'keyward.config.json': JSON.stringify({ disabledRule: ['x'] }) });
    expect(() => lint(dir, 'const a = 1;\n')).toThrow(/unknown option "disabledRule"/);
    // From a new-user trial: a JSON syntax error named no file.
    const broken = project({ 'keyward.config.json': '{ "disabledRules": [' });
    expect(() => lint(broken, 'const a = 1;\n')).toThrow(/could not load .*keyward\.config\.json: .*Fix the file/);
    // From a new-user trial: the parser's message quoted the text around the error, part of a token.
    const t = token();
    const leaky = project({ 'keyward.config.json': `{ "allowlist": { "regexes": [${t}] } }` });
    let message = '';
    try {
      lint(leaky, 'const a = 1;\n');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/not valid JSON \(Unexpected token '.' at line 1, column 31\)/);
    expect(message).not.toContain(t.slice(1, 7));
  });
});
