// Whole-process timing: each command is a fresh `node` child (the same binary as this script),
// timed with process.hrtime around spawnSync, stdout discarded. Runs of several commands are
// interleaved round by round so drift (page cache, thermal, other load) hits all of them alike.

import { spawnSync } from 'node:child_process';
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
  /** Milliseconds, in run order. */
  readonly runs: readonly number[];
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Runs `command` once and returns its wall time in milliseconds; throws on an unexpected exit. */
export function timeOnce(command: Command): number {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, command.args, { cwd: command.cwd, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.error) throw result.error;
  if (result.status === null || !command.ok.includes(result.status)) {
    const stderr = redact(result.stderr.toString('utf8')).slice(0, 2000);
    throw new Error(`${command.name} exited ${result.status ?? result.signal}:\n${stderr}`);
  }
  return ms;
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
  for (let r = 0; r < runs; r++) {
    const round = commands.map((c, i) => {
      const ms = timeOnce(c);
      samples[i]!.push(ms);
      return ms;
    });
    onRound?.(r + 1, round);
  }
  return commands.map((c, i) => {
    const runsMs = samples[i]!;
    return { name: c.name, runs: runsMs, median: median(runsMs), min: Math.min(...runsMs), max: Math.max(...runsMs) };
  });
}
