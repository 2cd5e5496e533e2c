// The @keyward/core benchmark: keyward vs secretlint, side by side, in one run.
//
//   cd packages/core && npx tsup && pnpm bench
//
// 1. Throughput on real source (popular npm packages, installed on first run into a cache folder
//    under os.tmpdir()), with two baselines: a regex union of 30 keywords and a loop touching
//    every character.
// 2. Accuracy on a labelled corpus generated at run time from a fixed seed: planted tokens for
//    every catalog rule, and near-miss negatives.
//
// Output is Markdown (tables) on stdout; progress goes to stderr. No raw token is ever printed:
// findings are shown as rule ids and masks.
//
// Environment: KEYWARD_BENCH_DIR (cache folder), KEYWARD_BENCH_PASSES (warm passes, default 5),
// KEYWARD_BENCH_SECRETLINT_PASSES (default 2).

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalog, createDetector, createSampleGen } from '@keyward/core';
import type { Detector, Finding } from '@keyward/core';
import { countBy, fixed, mb, mbps, median, pct, seconds, table } from './format.js';
import type { Cell } from './format.js';
import { buildLabelledCorpus, SAMPLES_PER_RULE, SEED } from './labelled.js';
import type { LabelledFile, Span } from './labelled.js';
import { benchDir, CORPUS_PACKAGES, corpusDir, ensureInstalled, loadCorpus, loadSecretlint, MAX_FILE_BYTES, PEER_PACKAGES, peerDir } from './setup.js';
import type { CorpusFile, Secretlint, SecretlintMessage } from './setup.js';

const WARM_PASSES = Math.max(1, Number(process.env.KEYWARD_BENCH_PASSES ?? 5));
const SECRETLINT_WARM_PASSES = Math.max(0, Number(process.env.KEYWARD_BENCH_SECRETLINT_PASSES ?? 2));

/**
 * Keyword rule ids whose format the secretlint recommended preset (default options) claims to
 * detect, and the secretlint rule that claims it. Read from the preset's bundled source (13.0.7).
 * Not claimed although the provider is covered: aws-access-key-id (the aws rule's
 * `enableIDScanRule` is off by default), Vercel and Cloudflare (secretlint targets the newer
 * vcp_/cfk_ formats, keyward's rules are the keyed legacy ones), slack config/refresh tokens.
 */
const SECRETLINT_CLAIMS: Readonly<Record<string, string>> = {
  'notion-integration-token': 'notion',
  'github-pat-classic': 'github',
  'github-oauth-token': 'github',
  'github-user-to-server-token': 'github',
  'github-server-to-server-token': 'github',
  'github-refresh-token': 'github',
  'github-fine-grained-pat': 'github',
  'gitlab-pat': 'gitlab',
  'aws-secret-access-key': 'aws',
  'gcp-service-account-private-key': 'gcp',
  'stripe-secret-key': 'stripe',
  'stripe-restricted-key': 'stripe',
  'stripe-test-secret-key': 'stripe',
  'slack-bot-token': 'slack',
  'slack-user-token': 'slack',
  'slack-legacy-token': 'slack',
  'slack-app-token': 'slack',
  'slack-webhook-url': 'slack',
  'openai-project-key': 'openai',
  'openai-service-account-key': 'openai',
  'openai-admin-key': 'openai',
  'openai-legacy-key': 'openai',
  'anthropic-api-key': 'anthropic',
  'huggingface-access-token': 'huggingface',
  'groq-api-key': 'groq',
  'linear-api-key': 'linear',
  'npm-access-token': 'npm',
  'npmrc-auth-token': 'npm (.npmrc files only)',
  'sendgrid-api-key': 'sendgrid',
  'shopify-access-token': 'shopify',
  'shopify-custom-app-token': 'shopify',
  'shopify-private-app-token': 'shopify',
  'shopify-shared-secret': 'shopify',
  'tailscale-key': 'tailscale',
  'databricks-token': 'databricks',
  'grafana-cloud-token': 'grafana',
  'grafana-service-account-token': 'grafana',
  'figma-pat': 'figma',
  'dockerhub-pat': 'docker',
  'vault-service-token': 'hashicorp-vault',
  'vault-batch-token': 'hashicorp-vault',
  'onepassword-service-account-token': '1password',
  'private-key': 'privatekey',
  'pgp-private-key-block': 'privatekey',
  'url-credentials': 'basicauth / database-connection-string',
};

// The baseline: one case-insensitive pass of a plain alternation of 30 keywords.
const KEYWORDS = ['key', 'token', 'secret', 'passw', 'pwd', 'credential', 'auth', 'bearer', 'private key', 'api_key', 'apikey', 'access_key', 'client_secret', 'ghp_', 'gho_', 'github_pat_', 'glpat-', 'akia', 'asia', 'aiza', 'sk_live_', 'rk_live_', 'xoxb-', 'xoxp-', 'sk-', 'hf_', 'npm_', 'eyj', '-----begin', '://'];
const KEYWORD_UNION = new RegExp(KEYWORDS.map((k) => k.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')).join('|'), 'gi');

const print = (text = ''): void => {
  console.log(text);
};
const progress = (text: string): void => {
  console.error(`[bench] ${text}`);
};
const short = (ruleId: string): string => ruleId.replace('@secretlint/secretlint-rule-', '');

/** One timed pass: wall-clock and process CPU milliseconds (user + system, all threads). */
interface Timing {
  readonly wall: number;
  readonly cpu: number;
}

interface Engine {
  readonly name: string;
  readonly cold: Timing;
  readonly warm: readonly Timing[];
  readonly bytes: number;
}

function timeSync(fn: () => void): Timing {
  const cpu = process.cpuUsage();
  const t = performance.now();
  fn();
  const wall = performance.now() - t;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

async function timeAsync(fn: () => Promise<void>): Promise<Timing> {
  const cpu = process.cpuUsage();
  const t = performance.now();
  await fn();
  const wall = performance.now() - t;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

/** Warm MB/s (median pass) by CPU time or wall time; the cold pass when there is no warm one. */
function warmMbps(e: Engine, clock: keyof Timing = 'cpu'): number {
  return mbps(e.bytes, e.warm.length > 0 ? median(e.warm.map((t) => t[clock])) : e.cold[clock]);
}

function engineRow(e: Engine): Cell[] {
  const best = e.warm.length > 0 ? fixed(mbps(e.bytes, Math.min(...e.warm.map((t) => t.cpu)))) : 'n/a';
  return [e.name, seconds(e.cold.cpu), fixed(mbps(e.bytes, e.cold.cpu)), fixed(mbps(e.bytes, e.cold.wall)), fixed(warmMbps(e, 'cpu')), best, fixed(warmMbps(e, 'wall'))];
}

async function sanityCheck(secretlint: Secretlint, detector: Detector): Promise<void> {
  const g = createSampleGen(7);
  const rule = (id: string) => catalog.find((r) => r.id === id)!;
  const aws = rule('aws-secret-access-key').sample(g);
  const github = rule('github-pat-classic').sample(g);
  const text = `AWS_SECRET_ACCESS_KEY=${aws}\nconst token = "${github}";\n`;
  const sl = (await secretlint.lint(text, 'sanity/config.ts')).map((m) => short(m.ruleId));
  const kw = detector.scan(text, { path: 'sanity/config.ts' }).map((f) => f.ruleId);
  const ok = sl.includes('aws') && sl.includes('github') && kw.includes('aws-secret-access-key') && kw.includes('github-pat-classic');
  print(`Sanity check (a planted AWS secret access key and a GitHub classic PAT): secretlint reported [${sl.join(', ')}], keyward reported [${kw.join(', ')}].`);
  if (!ok) throw new Error('Sanity check failed: an engine did not report the planted AWS key and GitHub token, so the comparison would be meaningless.');
}

// ---------------------------------------------------------------------------------------------
// Scenario 1: throughput on real source.

interface ThroughputResult {
  readonly keyward: Finding[];
  readonly secretlint: { file: CorpusFile; message: SecretlintMessage }[];
  readonly keywardMbps: number;
  readonly secretlintMbps: number;
  readonly ratio: number;
  /** keyward ÷ one pass of the keyword-union regex, and that regex's speed. */
  readonly unionRatio: number;
  readonly unionMbps: number;
}

async function throughput(files: readonly CorpusFile[], bytes: number, detector: Detector, secretlint: Secretlint): Promise<ThroughputResult> {
  const engines: Engine[] = [];
  let sink = 0;

  const touch = (): void => {
    let sum = 0;
    for (const f of files) {
      const t = f.text;
      for (let i = 0; i < t.length; i++) sum = (sum + t.charCodeAt(i)) | 0;
    }
    sink ^= sum;
  };
  progress('touch-every-char loop');
  engines.push({ name: 'touch every char (charCodeAt loop)', cold: timeSync(touch), warm: Array.from({ length: WARM_PASSES }, () => timeSync(touch)), bytes });

  const union = (): void => {
    let n = 0;
    for (const f of files) {
      KEYWORD_UNION.lastIndex = 0;
      while (KEYWORD_UNION.exec(f.text) !== null) n++;
    }
    sink ^= n;
  };
  progress('keyword-union regex');
  engines.push({ name: `regex union of ${KEYWORDS.length} keywords (/…/gi, one pass)`, cold: timeSync(union), warm: Array.from({ length: WARM_PASSES }, () => timeSync(union)), bytes });

  const findings: Finding[] = [];
  const scanAll = (collect: boolean): void => {
    for (const f of files) {
      const found = detector.scan(f.text, { path: f.path });
      if (collect) findings.push(...found);
    }
  };
  progress('keyward scan (cold pass)');
  const kwCold = timeSync(() => scanAll(true));
  const kwWarm: Timing[] = [];
  for (let p = 0; p < WARM_PASSES; p++) {
    progress(`keyward scan (warm pass ${p + 1}/${WARM_PASSES})`);
    kwWarm.push(timeSync(() => scanAll(false)));
  }
  const keyward: Engine = { name: 'keyward `detector.scan`', cold: kwCold, warm: kwWarm, bytes };
  engines.push(keyward);

  const messages: { file: CorpusFile; message: SecretlintMessage }[] = [];
  const lintAll = async (collect: boolean): Promise<void> => {
    for (const f of files) {
      const found = await secretlint.lint(f.text, f.path);
      if (collect) for (const message of found) messages.push({ file: f, message });
    }
  };
  progress('secretlint lintSource (cold pass)');
  const slCold = await timeAsync(() => lintAll(true));
  const slWarm: Timing[] = [];
  for (let p = 0; p < SECRETLINT_WARM_PASSES; p++) {
    progress(`secretlint lintSource (warm pass ${p + 1}/${SECRETLINT_WARM_PASSES})`);
    slWarm.push(await timeAsync(() => lintAll(false)));
  }
  const sl: Engine = { name: `secretlint ${secretlint.version} \`lintSource\` + preset-recommend`, cold: slCold, warm: slWarm, bytes };
  engines.push(sl);
  // For reference: the library's default, with the profiler recording marks on every rule/file.
  progress('secretlint lintSource with its default profiler on (one pass)');
  await secretlint.setProfiler(true);
  const slProfiled = await timeAsync(() => lintAll(false));
  await secretlint.setProfiler(false);
  engines.push({ name: 'secretlint, library default (profiler on), one pass', cold: slProfiled, warm: [], bytes });

  print('### Throughput (real source, single thread)');
  print();
  print(`Every engine ran over the same ${files.length.toLocaleString('en-US')} files (${mb(bytes)}), already in memory. MB = 10^6 bytes of file content. Throughput is computed from process CPU time (user + system, all threads, so garbage collection counts), which other load on a shared machine barely moves; wall-clock MB/s is shown too. The cold pass is the first pass after start-up (what a one-shot CLI run sees); warm is the median of ${WARM_PASSES} further passes for keyward and the baselines and of ${SECRETLINT_WARM_PASSES} for secretlint. secretlint runs with its profiler switched off (\`secretLintProfiler.setEnabled(false)\`, as its README advises for library use; the CLI only enables it with \`--profile\`).`);
  print();
  print(table(['Engine', 'Cold pass (CPU)', 'Cold MB/s (CPU)', 'Cold MB/s (wall)', '**Warm MB/s (CPU)**', 'Best warm MB/s (CPU)', 'Warm MB/s (wall)'], engines.map(engineRow)));
  print();
  const coldRatio = mbps(bytes, keyward.cold.cpu) / mbps(bytes, sl.cold.cpu);
  const warmRatio = warmMbps(keyward) / warmMbps(sl);
  const wallRatio = warmMbps(keyward, 'wall') / warmMbps(sl, 'wall');
  const profiledRatio = warmMbps(keyward) / mbps(bytes, slProfiled.cpu);
  print(`keyward / secretlint: **${fixed(warmRatio, 2)}×** warm (CPU time), ${fixed(coldRatio, 2)}× cold (CPU time), ${fixed(wallRatio, 2)}× warm (wall time); ${fixed(profiledRatio, 2)}× against secretlint with its profiler left on (the library default, not what its CLI does). keyward runs at ${pct(warmMbps(keyward), warmMbps(engines[1]!), 0)} of the keyword-union baseline's speed and ${pct(warmMbps(keyward), warmMbps(engines[0]!), 1)} of the touch-every-char loop's.`);
  print();
  if (sink === 42) print(''); // keeps the baseline loops from being optimised away
  return { keyward: findings, secretlint: messages, keywardMbps: warmMbps(keyward), secretlintMbps: warmMbps(sl), ratio: warmRatio, unionRatio: warmMbps(keyward) / warmMbps(engines[1]!), unionMbps: warmMbps(engines[1]!) };
}

function realFindings(files: readonly CorpusFile[], keyward: readonly Finding[], secretlint: readonly { file: CorpusFile; message: SecretlintMessage }[]): void {
  print('### Findings on the real corpus');
  print();
  print(`Published packages hold essentially no live secrets, so findings here are most likely false positives (or test fixtures). keyward: **${keyward.length}** findings in ${new Set(keyward.map((f) => f.path)).size} files; secretlint: **${secretlint.length}** in ${new Set(secretlint.map((m) => m.file.path)).size} files (of ${files.length.toLocaleString('en-US')}).`);
  print();
  if (keyward.length > 0) {
    print('keyward findings by rule id:');
    print();
    print(table(['Rule id', 'Findings', 'Files'], countBy(keyward, (f) => f.ruleId).map(([id, n]) => [id, n, new Set(keyward.filter((f) => f.ruleId === id).map((f) => f.path)).size])));
    print();
    print('keyward findings (first 30, masked):');
    print();
    print(table(['File', 'Line', 'Rule id', 'Confidence', 'Masked'], keyward.slice(0, 30).map((f) => [f.path ?? '', f.line, f.ruleId, f.confidence, f.redacted])));
    print();
  }
  if (secretlint.length > 0) {
    print('secretlint findings by rule / message id:');
    print();
    print(table(['secretlint rule', 'messageId', 'Findings'], countBy(secretlint, (m) => `${short(m.message.ruleId)}\u0000${m.message.messageId ?? ''}`).map(([k, n]) => [...k.split('\u0000'), n])));
    print();
    print('secretlint findings (first 30):');
    print();
    print(table(['File', 'Line', 'Rule', 'messageId'], secretlint.slice(0, 30).map((m) => [m.file.path, m.message.loc.start.line, short(m.message.ruleId), m.message.messageId ?? ''])));
    print();
  }
}

// ---------------------------------------------------------------------------------------------
// Scenario 2: accuracy on the labelled corpus.

interface Hit {
  readonly start: number;
  readonly end: number;
  readonly startLine: number;
  readonly endLine: number;
  readonly rule: string;
  readonly masked: string;
}

interface Score {
  readonly tp: number;
  readonly misses: LabelledFile[];
  readonly fps: { readonly file: LabelledFile; readonly hit: Hit }[];
  readonly otherRule: { readonly file: LabelledFile; readonly rules: string[] }[];
  readonly hitsPerFile: Hit[][];
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

const overlaps = (h: Hit, s: Span): boolean => h.start < s.end && h.end > s.start;

function score(files: readonly LabelledFile[], hitsPerFile: Hit[][], lenientLines: boolean): Score {
  let tp = 0;
  const misses: LabelledFile[] = [];
  const fps: { file: LabelledFile; hit: Hit }[] = [];
  const otherRule: { file: LabelledFile; rules: string[] }[] = [];
  files.forEach((file, i) => {
    const hits = hitsPerFile[i]!;
    if (!file.span || !file.rule) {
      for (const hit of hits) fps.push({ file, hit });
      return;
    }
    const span = file.span;
    const first = lineAt(file.text, span.start);
    const last = lineAt(file.text, span.end - 1);
    const on = hits.filter((h) => overlaps(h, span) || (lenientLines && h.startLine <= last && h.endLine >= first));
    if (on.length > 0) tp++;
    else misses.push(file);
    for (const hit of hits) if (!on.includes(hit)) fps.push({ file, hit });
    if (on.length > 0 && !on.some((h) => h.rule === file.rule!.id)) otherRule.push({ file, rules: on.map((h) => h.rule) });
  });
  return { tp, misses, fps, otherRule, hitsPerFile };
}

function accuracyTable(files: readonly LabelledFile[], kw: Score, sl: Score): void {
  const planted = files.filter((f) => f.span);
  const negatives = files.filter((f) => !f.span);
  const claimed = planted.filter((f) => f.rule!.id in SECRETLINT_CLAIMS);
  const slClaimedTp = claimed.length - sl.misses.filter((f) => f.rule!.id in SECRETLINT_CLAIMS).length;
  const kwClaimedTp = claimed.length - kw.misses.filter((f) => f.rule!.id in SECRETLINT_CLAIMS).length;
  const inPlanted = (s: Score): number => s.fps.filter((x) => x.file.span).length;
  const inNegative = (s: Score): number => s.fps.filter((x) => !x.file.span).length;
  const negFiles = (s: Score): number => new Set(s.fps.filter((x) => !x.file.span).map((x) => x.file.path)).size;
  const precision = (s: Score): string => pct(s.tp, s.tp + s.fps.length);
  // Precision restricted to what secretlint claims: its TPs on claimed rules vs all its FPs.
  print(
    table(
      ['Metric', 'keyward', 'secretlint'],
      [
        ['Planted tokens (all rules)', planted.length, planted.length],
        ['Detected (TP)', kw.tp, sl.tp],
        ['Missed (FN)', kw.misses.length, sl.misses.length],
        ['**Recall, all planted tokens**', `**${pct(kw.tp, planted.length)}**`, `**${pct(sl.tp, planted.length)}**`],
        [`Planted tokens of the ${new Set(claimed.map((f) => f.rule!.id)).size} formats secretlint claims`, claimed.length, claimed.length],
        ['Recall on secretlint-claimed formats', pct(kwClaimedTp, claimed.length), pct(slClaimedTp, claimed.length)],
        ['False-positive findings in planted files (outside the span)', inPlanted(kw), inPlanted(sl)],
        [`False-positive findings in ${negatives.length.toLocaleString('en-US')} near-miss files`, inNegative(kw), inNegative(sl)],
        ['Near-miss files with any finding', `${negFiles(kw)} (${pct(negFiles(kw), negatives.length)})`, `${negFiles(sl)} (${pct(negFiles(sl), negatives.length)})`],
        ['**Precision** = TP / (TP + FP findings)', `**${precision(kw)}**`, `**${precision(sl)}**`],
        ['TP found by the planted rule itself', `${kw.tp - kw.otherRule.length} of ${kw.tp}`, 'n/a'],
      ],
    ),
  );
  print();
}

function report(files: readonly LabelledFile[], kw: Score, sl: Score): void {
  const planted = files.filter((f) => f.span);
  const negatives = files.filter((f) => !f.span);

  print('#### Recall by file type');
  print();
  const kinds = countBy(planted, (f) => f.kind).map(([k]) => k);
  print(
    table(
      ['File type', 'Planted', 'keyward TP', 'keyward recall', 'secretlint TP', 'secretlint recall'],
      kinds.map((k) => {
        const n = planted.filter((f) => f.kind === k).length;
        const kt = n - kw.misses.filter((f) => f.kind === k).length;
        const st = n - sl.misses.filter((f) => f.kind === k).length;
        return [k, n, kt, pct(kt, n), st, pct(st, n)];
      }),
    ),
  );
  print();

  print('#### Near-miss negatives by category');
  print();
  const categories = countBy(negatives, (f) => f.category);
  const fpIn = (s: Score, c: string): number => s.fps.filter((x) => !x.file.span && x.file.category === c).length;
  const filesIn = (s: Score, c: string): number => new Set(s.fps.filter((x) => !x.file.span && x.file.category === c).map((x) => x.file.path)).size;
  print(
    table(
      ['Category', 'Files', 'File types', 'keyward FP findings', 'keyward files hit', 'secretlint FP findings', 'secretlint files hit'],
      categories.map(([c, n]) => [c, n, new Set(negatives.filter((f) => f.category === c).map((f) => f.kind)).size, fpIn(kw, c), filesIn(kw, c), fpIn(sl, c), filesIn(sl, c)]),
    ),
  );
  print();

  print('#### keyward misses (planted token not reported), by rule and context');
  print();
  if (kw.misses.length === 0) print('None.');
  else print(table(['Rule id', 'Context (file type: slot)', 'Missed', 'Of planted in this context'], countBy(kw.misses, (f) => `${f.rule!.id}\u0000${f.context}`).map(([k, n]) => {
    const [id, context] = k.split('\u0000') as [string, string];
    return [id, context, n, planted.filter((f) => f.rule!.id === id && f.context === context).length];
  })));
  print();

  print('#### keyward false positives, by category, key name and reporting rule');
  print();
  if (kw.fps.length === 0) print('None.');
  else
    print(
      table(
        ['Category', 'What', 'Key name', 'Reported as', 'Findings', 'Contexts (file type: slot)'],
        countBy(kw.fps, (x) => `${x.file.category}\u0000${x.file.label}\u0000${x.file.key ?? '(none)'}\u0000${x.hit.rule}`).map(([k, n]) => {
          const [category, label, key, rule] = k.split('\u0000') as [string, string, string, string];
          const these = kw.fps.filter((x) => x.file.category === category && x.file.label === label && (x.file.key ?? '(none)') === key && x.hit.rule === rule);
          return [category, label, key, rule, n, countBy(these, (x) => x.file.context).map(([c, m]) => (m > 1 ? `${c} ×${m}` : c)).join('; ')];
        }),
      ),
    );
  print();
  const cleanNegatives = countBy(negatives, (f) => f.category).filter(([c]) => !kw.fps.some((x) => !x.file.span && x.file.category === c));
  print(`Categories with no keyward finding at all: ${cleanNegatives.map(([c, n]) => `${c} (${n} files)`).join(', ')}.`);
  print();

  print('#### keyward: planted tokens reported by a different rule than the one planted');
  print();
  print('These count as detected, but the planted rule itself did not fire (a fallback such as a generic or carrier rule caught the token).');
  print();
  if (kw.otherRule.length === 0) print('None.');
  else
    print(
      table(
        ['Planted rule', 'Reported as', 'Count', 'Contexts'],
        countBy(kw.otherRule, (x) => `${x.file.rule!.id}\u0000${[...new Set(x.rules)].join(', ')}`).map(([k, n]) => {
          const [id, rules] = k.split('\u0000') as [string, string];
          const contexts = countBy(kw.otherRule.filter((x) => x.file.rule!.id === id && [...new Set(x.rules)].join(', ') === rules), (x) => x.file.context);
          return [id, rules, n, contexts.map(([c, m]) => (m > 1 ? `${c} ×${m}` : c)).join('; ')];
        }),
      ),
    );
  print();

  print('#### secretlint recall per claimed format');
  print();
  const claimedIds = Object.keys(SECRETLINT_CLAIMS).filter((id) => planted.some((f) => f.rule!.id === id));
  print(
    table(
      ['keyward rule id', 'secretlint rule', 'Planted', 'secretlint TP', 'keyward TP'],
      claimedIds.map((id) => {
        const n = planted.filter((f) => f.rule!.id === id).length;
        return [id, SECRETLINT_CLAIMS[id]!, n, n - sl.misses.filter((f) => f.rule!.id === id).length, n - kw.misses.filter((f) => f.rule!.id === id).length];
      }),
    ),
  );
  print();
  const unclaimedHits = planted.filter((f) => !(f.rule!.id in SECRETLINT_CLAIMS) && !sl.misses.includes(f));
  if (unclaimedHits.length > 0) {
    print(`secretlint also detected ${unclaimedHits.length} planted tokens of formats outside the claimed list: ${countBy(unclaimedHits, (f) => f.rule!.id).map(([id, n]) => `${id} (${n})`).join(', ')}.`);
    print();
  }

  print('#### secretlint false positives, by category and rule');
  print();
  if (sl.fps.length === 0) print('None.');
  else
    print(
      table(
        ['Category', 'What', 'secretlint rule', 'Findings', 'File types'],
        countBy(sl.fps, (x) => `${x.file.category}\u0000${x.file.label}\u0000${x.hit.rule}`).map(([k, n]) => {
          const [category, label, rule] = k.split('\u0000') as [string, string, string];
          const kinds = new Set(sl.fps.filter((x) => x.file.category === category && x.file.label === label && x.hit.rule === rule).map((x) => x.file.kind));
          return [category, label, rule, n, [...kinds].sort().join(', ')];
        }),
      ),
    );
  print();
}

async function accuracy(detector: Detector, secretlint: Secretlint): Promise<{ kw: Score; sl: Score; planted: number }> {
  progress('building the labelled corpus');
  const corpus = buildLabelledCorpus(SEED);
  const { files } = corpus;
  const rules = new Set(files.filter((f) => f.rule).map((f) => f.rule!.id));

  progress('keyward on the labelled corpus');
  const kwHits: Hit[][] = [];
  const kwMs = timeSync(() => {
    for (const f of files) {
      kwHits.push(detector.scan(f.text, { path: f.path }).map((x) => ({ start: x.start, end: x.end, startLine: x.line, endLine: lineAt(f.text, x.end - 1), rule: x.ruleId, masked: x.redacted })));
    }
  });
  progress('secretlint on the labelled corpus');
  const slHits: Hit[][] = [];
  const slMs = await timeAsync(async () => {
    for (const f of files) {
      const messages = await secretlint.lint(f.text, f.path);
      slHits.push(messages.map((m) => ({ start: m.range[0], end: m.range[1], startLine: m.loc.start.line, endLine: m.loc.end.line, rule: short(m.ruleId), masked: '****' })));
    }
  });

  const kw = score(files, kwHits, false);
  const sl = score(files, slHits, true);

  print('### Accuracy (labelled corpus)');
  print();
  print(
    `Generated at run time with \`createSampleGen(0x${SEED.toString(16)})\`: **${corpus.planted.toLocaleString('en-US')} planted tokens** (${SAMPLES_PER_RULE} per rule × ${rules.size} rules, every rule in the catalog, built with \`rule.sample(gen)\`; keyed rules under their \`sampleKey\`, blocks embedded as-is) and **${corpus.negatives.toLocaleString('en-US')} near-miss files**, ${files.length.toLocaleString('en-US')} files and ${mb(corpus.bytes)} in all, across ${new Set(files.map((f) => f.kind)).size} file types. Each planted file holds exactly one secret at a recorded span. A planted token counts as detected when a finding overlaps its span; every other finding (outside the span, or anywhere in a near-miss file) is a false positive. secretlint's reported ranges are sometimes offset from the secret (its AWS rule reports the match start with the secret's length), so for secretlint a finding on any line of the span also counts; keyward is scored on offsets only.`,
  );
  print();
  print(`Scan time on this corpus (small files, per-call overhead dominates): keyward ${seconds(kwMs.cpu)} CPU (${fixed(mbps(corpus.bytes, kwMs.cpu))} MB/s), secretlint ${seconds(slMs.cpu)} CPU (${fixed(mbps(corpus.bytes, slMs.cpu))} MB/s).${corpus.wrongAlphabetSkipped > 0 ? ` ${corpus.wrongAlphabetSkipped} wrong-alphabet variants were dropped because the rule's own pattern still matched them.` : ''}`);
  print();
  accuracyTable(files, kw, sl);
  report(files, kw, sl);
  return { kw, sl, planted: corpus.planted };
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const dir = benchDir();
  const installStarted = performance.now();
  const installed = [ensureInstalled(peerDir(dir), PEER_PACKAGES), ensureInstalled(corpusDir(dir), CORPUS_PACKAGES)].some(Boolean);
  const installMs = performance.now() - installStarted;
  const started = performance.now();
  const secretlint = await loadSecretlint(peerDir(dir));
  const detector = createDetector();

  progress('reading the corpus into memory');
  const corpus = loadCorpus(join(corpusDir(dir), 'node_modules'));
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  // Which build of keyward was measured (the bench imports the built dist by package name).
  const distFile = fileURLToPath(import.meta.resolve('@keyward/core'));
  const build = createHash('sha256').update(readFileSync(distFile)).digest('hex').slice(0, 12);

  print('## @keyward/core');
  print();
  print(`Machine: ${cpu} (${cpus().length} logical CPUs, load average ${loadavg()[0]!.toFixed(2)} at start), ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${platform()} ${release()}, Node ${process.version}. keyward: the built package (\`${relative(process.cwd(), distFile)}\`, sha256 \`${build}\`), ${catalog.length} rules. Peer: @secretlint/core ${secretlint.version} with @secretlint/secretlint-rule-preset-recommend ${secretlint.presetVersion} (default options).`);
  print();
  print(`Real-source corpus: the installed packages ${CORPUS_PACKAGES.map((p) => `\`${p}\``).join(', ')} and their dependencies — every .js/.ts/.mjs/.cjs/.json/.md/.map file under ${MAX_FILE_BYTES / 2 ** 20} MiB in \`node_modules\`, sorted by path: **${corpus.files.length.toLocaleString('en-US')} files, ${mb(corpus.bytes)}** (${corpus.skippedLarge} larger files skipped; corpus fingerprint \`${corpus.fingerprint}\`).`);
  print();
  print(table(['Extension', 'Files', 'Bytes'], [...corpus.byExtension].sort((a, b) => b[1].bytes - a[1].bytes).map(([ext, e]) => [ext, e.files, mb(e.bytes)])));
  print();

  await sanityCheck(secretlint, detector);
  print();
  const real = await throughput(corpus.files, corpus.bytes, detector, secretlint);
  realFindings(corpus.files, real.keyward, real.secretlint);
  const acc = await accuracy(detector, secretlint);

  const kwRecall = acc.kw.tp / acc.planted;
  const kwPrecision = acc.kw.tp / (acc.kw.tp + acc.kw.fps.length);
  const verdict = (ok: boolean): string => (ok ? 'met' : '**missed**');
  print('### Summary against the targets');
  print();
  print(
    table(
      ['Target', 'Measured', 'Result'],
      [
        ['keyward recall ≥ 99%', pct(acc.kw.tp, acc.planted), verdict(kwRecall >= 0.99)],
        ['keyward precision ≥ 99%', pct(acc.kw.tp, acc.kw.tp + acc.kw.fps.length), verdict(kwPrecision >= 0.99)],
        ['keyward throughput ≥ 300 MB/s (warm, real corpus, one thread)', `${fixed(real.keywardMbps)} MB/s`, verdict(real.keywardMbps >= 300)],
        ['keyward ≥ 0.9× one pass of the 30-keyword regex union', `${fixed(real.unionRatio, 2)}× (union ${fixed(real.unionMbps)} MB/s)`, verdict(real.unionRatio >= 0.9)],
        ['findings on the real corpus ≤ 140 (aim: half)', String(real.keyward.length), verdict(real.keyward.length <= 140)],
        ['keyward ÷ secretlint (warm, for reference)', `${fixed(real.ratio, 2)}× (secretlint ${fixed(real.secretlintMbps)} MB/s)`, ''],
      ],
    ),
  );
  print();
  print(`Whole benchmark: ${seconds(performance.now() - started)}${installed ? `, plus ${seconds(installMs)} for the first-run install` : ' (packages already cached)'}.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
