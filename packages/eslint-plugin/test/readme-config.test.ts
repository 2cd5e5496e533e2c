import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import type { ESLint as ESLintClass } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';
import { token } from './tokens.js';

// The README's configs, exactly as written, in a fresh ES module project and a fresh CommonJS
// project, linting a TypeScript file (from a bug: the README config linted nothing in a
// TypeScript project, and failed to load in a CommonJS one).

const here = dirname(new URL(import.meta.url).pathname);
const pkg = join(here, '..');
const readme = readFileSync(join(pkg, 'README.md'), 'utf8');
const snippet = (firstLine: string): string => {
  const block = [...readme.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1] as string).find((b) => b.startsWith(firstLine));
  if (!block) throw new Error(`README has no snippet starting "${firstLine}"`);
  return block;
};
const require = createRequire(join(pkg, 'package.json'));
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function project(type: 'module' | 'commonjs', config: string): string {
  const dir = mkdtempSync(join(pkg, 'test', '.tmp-readme-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'app', private: true, type }));
  writeFileSync(join(dir, 'eslint.config.js'), config);
  mkdirSync(join(dir, 'node_modules', '@keyward'), { recursive: true });
  mkdirSync(join(dir, 'node_modules', '@typescript-eslint'), { recursive: true });
  symlinkSync(pkg, join(dir, 'node_modules', '@keyward', 'eslint-plugin'));
  symlinkSync(dirname(require.resolve('eslint/package.json')), join(dir, 'node_modules', 'eslint'));
  symlinkSync(dirname(require.resolve('@typescript-eslint/parser/package.json')), join(dir, 'node_modules', '@typescript-eslint', 'parser'));
  mkdirSync(join(dir, 'src'));
  return dir;
}

describe.each([
  ['an ES module project', 'module', '// eslint.config.js in an ES module project'],
  ['a CommonJS project', 'commonjs', '// eslint.config.js in a CommonJS project'],
] as const)('the README config in %s', (_name, type, first) => {
  it('reports a token in a TypeScript file', async () => {
    const dir = project(type, snippet(first));
    const notion = token();
    writeFileSync(join(dir, 'src', 'client.ts'), `interface Options { auth: string }\nexport const options: Options = { auth: "${notion}" };\n`);
    const { ESLint } = (await import(require.resolve('eslint'))) as { ESLint: typeof ESLintClass };
    const eslint = new ESLint({ cwd: dir });
    const [result] = await eslint.lintFiles(['src/client.ts']);
    expect(result?.messages.map((m) => m.ruleId)).toEqual(['keyward/no-hardcoded-tokens']);
    expect(JSON.stringify(result?.messages)).not.toContain(notion);
  });
});
