// Whole-process timing: each command is a fresh `node` child (the same binary as this script),
// timed with process.hrtime around spawnSync, stdout discarded. Runs of several commands are
// interleaved round by round so drift (page cache, thermal, other load) hits all of them alike.
// On Linux the child's CPU time (user + system, its own children such as git included) is read
// from this process's /proc/self/stat `cutime`/`cstime` around each run: on a shared machine it
// is far steadier than wall time.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { redact } from '@keyward/core';

export interface Command {
  readonly name: string;
  /** Arguments after `node`. */
  readonly args: readonly string[];
  readonly cwd: string;
  /** Exit statuses that mean the command ran as intended (a scan with findings exits 1). */
  readonly ok: readonly number[];
}

export interface Timing {
  readonly name: string;
  /** Wall milliseconds, in run order. */
  readonly runs: readonly number[];
  readonly median: number;
  readonly min: number;
  readonly max: number;
  /** Median CPU milliseconds (user + system) of the process tree; undefined off Linux. */
  readonly cpuMedian: number | undefined;
}

/** USER_HZ: /proc reports CPU times in these ticks (100 on every mainstream Linux build). */
const TICKS_PER_SECOND = 100;

/** CPU milliseconds of this process's waited-for children so far, or undefined without /proc. */
function childrenCpuMs(): number | undefined {
  let stat: string;
  try {
    stat = readFileSync('/proc/self/stat', 'utf8');
  } catch {
    return undefined;
  }
  // Fields after "(comm) ": state is field 3, cutime 16, cstime 17.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[13]) + Number(fields[14])) * 1000) / TICKS_PER_SECOND;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Runs `command` once and returns its wall and CPU milliseconds; throws on an unexpected exit. */
export function timeOnce(command: Command): { ms: number; cpu: number | undefined } {
  const cpuBefore = childrenCpuMs();
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, command.args, { cwd: command.cwd, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const cpuAfter = childrenCpuMs();
  if (result.error) throw result.error;
  if (result.status === null || !command.ok.includes(result.status)) {
    const stderr = redact(result.stderr.toString('utf8')).slice(0, 2000);
    throw new Error(`${command.name} exited ${result.status ?? result.signal}:\n${stderr}`);
  }
  return { ms, cpu: cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore };
}

/** Runs a command to completion and returns its stdout (for checks, not timing). */
export function capture(command: Command): string {
  const result = spawnSync(process.execPath, command.args, { cwd: command.cwd, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
  if (result.error) throw result.error;
  if (result.status === null || !command.ok.includes(result.status)) {
    throw new Error(`${command.name} exited ${result.status ?? result.signal}:\n${redact(result.stderr.toString('utf8')).slice(0, 2000)}`);
  }
  return result.stdout.toString('utf8');
}

/**
 * `warmup` untimed rounds, then `runs` timed rounds; each round runs every command once, in order.
 * `onRound` reports progress (stderr), so a long run shows it is alive.
 */
export function timeInterleaved(commands: readonly Command[], runs: number, warmup: number, onRound?: (round: number, ms: readonly number[]) => void): Timing[] {
  for (let w = 0; w < warmup; w++) for (const c of commands) timeOnce(c);
  const samples: number[][] = commands.map(() => []);
  const cpu: (number | undefined)[][] = commands.map(() => []);
  for (let r = 0; r < runs; r++) {
    const round = commands.map((c, i) => {
      const t = timeOnce(c);
      samples[i]!.push(t.ms);
      cpu[i]!.push(t.cpu);
      return t.ms;
    });
    onRound?.(r + 1, round);
  }
  return commands.map((c, i) => {
    const runsMs = samples[i]!;
    const cpuMs = cpu[i]!.filter((v): v is number => v !== undefined);
    return {
      name: c.name,
      runs: runsMs,
      median: median(runsMs),
      min: Math.min(...runsMs),
      max: Math.max(...runsMs),
      cpuMedian: cpuMs.length === runsMs.length ? median(cpuMs) : undefined,
    };
  });
}
