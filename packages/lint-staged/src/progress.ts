import type * as CliProgressModule from 'cli-progress';
import type { Io } from './io.js';
import { loadCliProgress } from './lazy.js';

type CliProgress = typeof CliProgressModule;

/** Progress of a long scan: commits for history, bytes for files. */
export interface Progress {
  /** `done` units more were finished. */
  tick(done: number): void;
  /** Stops the display (clears the bar on a terminal). */
  stop(): void;
}

export interface ProgressOptions {
  /** What is being done: "history", "scan". */
  readonly label: string;
  readonly unit: 'commits' | 'bytes';
  readonly total: number;
  /** A terminal bar appears only once a run has taken this long (ms); short runs show nothing. */
  readonly barAfter?: number;
  /** Without a terminal, one line every this many ms (the first after as long). */
  readonly lineEvery?: number;
  /** The clock, for tests. */
  readonly now?: () => number;
}

const noop: Progress = { tick: () => undefined, stop: () => undefined };

const amount = (n: number, unit: ProgressOptions['unit']): string => (unit === 'bytes' ? `${(n / 1e6).toFixed(n < 1e7 ? 1 : 0)} MB` : `${n.toLocaleString('en-US')} ${unit}`);

function duration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 100) return `${s} s`;
  if (s < 5400) return `${Math.round(s / 60)} min`;
  return `${(s / 3600).toFixed(1)} h`;
}

/** One plain progress line, for CI logs: what, how far, how fast and how long is left. */
export function progressLine(options: Pick<ProgressOptions, 'label' | 'unit' | 'total'>, done: number, elapsedMs: number): string {
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const pct = options.total > 0 ? Math.min(100, Math.floor((done / options.total) * 100)) : 0;
  const left = rate > 0 && options.total > done ? `, about ${duration(((options.total - done) / rate) * 1000)} left` : '';
  const speed = options.unit === 'bytes' ? `${(rate / 1e6).toFixed(1)} MB/s` : `${Math.round(rate).toLocaleString('en-US')} ${options.unit}/s`;
  return `keyward: ${options.label} ${amount(done, options.unit)} of ${amount(options.total, options.unit)} (${pct}%), ${speed}${left}\n`;
}

/**
 * Progress for a long run on stderr. On a terminal: a bar (cli-progress) with percent, rate and
 * ETA, shown once the run has taken a second. Elsewhere (CI logs): one plain line every ~10 s,
 * so a long history scan is visibly alive and a short one prints nothing.
 */
export async function startProgress(io: Io, options: ProgressOptions): Promise<Progress> {
  if (options.total <= 0) return noop;
  const now = options.now ?? Date.now;
  const started = now();
  let done = 0;
  if (io.stderr.isTTY !== true) {
    const every = options.lineEvery ?? 10_000;
    let nextLine = started + every;
    return {
      tick(n) {
        done += n;
        const t = now();
        if (t < nextLine) return;
        nextLine = t + every;
        io.stderr.write(progressLine(options, done, t - started));
      },
      stop: () => undefined,
    };
  }
  // Loaded only for a terminal run: the pre-commit hook (no TTY under lint-staged) never pays for it.
  const mod = loadCliProgress() as CliProgress & { default?: CliProgress };
  const { SingleBar } = mod.default ?? mod; // CommonJS: its exports arrive as the default
  const unitLabel = options.unit === 'bytes' ? 'MB' : options.unit;
  const scale = options.unit === 'bytes' ? 1e6 : 1;
  const bar = new SingleBar({
    stream: io.stderr,
    format: `keyward: ${options.label} [{bar}] {percentage}% | {value}/{total} ${unitLabel} | {rate} ${unitLabel}/s | ETA {eta_formatted}`,
    hideCursor: true,
    clearOnComplete: true,
    etaBuffer: 50,
    fps: 5,
  });
  let shown = false;
  const after = options.barAfter ?? 1000;
  const values = (): { value: number; payload: { rate: string } } => {
    const elapsed = (now() - started) / 1000;
    return { value: Math.round(done / scale), payload: { rate: elapsed > 0 ? (done / scale / elapsed).toFixed(options.unit === 'bytes' ? 1 : 0) : '0' } };
  };
  return {
    tick(n) {
      done += n;
      if (!shown) {
        if (now() - started < after) return;
        shown = true;
        const { value, payload } = values();
        bar.start(Math.max(1, Math.round(options.total / scale)), value, payload);
        return;
      }
      const { value, payload } = values();
      bar.update(value, payload);
    },
    stop() {
      if (shown) bar.stop();
    },
  };
}
