// keyward on other tools' own test data: secretlint's rule fixtures, side by side with
// secretlint (13.x, recommended preset) on the same files, gitleaks' rule tests and TruffleHog's
// detector pattern tests, printing every disagreement.
//
//   cd packages/core && npx tsup && pnpm bench:suites      (Markdown on stdout)
//   KEYWARD_BENCH_SUITES=gitleaks,trufflehog               (only those; secretlint needs npm)
//   KEYWARD_BENCH_SHOW=SquareSecret,jdbc                    (those rules' or detectors' misses and
//                                                            unwanted findings on stderr, masked)
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
import { readGitleaksCases } from './gitleaks-cases.js';
import { goEval, goString, scanTop, splitTop } from './go-source.js';
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
  /** The file's bytes: a binary fixture (a .p12 key store) goes to `scanBinary`, as the CLI sends it. */
  readonly bytes: Buffer;
  readonly positive: boolean;
  readonly expected: readonly Expected[];
}

// Rule packages whose fixtures are not about secret formats: presets (copies of the rules'
// fixtures), user-defined patterns, file-name rules, comment filtering, scaffolding.
const SKIP = /^(secretlint-rule-preset-|secretlint-rule-pattern$|secretlint-rule-example$|secretlint-rule-no-homedir$|secretlint-rule-no-dotenv$|secretlint-rule-filter-comments$)/;

const print = (s = ''): void => void process.stdout.write(`${s}\n`);
const log = (s: string): void => void process.stderr.write(`[suites] ${s}\n`);

// Cases to show in full (their secrets and findings masked), for triage: a comma list of gitleaks
// rule or TruffleHog detector names.
const SHOW = new Set(process.env['KEYWARD_BENCH_SHOW']?.split(',').map((s) => s.trim()) ?? []);
/** `text` with each span in `spans` masked, one line, at most 400 characters: no raw secret on screen. */
function shown(text: string, spans: readonly { start: number; end: number }[]): string {
  let out = '';
  let at = 0;
  for (const { start, end } of [...spans].filter((x) => x.start >= 0).sort((a, b) => a.start - b.start)) {
    if (start < at) continue;
    out += text.slice(at, start) + `<${mask(text.slice(start, end))} len=${end - start}>`;
    at = end;
  }
  out += text.slice(at);
  const max = Number(process.env["KEYWARD_BENCH_SHOW_MAX"] ?? 400);
  return JSON.stringify(out.length > max ? `${out.slice(0, max)}…` : out);
}

/** A bare clone of github.com/<owner>/<name> (blobs on demand), or its mirror under KEYWARD_BENCH_GIT_MIRRORS. */
function repoDir(owner: string, name: string): string {
  const mirrors = process.env['KEYWARD_BENCH_GIT_MIRRORS'];
  if (mirrors) return join(mirrors, `${owner}+${name}`, 'repo');
  const dir = join(benchDir(), 'git', name);
  if (!existsSync(dir)) {
    mkdirSync(join(benchDir(), 'git'), { recursive: true });
    execFileSync('git', ['clone', '--bare', '--filter=blob:none', `https://github.com/${owner}/${name}.git`, dir], { stdio: 'inherit' });
  }
  return dir;
}

/** "a 3, b 1": counts, largest first. */
const byCount = (counts: ReadonlyMap<string, number>): string =>
  [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en')).map(([k, n]) => `${k} ${n}`).join(', ');

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
    const bytes = execFileSync('git', ['--git-dir', dir, 'show', `HEAD:${path}`], { maxBuffer: 1 << 28 });
    const text = bytes.toString('utf8');
    const snapshot = JSON.parse(git('show', `HEAD:${path.replace(/input\.[^/]+$/, 'output.json')}`)) as { messages?: { range: [number, number]; ruleId: string; type?: string }[] };
    const expected = (snapshot.messages ?? []).filter((m) => m.type !== 'ignore').map((m) => ({ start: m.range[0], end: m.range[1], secret: text.slice(m.range[0], m.range[1]), ruleId: m.ruleId }));
    fixtures.push({ rule: rule as string, name: name as string, path, text, bytes, positive: expected.length > 0, expected });
  }
  return { commit, fixtures };
}

/**
 * Secrets a fixture says must be found that its snapshot does not list. The snapshots are
 * secretlint's own output, so a credential its rule cannot parse is missing from them even where
 * the fixture's own text says it must be reported. Each is added to the truth for both engines,
 * and the score against the bare snapshots is printed as well.
 */
const CORRECTIONS: readonly { readonly fixture: string; readonly line: RegExp; readonly why: string; readonly secret?: RegExp }[] = [
  // The file's header: "Real credentials that SHOULD be detected". Its snapshot lists 3 of its 5
  // URLs; these two have "@" and "!" in the password.
  { fixture: 'secretlint-rule-basicauth/ng.real-credentials', line: /^const SERVICE_URL = /, why: 'header "Real credentials that SHOULD be detected"; password holds "@"' },
  { fixture: 'secretlint-rule-basicauth/ng.real-credentials', line: /^const MONITORING = /, why: 'header "Real credentials that SHOULD be detected"; password holds "!"' },
  // The file's header: "Valid MySQL connection strings with real credentials"; the mysql client's
  // --password option is one line of it, which the snapshot does not list.
  { fixture: 'secretlint-rule-database-connection-string/ng.mysql', line: /^mysql --user=\S+ --password=/, secret: /--password=(\S+)/, why: 'header "Valid MySQL connection strings with real credentials"; a mysql --password= option' },
];

/** The fixtures with the corrections added: the `user:password` of each corrected line's URL, or the correction's `secret` group. */
function corrected(fixtures: readonly Fixture[]): Fixture[] {
  return fixtures.map((f) => {
    const extra: Expected[] = [];
    for (const c of CORRECTIONS) {
      if (c.fixture !== `${f.rule}/${f.name}`) continue;
      let at = 0;
      for (const line of f.text.split('\n')) {
        if (c.line.test(line)) {
          const m = c.secret?.exec(line);
          const from = m ? m.index + m[0].length - (m[1] ?? '').length : line.indexOf('://') + 3;
          const to = m ? m.index + m[0].length : line.lastIndexOf('@');
          if (from < 3 || to <= from) throw new Error(`correction for ${c.fixture} finds no URL credential: the fixture changed`);
          extra.push({ start: at + from, end: at + to, secret: line.slice(from, to), ruleId: 'correction' });
        }
        at += line.length + 1;
      }
      if (extra.length === 0) throw new Error(`correction for ${c.fixture} matches no line: the fixture changed`);
    }
    return extra.length > 0 ? { ...f, positive: true, expected: [...f.expected, ...extra] } : f;
  });
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

// ---------------------------------------------------------------------------------------------
// TruffleHog's detector pattern tests (pkg/detectors/*/*_test.go). Each test table lists inputs
// and the secrets its detector must return; inputs are Go expressions over the file's string
// constants. This reads the common shapes: string literals, constants, `+` and fmt.Sprintf with
// %s/%v/%d. A case with anything else is left out (and counted).

interface TruffleCase {
  readonly detector: string;
  readonly name: string;
  readonly input: string;
  /** The secrets to find; empty for a case that must find nothing. */
  readonly want: readonly string[];
}

/** The expression after `key:`, up to the comma, line end or closing bracket that ends it. */
function fieldExpr(text: string, from: number): string {
  return text.slice(from, scanTop(text, from, (c, depth) => depth < 0 || (depth === 0 && (c === ',' || c === '\n')))).trim();
}

function readTruffleCases(dir: string): { commit: string; cases: TruffleCase[]; skipped: number; files: number } {
  const git = (...args: string[]): string => execFileSync('git', ['--git-dir', dir, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const commit = git('rev-parse', 'HEAD').trim();
  const paths = git('ls-tree', '-r', '--name-only', 'HEAD', 'pkg/detectors')
    .split('\n')
    .filter((p) => /^pkg\/detectors\/[^/]+\/[^/]+_test\.go$/.test(p) && !p.endsWith('_integration_test.go'));
  // One `git cat-file --batch` for every file.
  const out = execFileSync('git', ['--git-dir', dir, 'cat-file', '--batch'], { input: paths.map((p) => `HEAD:${p}\n`).join(''), maxBuffer: 1 << 30 });
  const cases: TruffleCase[] = [];
  let skipped = 0;
  let at = 0;
  for (const path of paths) {
    const nl = out.indexOf(10, at);
    const size = Number(out.subarray(at, nl).toString('utf8').split(' ')[2]);
    const text = out.subarray(nl + 1, nl + 1 + size).toString('utf8');
    at = nl + 1 + size + 1;
    if (!/func Test\w*_Pattern/.test(text)) continue;
    const consts = new Map<string, string>();
    for (const m of text.matchAll(/^\s*(\w+)\s*(?:string\s*)?=\s*("(?:[^"\\\n]|\\.)*"|`[^`]*`)\s*$/gm)) {
      const v = goString(m[2] as string);
      if (v !== undefined && !consts.has(m[1] as string)) consts.set(m[1] as string, v);
    }
    const detector = path.split('/')[2] as string;
    for (const m of text.matchAll(/\binput:\s*/g)) {
      const inputExpr = fieldExpr(text, (m.index ?? 0) + m[0].length);
      const wantAt = text.indexOf('want:', (m.index ?? 0) + m[0].length);
      const nextInput = text.indexOf('input:', (m.index ?? 0) + m[0].length);
      if (wantAt === -1 || (nextInput !== -1 && wantAt > nextInput)) {
        skipped++;
        continue;
      }
      const wantExpr = fieldExpr(text, wantAt + 5);
      const input = goEval(inputExpr, consts);
      let want: string[] | undefined;
      if (/^(nil|\[\]string\{\s*\})$/.test(wantExpr)) want = [];
      else {
        const list = /^\[\]string\{([\s\S]*)\}$/.exec(wantExpr);
        const items = list ? splitTop(list[1] as string).map((x) => goEval(x, consts)) : undefined;
        want = items && !items.some((x) => x === undefined) ? (items as string[]) : undefined;
      }
      if (input === undefined || want === undefined) {
        skipped++;
        continue;
      }
      const nameMatch = /name:\s*("(?:[^"\\]|\\.)*")/.exec(text.slice(Math.max(0, (m.index ?? 0) - 300), m.index));
      cases.push({ detector, name: (nameMatch && goString(nameMatch[1] as string)) ?? '', input, want });
    }
  }
  return { commit, cases, skipped, files: paths.length };
}


function truffleSuite(detector: ReturnType<typeof createDetector>): void {
  const { commit, cases, skipped, files } = readTruffleCases(repoDir('trufflesecurity', 'trufflehog'));
  let tp = 0;
  let fn = 0;
  let fp = 0;
  const missedBy = new Map<string, number>();
  const extraBy = new Map<string, number>();
  const detectorsWithPositives = new Set<string>();
  const detectorsFound = new Set<string>();
  for (const c of cases) {
    const findings = detector.scan(c.input);
    const wanted = c.want.filter((w) => w.length > 0 && !madeUp(w));
    if (c.want.length > 0 && wanted.length === 0) continue;
    for (const w of wanted) {
      detectorsWithPositives.add(c.detector);
      const start = c.input.indexOf(w);
      // A result that joins parts (an id and a secret) is not in the input as it is: any finding counts.
      const hit = start === -1 ? findings.length > 0 : findings.some((f) => f.start < start + w.length && f.end > start);
      if (hit) {
        tp++;
        detectorsFound.add(c.detector);
      } else {
        fn++;
        missedBy.set(c.detector, (missedBy.get(c.detector) ?? 0) + 1);
        if (SHOW.has(c.detector)) log(`miss ${c.detector}: ${shown(c.input, [...wanted.map((x) => ({ start: c.input.indexOf(x), end: c.input.indexOf(x) + x.length })), ...findings])}`);
      }
    }
    for (const f of findings) {
      const overlaps = wanted.some((w) => {
        const start = c.input.indexOf(w);
        return start === -1 || (f.start < start + w.length && f.end > start);
      });
      if (overlaps || madeUp(c.input.slice(f.start, f.end))) continue;
      fp++;
      extraBy.set(`${c.detector} → ${f.ruleId}`, (extraBy.get(`${c.detector} → ${f.ruleId}`) ?? 0) + 1);
      if (SHOW.has(c.detector)) log(`unwanted ${c.detector} → ${f.ruleId}: ${shown(c.input, [f, ...wanted.map((x) => ({ start: c.input.indexOf(x), end: c.input.indexOf(x) + x.length }))])}`);
    }
  }
  print(`## keyward on TruffleHog's detector pattern tests`);
  print();
  print(`trufflesecurity/trufflehog at ${commit.slice(0, 12)}: ${files} test files; ${cases.length} cases read (${skipped} left out: an input or want this reader cannot evaluate), ${detectorsWithPositives.size} detectors with a secret to find. TruffleHog itself is not run (Go). Secrets that are visibly made up are left out, as above.`);
  print();
  print('| engine | recall | precision | F1 | TP | FN | FP | detectors with at least one secret found |');
  print('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  const s: Score = { tp, fn, fp, misses: [], extras: [] };
  print(`| keyward | ${pct(tp, tp + fn)} | ${pct(tp, tp + fp)} | ${f1(s)} | ${tp} | ${fn} | ${fp} | ${detectorsFound.size} of ${detectorsWithPositives.size} |`);
  print();
  print(`### Detectors whose secrets keyward misses (${missedBy.size}), by misses`);
  print();
  print(byCount(missedBy));
  print();
  print(`### keyward findings where the test wants none or another secret (${fp}), by detector and keyward rule`);
  print();
  print(byCount(extraBy));
  print();
}

// ---------------------------------------------------------------------------------------------
// gitleaks' rule tests (cmd/generate/config/rules/*.go), rebuilt by gitleaks-cases.ts.


function gitleaksSuite(detector: ReturnType<typeof createDetector>): void {
  const { commit, cases, skipped, rules } = readGitleaksCases(repoDir('gitleaks', 'gitleaks'));
  const s: Score = { tp: 0, fn: 0, fp: 0, misses: [], extras: [] };
  const missedBy = new Map<string, number>();
  const extraBy = new Map<string, number>();
  const rulesWithPositives = new Set<string>();
  const rulesAllFound = new Map<string, boolean>();
  let madeUpCount = 0;
  for (const c of cases) {
    const findings = detector.scan(c.text);
    const at = c.secret === undefined ? -1 : c.text.indexOf(c.secret);
    const onSecret = (f: { start: number; end: number }): boolean => at !== -1 && f.start < at + (c.secret as string).length && f.end > at;
    if (c.positive) {
      if (madeUp(c.secret ?? c.text)) {
        madeUpCount++;
        continue;
      }
      rulesWithPositives.add(c.rule);
      // With the generated secret known, a finding must cover it; a literal case needs any finding.
      const hit = at === -1 ? findings.length > 0 : findings.some(onSecret);
      if (hit) s.tp++;
      else {
        s.fn++;
        missedBy.set(c.rule, (missedBy.get(c.rule) ?? 0) + 1);
        if (SHOW.has(c.rule)) log(`miss ${c.rule}: ${shown(c.text, [{ start: at, end: at === -1 ? -1 : at + (c.secret as string).length }, ...findings])}`);
      }
      rulesAllFound.set(c.rule, (rulesAllFound.get(c.rule) ?? true) && hit);
    }
    for (const f of findings) {
      if (c.positive && (at === -1 || onSecret(f))) continue;
      if (madeUp(c.text.slice(f.start, f.end))) continue;
      s.fp++;
      const key = `${c.rule} (${c.positive ? 'beside a true positive' : 'fps'}) → ${f.ruleId}`;
      extraBy.set(key, (extraBy.get(key) ?? 0) + 1);
      if (SHOW.has(c.rule)) log(`unwanted ${key}: ${shown(c.text, [f])}`);
    }
  }
  const allFound = [...rulesAllFound.values()].filter(Boolean).length;
  print("## keyward on gitleaks' rule tests");
  print();
  print(`gitleaks/gitleaks at ${commit.slice(0, 12)}: ${rules} rule functions; ${cases.length} cases rebuilt (${cases.filter((c) => c.positive).length} true positives, ${cases.filter((c) => !c.positive).length} false positives; ${skipped} list items or statements this reader cannot evaluate left out; ${madeUpCount} visibly made-up true positives left out). Generated tokens come from a seeded generator, embedded in gitleaks' own sample templates. gitleaks itself is not run (Go); its own validation requires each rule to match every true positive and no false positive of that rule.`);
  print();
  print('| engine | recall | precision | F1 | TP | FN | FP | rules with every true positive found |');
  print('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  print(`| keyward | ${pct(s.tp, s.tp + s.fn)} | ${pct(s.tp, s.tp + s.fp)} | ${f1(s)} | ${s.tp} | ${s.fn} | ${s.fp} | ${allFound} of ${rulesWithPositives.size} |`);
  print();
  print(`### gitleaks rules whose true positives keyward misses (${missedBy.size}), by misses`);
  print();
  print(byCount(missedBy));
  print();
  print(`### keyward findings gitleaks' cases do not want (${s.fp}), by case and keyward rule`);
  print();
  print(byCount(extraBy));
  print();
}

async function main(): Promise<void> {
  const only = process.env['KEYWARD_BENCH_SUITES']?.split(',');
  if (only && !only.includes('secretlint')) {
    if (only.includes('gitleaks')) gitleaksSuite(createDetector());
    if (only.includes('trufflehog')) truffleSuite(createDetector());
    return;
  }
  const dir = repoDir('secretlint', 'secretlint');
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
      (f.bytes.subarray(0, 8000).includes(0) ? detector.scanBinary(f.bytes, { path: file }) : detector.scan(f.text, { path: file })).map((x) => ({ start: x.start, end: x.end, label: `${x.ruleId} ${x.redacted}` })),
    );
    const messages = await secretlint.lint(f.text, file);
    secretlintFound.set(
      f,
      messages.map((m) => ({ start: m.range[0], end: m.range[1], label: `${m.ruleId.replace('@secretlint/secretlint-rule-', '')} ${mask(f.text.slice(m.range[0], m.range[1]))}` })),
    );
  }
  const kw = score(fixtures, keywardFound);
  const sl = score(fixtures, secretlintFound);
  const fixed = corrected(fixtures);
  const byOriginal = (found: ReadonlyMap<Fixture, { start: number; end: number; label: string }[]>): Map<Fixture, { start: number; end: number; label: string }[]> =>
    new Map(fixed.map((f, i) => [f, found.get(fixtures[i] as Fixture) ?? []]));
  const kwFixed = score(fixed, byOriginal(keywardFound));
  const slFixed = score(fixed, byOriginal(secretlintFound));
  const madeUpCount = fixtures.reduce((n, f) => n + f.expected.filter((e) => madeUp(e.secret)).length, 0);

  print(`## keyward on secretlint's rule fixtures`);
  print();
  print(`secretlint/secretlint at ${commit.slice(0, 12)}: ${fixtures.length} fixtures from ${new Set(fixtures.map((f) => f.rule)).size} rule packages, ${fixtures.filter((f) => f.positive).length} with secrets to report; ${kw.tp + kw.fn} labelled secrets scored (${madeUpCount} visibly made-up ones left out). Peer: @secretlint/core ${secretlint.version} with the recommended preset ${secretlint.presetVersion}.`);
  print();
  print('| engine | recall | precision | F1 | TP | FN | FP |');
  print('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [name, s] of [['keyward', kw], [`secretlint ${secretlint.version}`, sl]] as const) print(`| ${name} | ${pct(s.tp, s.tp + s.fn)} | ${pct(s.tp, s.tp + s.fp)} | ${f1(s)} | ${s.tp} | ${s.fn} | ${s.fp} |`);
  print();
  print(`With ${CORRECTIONS.length} secrets added that the fixtures say must be found but the snapshots (secretlint's own output) leave out, for both engines:`);
  print();
  print('| engine | recall | precision | F1 | TP | FN | FP |');
  print('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [name, s] of [['keyward', kwFixed], [`secretlint ${secretlint.version}`, slFixed]] as const) print(`| ${name} | ${pct(s.tp, s.tp + s.fn)} | ${pct(s.tp, s.tp + s.fp)} | ${f1(s)} | ${s.tp} | ${s.fn} | ${s.fp} |`);
  print();
  for (const c of CORRECTIONS) print(`- ${c.fixture}: ${c.why}`);
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
  print();
  if (!only || only.includes('gitleaks')) gitleaksSuite(detector);
  if (!only || only.includes('trufflehog')) truffleSuite(detector);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
