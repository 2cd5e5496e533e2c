// Summarises a V8 CPU profile of the ESLint benchmark by where the time goes: keyward's rules
// (this package's dist), @keyward/core, ESLint, the parser (typescript-eslint + typescript), the
// other rules, GC. A load-independent check of the overhead: shares of samples, not seconds.
//
//   KEYWARD_BENCH_ONLY=b KEYWARD_BENCH_ROUNDS=1 node --cpu-prof --cpu-prof-dir=/tmp/kb-prof --import tsx bench/run.ts
//   node --import tsx bench/profile.ts /tmp/kb-prof/<file>.cpuprofile

import { readFileSync } from 'node:fs';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  readonly children?: readonly number[];
}
interface Profile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** The bucket a frame's self time goes to, by script URL. */
function bucket(node: ProfileNode): string {
  const { url, functionName } = node.callFrame;
  if (functionName === '(garbage collector)') return 'GC';
  if (functionName === '(idle)' || functionName === '(program)' || functionName === '(root)') return functionName;
  if (/packages\/eslint-plugin\/dist\//.test(url)) return 'keyward rules (@keyward/eslint-plugin dist)';
  if (/packages\/core\/dist\/|@keyward\/core/.test(url)) return '@keyward/core (detector, names)';
  if (/eslint-plugin-no-secrets/.test(url)) return 'eslint-plugin-no-secrets';
  if (/@typescript-eslint\/(?:typescript-estree|parser|visitor-keys|types)\/|\/typescript\/lib\//.test(url)) return 'parser (typescript-estree + typescript)';
  if (/@typescript-eslint\/(?:eslint-plugin|utils|scope-manager|type-utils)\//.test(url)) return 'typescript-eslint rules + scope manager';
  if (/\/eslint\/lib\/rules\//.test(url)) return 'ESLint core rules';
  if (/\/(?:eslint|@eslint|espree|esquery|eslint-scope|eslint-visitor-keys)\//.test(url)) return 'ESLint (linter, traversal, config, files)';
  if (url === '') return '(native / V8 builtins)';
  if (url.startsWith('node:')) return 'Node core';
  return 'other';
}

const file = process.argv[2];
if (!file) throw new Error('usage: profile.ts <file.cpuprofile>');
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map<string, number>();
const fnSelf = new Map<string, number>();
let total = 0;
for (const [i, id] of profile.samples.entries()) {
  const dt = profile.timeDeltas[i] ?? 0;
  const node = byId.get(id);
  if (!node) continue;
  total += dt;
  const b = bucket(node);
  self.set(b, (self.get(b) ?? 0) + dt);
  if (b.startsWith('keyward') || b.startsWith('@keyward')) {
    const key = `${node.callFrame.functionName || '(anonymous)'} (${node.callFrame.url.replace(/^.*\/packages\//, '')}:${node.callFrame.lineNumber + 1})`;
    fnSelf.set(key, (fnSelf.get(key) ?? 0) + dt);
  }
}
// Inclusive: samples with a keyward rule frame anywhere on the stack (its callees in @keyward/core,
// @typescript-eslint/utils and ESLint's SourceCode included), per rule listener/create.
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const isRule = (n: ProfileNode): boolean => /packages\/eslint-plugin\/dist\//.test(n.callFrame.url);
let inclusive = 0;
for (const [i, id] of profile.samples.entries()) {
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const n = byId.get(cur);
    if (n && isRule(n)) {
      inclusive += profile.timeDeltas[i] ?? 0;
      break;
    }
  }
}
const rows = [...self.entries()].sort((a, b) => b[1] - a[1]);
process.stdout.write(`Self time by component (${(total / 1e6).toFixed(1)} s of samples):\n\n| component | self s | share |\n| --- | ---: | ---: |\n`);
for (const [b, us] of rows) process.stdout.write(`| ${b} | ${(us / 1e6).toFixed(2)} | ${((us / total) * 100).toFixed(2)}% |\n`);
process.stdout.write(`\nInclusive time under keyward's rules (any frame of this package's dist on the stack): ${(inclusive / 1e6).toFixed(2)} s, ${((inclusive / total) * 100).toFixed(2)}% of samples.\n`);
process.stdout.write('\nkeyward functions by self time:\n\n| function | self ms | share |\n| --- | ---: | ---: |\n');
for (const [f, us] of [...fnSelf.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15)) process.stdout.write(`| ${f} | ${(us / 1e3).toFixed(0)} | ${((us / total) * 100).toFixed(2)}% |\n`);
