import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
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
