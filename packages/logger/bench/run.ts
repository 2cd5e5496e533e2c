// The @keyward/logger benchmark: four pino setups side by side, in one run, on the same
// deterministic HTTP-request records, all writing to /dev/null through a synchronous
// pino.destination (identical I/O):
//
//   (a) plain       pino, no redaction
//   (b) pino-redact pino with its own `redact` paths
//   (c) keyward     createLogger from @keyward/logger
//   (d) naive       pino + formatters.log/hooks.logMethod running every catalog regex on every string
//
//   cd packages/logger && pnpm bench        (after building @keyward/core and @keyward/logger)
//
// Each variant is warmed up, then timed over all records in 3 rounds (variants interleaved, the
// order rotated each round, a full GC before each, each round on a fresh copy of the records: new
// objects and strings, as a server's next requests are); the table reports the MEDIAN round (best also
// shown). Afterwards, untimed, every variant writes the token-bearing records to memory and the
// output is checked for the planted tokens. Markdown goes to stdout, progress to stderr. No raw
// token is ever printed: leaks are counted, not shown.
//
// Environment: KEYWARD_BENCH_RECORDS (default 200000), KEYWARD_BENCH_ROUNDS (default 3),
// KEYWARD_BENCH_WARMUP (records per warm-up pass, default 20000), KEYWARD_BENCH_ONLY (comma list
// of variant ids to time, e.g. `keyward` for a --cpu-prof run; skips the checks unless
// KEYWARD_BENCH_CHECKS=1, which checks the timed variants).

import { createRequire } from 'node:module';
import { cpus, loadavg, platform, release } from 'node:os';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createLogger } from '@keyward/logger';
import pino from 'pino';
import type { DestinationStream, Logger, LoggerOptions } from 'pino';
import { naivePinoOptions } from './naive.js';
import { generateRecords, PER_MILLE, SEED } from './records.js';
import type { LogRecord, Placement } from './records.js';

const started = performance.now();
const loadAtStart = loadavg()[0]!;
const RECORDS = Math.max(1000, Number(process.env.KEYWARD_BENCH_RECORDS ?? 200_000));
const ROUNDS = Math.max(1, Number(process.env.KEYWARD_BENCH_ROUNDS ?? 3));
const WARMUP = Math.max(0, Number(process.env.KEYWARD_BENCH_WARMUP ?? 20_000));
const ONLY = process.env.KEYWARD_BENCH_ONLY?.split(',').map((s) => s.trim()).filter(Boolean);
const CHECKS = !ONLY || process.env.KEYWARD_BENCH_CHECKS === '1';

// pino's path redaction, as a user of plain pino would configure it for HTTP logs.
const PINO_REDACT_PATHS = ['req.headers.authorization', 'req.headers.cookie', 'password', '*.token'];

setFlagsFromString('--expose_gc');
const gc = runInNewContext('gc') as () => void;

type VariantId = 'plain' | 'pino-redact' | 'keyward' | 'naive';

interface Variant {
  readonly id: VariantId;
  readonly label: string;
  readonly make: (options: LoggerOptions, dest: DestinationStream) => Logger;
}

const VARIANTS: readonly Variant[] = [
  { id: 'plain', label: '(a) plain pino', make: (o, d) => pino(o, d) },
  { id: 'pino-redact', label: '(b) pino + redact paths', make: (o, d) => pino({ ...o, redact: PINO_REDACT_PATHS }, d) },
  { id: 'keyward', label: '(c) keyward createLogger', make: (o, d) => createLogger(o, d) },
  { id: 'naive', label: '(d) naive formatter (every catalog regex)', make: (o, d) => pino({ ...o, ...naivePinoOptions() }, d) },
];

const log = (s: string): void => void process.stderr.write(`${s}\n`);
const fmt = (n: number, digits = 0): string => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

function devNull(): DestinationStream {
  return pino.destination({ dest: '/dev/null', sync: true });
}

/** Writes `records` through `logger`; returns the elapsed milliseconds. */
function pass(logger: Logger, records: readonly LogRecord[], count = records.length): number {
  const t0 = performance.now();
  for (let i = 0; i < count; i++) {
    const r = records[i]!;
    logger.info(r.obj, r.msg);
  }
  return performance.now() - t0;
}

// ---------------------------------------------------------------------------------------------

const tGen = performance.now();
const records = generateRecords(RECORDS);
const genMs = performance.now() - tGen;
const withToken = records.filter((r) => r.placement !== 'none');
const rulesUsed = new Set(withToken.map((r) => r.ruleId)).size;
log(`generated ${fmt(RECORDS)} records (${fmt(withToken.length)} with a token, ${rulesUsed} rules) in ${fmt(genMs)} ms`);

const timed = ONLY ? VARIANTS.filter((v) => ONLY.includes(v.id)) : VARIANTS;
if (timed.length === 0) throw new Error(`KEYWARD_BENCH_ONLY matched no variant (ids: ${VARIANTS.map((v) => v.id).join(', ')})`);
const loggers = new Map(timed.map((v) => [v.id, v.make({ level: 'info' }, devNull())]));

// Warm-up: every variant, twice over the first WARMUP records.
for (const v of timed) {
  const t = pass(loggers.get(v.id)!, records, Math.min(WARMUP, RECORDS)) + pass(loggers.get(v.id)!, records, Math.min(WARMUP, RECORDS));
  log(`warm-up ${v.id}: ${fmt(t)} ms`);
}

/**
 * The records as a server would log them: new objects holding new strings each time (as a request's
 * headers are parsed anew), equal in content to `records`. A string logged again as the same object
 * would carry its hash from the last round, which no server's next request does.
 */
const freshCopy = (rs: readonly LogRecord[]): LogRecord[] => rs.map((r) => ({ ...r, obj: JSON.parse(JSON.stringify(r.obj)) as Record<string, unknown>, msg: JSON.parse(JSON.stringify(r.msg)) as string }));

// Timed rounds, interleaved, order rotated so no variant always runs first or last; each variant
// logs its own fresh copy of the records (made before the clock starts).
const samples = new Map<VariantId, number[]>(timed.map((v) => [v.id, []]));
for (let round = 0; round < ROUNDS; round++) {
  for (let k = 0; k < timed.length; k++) {
    const v = timed[(k + round) % timed.length]!;
    const copy = freshCopy(records);
    gc();
    const ms = pass(loggers.get(v.id)!, copy);
    const opsPerSec = RECORDS / (ms / 1000);
    samples.get(v.id)!.push(opsPerSec);
    log(`round ${round + 1} ${v.id}: ${fmt(ms)} ms, ${fmt(opsPerSec)} records/s`);
  }
}

// ---------------------------------------------------------------------------------------------
// Untimed checks: the same options, writing into memory.

interface Capture extends DestinationStream {
  last: string;
}
const capture = (): Capture => ({
  last: '',
  write(s: string) {
    this.last = s;
  },
});

/** The token's tail: a masked output keeps at most the provider prefix, never the end. */
const tail = (token: string): string => token.slice(-Math.min(12, Math.floor(token.length / 2)));

interface LeakCount {
  raw: number;
  partial: number;
  byPlacement: Record<Exclude<Placement, 'none'>, number>;
}

function countLeaks(v: Variant): LeakCount {
  const dest = capture();
  const logger = v.make({ level: 'info', timestamp: false }, dest);
  const out: LeakCount = { raw: 0, partial: 0, byPlacement: { header: 0, url: 0, message: 0 } };
  for (const r of withToken) {
    dest.last = '';
    logger.info(r.obj, r.msg);
    const line = dest.last;
    if (line === '') throw new Error(`${v.id} wrote nothing`);
    const token = r.token!;
    if (line.includes(token)) out.raw++;
    else if (line.includes(tail(token))) out.partial++;
    else continue;
    out.byPlacement[r.placement as Exclude<Placement, 'none'>]++;
  }
  return out;
}

/** Records without a token whose keyward output differs from plain pino's (over-masking). */
function countAltered(): number {
  const plainDest = capture();
  const keywardDest = capture();
  const plain = pino({ level: 'info', timestamp: false }, plainDest);
  const keyward = createLogger({ level: 'info', timestamp: false }, keywardDest);
  let altered = 0;
  for (const r of records) {
    if (r.placement !== 'none') continue;
    plain.info(r.obj, r.msg);
    keyward.info(r.obj, r.msg);
    if (plainDest.last !== keywardDest.last) altered++;
  }
  return altered;
}

const leaks = new Map<VariantId, LeakCount>();
let altered = -1;
if (CHECKS) {
  for (const v of timed) {
    const t0 = performance.now();
    leaks.set(v.id, countLeaks(v));
    log(`leak check ${v.id}: ${fmt(performance.now() - t0)} ms`);
  }
  const t0 = performance.now();
  altered = countAltered();
  log(`over-masking check: ${fmt(performance.now() - t0)} ms`);
}

// ---------------------------------------------------------------------------------------------
// Report.

const require = createRequire(import.meta.url);
const pinoVersion = (require('pino/package.json') as { version: string }).version;
const cpu = cpus()[0]?.model ?? 'unknown CPU';
const medians = new Map([...samples].map(([id, xs]) => [id, median(xs)]));
const best = new Map([...samples].map(([id, xs]) => [id, Math.max(...xs)]));

const lines: string[] = [];
lines.push(`Node ${process.version}, pino ${pinoVersion}, ${platform()} ${release()}, ${cpus().length} × ${cpu}.`);
lines.push(
  `${fmt(RECORDS)} HTTP-request records (seed ${SEED}; request with 8 headers, url with query, route params, response, user/session objects), ` +
    `${fmt(withToken.length)} of them with a token from ${rulesUsed} catalog rules (${PER_MILLE.header}‰ in an authorization header, ${PER_MILLE.url}‰ in the url query, ${PER_MILLE.message}‰ in the message). ` +
    `Written with \`logger.info(obj, msg)\` to /dev/null via \`pino.destination({ dest: '/dev/null', sync: true })\`. ` +
    `Warm-up: 2 × ${fmt(Math.min(WARMUP, RECORDS))} records per variant; then ${ROUNDS} timed rounds over all records, variants interleaved; **median** round reported.`,
);
lines.push('');
lines.push('| variant | records/s (median) | best | µs/record (median) | rounds |');
lines.push('| --- | ---: | ---: | ---: | --- |');
for (const v of timed) {
  const m = medians.get(v.id)!;
  lines.push(`| ${v.label} | ${fmt(m)} | ${fmt(best.get(v.id)!)} | ${fmt(1e6 / m, 2)} | ${samples.get(v.id)!.map((x) => fmt(x)).join(' / ')} |`);
}

const ratio = (of: Map<VariantId, number>, a: VariantId, b: VariantId): number | undefined => {
  const x = of.get(a);
  const y = of.get(b);
  return x === undefined || y === undefined ? undefined : x / y;
};
const ratios: [string, VariantId, VariantId, number | undefined, string][] = [
  ['keyward / plain', 'keyward', 'plain', 0.8, '≥ 0.80×'],
  ['pino-redact / plain', 'pino-redact', 'plain', undefined, '(reference, ~0.7×)'],
  ['keyward / pino-redact', 'keyward', 'pino-redact', undefined, ''],
  ['keyward / naive', 'keyward', 'naive', 2, '≥ 2×'],
];
lines.push('');
lines.push('| ratio | medians | best rounds | target | verdict (medians) |');
lines.push('| --- | ---: | ---: | --- | --- |');
for (const [name, a, b, need, target] of ratios) {
  const value = ratio(medians, a, b);
  const bestValue = ratio(best, a, b);
  if (value === undefined || bestValue === undefined) continue;
  const verdict = need === undefined ? '' : value >= need ? 'met' : '**missed**';
  lines.push(`| ${name} | ${fmt(value, 2)}× | ${fmt(bestValue, 2)}× | ${target} | ${verdict} |`);
}

if (leaks.size > 0) {
  const n = withToken.length;
  const count = (p: Exclude<Placement, 'none'>): number => withToken.filter((r) => r.placement === p).length;
  lines.push('');
  lines.push(
    `Leak check (untimed, same options, output captured in memory): for each of the ${fmt(n)} token-bearing records, does the output line contain the raw token, or (partial) its last ≤ 12 characters?`,
  );
  lines.push('');
  lines.push(`| variant | raw leaks | partial leaks | header (${fmt(count('header'))}) | url (${fmt(count('url'))}) | message (${fmt(count('message'))}) |`);
  lines.push('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const v of timed) {
    const l = leaks.get(v.id)!;
    lines.push(`| ${v.label} | ${fmt(l.raw)} | ${fmt(l.partial)} | ${fmt(l.byPlacement.header)} | ${fmt(l.byPlacement.url)} | ${fmt(l.byPlacement.message)} |`);
  }
  lines.push('');
  lines.push(`Over-masking: ${fmt(altered)} of ${fmt(RECORDS - n)} token-free records differ between keyward's output and plain pino's.`);
}

lines.push('');
lines.push(`Total bench time: ${fmt((performance.now() - started) / 1000, 1)} s. Load average (1 min) at start ${fmt(loadAtStart, 2)}, at end ${fmt(loadavg()[0]!, 2)}.`);
process.stdout.write(`${lines.join('\n')}\n`);
