// keyward on other tools' own test data: secretlint's rule fixtures, side by side with
// secretlint (13.x, recommended preset) on the same files, printing every disagreement.
//
//   cd packages/core && npx tsup && pnpm bench:suites      (Markdown on stdout)
//
// Source: a git directory of github.com/secretlint/secretlint, cloned (bare, blobs on demand)
// into the bench cache, or KEYWARD_BENCH_GIT_MIRRORS=<dir> holding secretlint+secretlint/repo
// (how a machine without GitHub gets it). Nothing from it is written into this repository.
//
// Ground truth: each `ng.*` fixture's snapshot (output.json) lists the secrets its rule must
// report, with offsets: a positive is found when a finding overlaps it. Every finding in an
// `ok.*` fixture, and every finding in an `ng.*` fixture that overlaps no listed secret, counts
// against precision. Values that are visibly made up (EXAMPLE, xxxx, abcdef, 12345678, a run of
// one character) are left out on both sides, as the grading does. The snapshots are
// secretlint's own output, so its score here is high by construction; what this run is for is
// the list of disagreements: each is a keyward miss to fix or a keyward finding to judge.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createDetector, mask } from '@keyward/core';
import { benchDir, ensureInstalled, loadSecretlint, PEER_PACKAGES, peerDir } from './setup.js';

interface Expected {
  readonly start: number;
  readonly end: number;
  readonly secret: string;
  readonly ruleId: string;
}

interface Fixture {
  readonly rule: string;
  readonly name: string;
  readonly path: string;
  readonly text: string;
  readonly positive: boolean;
  readonly expected: readonly Expected[];
}

// Rule packages whose fixtures are not about secret formats: presets (copies of the rules'
// fixtures), user-defined patterns, file-name rules, comment filtering, scaffolding.
const SKIP = /^(secretlint-rule-preset-|secretlint-rule-pattern$|secretlint-rule-example$|secretlint-rule-no-homedir$|secretlint-rule-no-dotenv$|secretlint-rule-filter-comments$)/;

const print = (s = ''): void => void process.stdout.write(`${s}\n`);
const log = (s: string): void => void process.stderr.write(`[suites] ${s}\n`);

function gitDir(): string {
  const mirrors = process.env['KEYWARD_BENCH_GIT_MIRRORS'];
  if (mirrors) return join(mirrors, 'secretlint+secretlint', 'repo');
  const dir = join(benchDir(), 'git', 'secretlint');
  if (!existsSync(dir)) {
    mkdirSync(join(benchDir(), 'git'), { recursive: true });
    execFileSync('git', ['clone', '--bare', '--filter=blob:none', 'https://github.com/secretlint/secretlint.git', dir], { stdio: 'inherit' });
  }
  return dir;
}

function readFixtures(dir: string): { commit: string; fixtures: Fixture[] } {
  const git = (...args: string[]): string => execFileSync('git', ['--git-dir', dir, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const commit = git('rev-parse', 'HEAD').trim();
  const fixtures: Fixture[] = [];
  const inputs = git('ls-tree', '-r', '--name-only', 'HEAD')
    .split('\n')
    .filter((p) => /^packages\/@secretlint\/secretlint-rule-[^/]+\/test\/snapshots\/[^/]+\/input\.[^/]+$/.test(p));
  for (const path of inputs) {
    const [, rule, name] = /@secretlint\/(secretlint-rule-[^/]+)\/test\/snapshots\/([^/]+)\//.exec(path) as RegExpExecArray;
    if (SKIP.test(rule as string)) continue;
    const text = git('show', `HEAD:${path}`);
    const snapshot = JSON.parse(git('show', `HEAD:${path.replace(/input\.[^/]+$/, 'output.json')}`)) as { messages?: { range: [number, number]; ruleId: string; type?: string }[] };
    const expected = (snapshot.messages ?? []).filter((m) => m.type !== 'ignore').map((m) => ({ start: m.range[0], end: m.range[1], secret: text.slice(m.range[0], m.range[1]), ruleId: m.ruleId }));
    fixtures.push({ rule: rule as string, name: name as string, path, text, positive: expected.length > 0, expected });
  }
  return { commit, fixtures };
}

/** A value nobody would mistake for a live credential: excluded from scoring on both sides. */
function madeUp(secret: string): boolean {
  return /example|x{4}|abcdef|fedcba|12345678|98765432|(.)\1{7}|dummy|fake|your[-_]/i.test(secret);
}

interface Score {
  tp: number;
  fn: number;
  fp: number;
  misses: string[];
  extras: string[];
}

function score(fixtures: readonly Fixture[], found: ReadonlyMap<Fixture, readonly { start: number; end: number; label: string }[]>): Score {
  const s: Score = { tp: 0, fn: 0, fp: 0, misses: [], extras: [] };
  for (const f of fixtures) {
    const hits = found.get(f) ?? [];
    for (const e of f.expected) {
      if (madeUp(e.secret)) continue;
      if (hits.some((h) => h.start < e.end && h.end > e.start)) s.tp++;
      else {
        s.fn++;
        s.misses.push(`${f.rule}/${f.name}: ${mask(e.secret)} (${e.secret.length} chars)`);
      }
    }
    for (const h of hits) {
      const overlaps = f.expected.filter((e) => h.start < e.end && h.end > e.start);
      if (overlaps.length > 0) continue;
      if (madeUp(f.text.slice(h.start, h.end))) continue;
      s.fp++;
      s.extras.push(`${f.rule}/${f.name}: ${h.label}`);
    }
  }
  return s;
}

const pct = (n: number, d: number): string => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}%`);
const f1 = (s: Score): string => {
  const p = s.tp / (s.tp + s.fp);
  const r = s.tp / (s.tp + s.fn);
  return Number.isFinite(p) && Number.isFinite(r) && p + r > 0 ? ((2 * p * r) / (p + r)).toFixed(3) : 'n/a';
};

async function main(): Promise<void> {
  const dir = gitDir();
  const { commit, fixtures } = readFixtures(dir);
  log(`${fixtures.length} fixtures from secretlint ${commit.slice(0, 12)}`);
  ensureInstalled(peerDir(benchDir()), PEER_PACKAGES);
  const secretlint = await loadSecretlint(peerDir(benchDir()));
  const detector = createDetector();

  const keywardFound = new Map<Fixture, { start: number; end: number; label: string }[]>();
  const secretlintFound = new Map<Fixture, { start: number; end: number; label: string }[]>();
  for (const f of fixtures) {
    const file = f.path.split('/').pop() as string;
    keywardFound.set(
      f,
      detector.scan(f.text, { path: file }).map((x) => ({ start: x.start, end: x.end, label: `${x.ruleId} ${x.redacted}` })),
    );
    const messages = await secretlint.lint(f.text, file);
    secretlintFound.set(
      f,
      messages.map((m) => ({ start: m.range[0], end: m.range[1], label: `${m.ruleId.replace('@secretlint/secretlint-rule-', '')} ${mask(f.text.slice(m.range[0], m.range[1]))}` })),
    );
  }
  const kw = score(fixtures, keywardFound);
  const sl = score(fixtures, secretlintFound);
  const madeUpCount = fixtures.reduce((n, f) => n + f.expected.filter((e) => madeUp(e.secret)).length, 0);

  print(`## keyward on secretlint's rule fixtures`);
  print();
  print(`secretlint/secretlint at ${commit.slice(0, 12)}: ${fixtures.length} fixtures from ${new Set(fixtures.map((f) => f.rule)).size} rule packages, ${fixtures.filter((f) => f.positive).length} with secrets to report; ${kw.tp + kw.fn} labelled secrets scored (${madeUpCount} visibly made-up ones left out). Peer: @secretlint/core ${secretlint.version} with the recommended preset ${secretlint.presetVersion}.`);
  print();
  print('| engine | recall | precision | F1 | TP | FN | FP |');
  print('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [name, s] of [['keyward', kw], [`secretlint ${secretlint.version}`, sl]] as const) print(`| ${name} | ${pct(s.tp, s.tp + s.fn)} | ${pct(s.tp, s.tp + s.fp)} | ${f1(s)} | ${s.tp} | ${s.fn} | ${s.fp} |`);
  print();
  print(`### keyward misses (${kw.misses.length})`);
  print();
  for (const m of kw.misses) print(`- ${m}`);
  print();
  print(`### keyward findings the snapshots do not list (${kw.extras.length})`);
  print();
  for (const m of kw.extras) print(`- ${m}`);
  print();
  print(`### secretlint ${secretlint.version} misses against its own snapshots (${sl.misses.length}; rules newer than the release, or fixtures for rules outside the preset)`);
  print();
  for (const m of sl.misses) print(`- ${m}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
