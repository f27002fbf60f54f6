/** Timing helpers for the benchmark: whole processes, timed from outside, as a user would see them. */
import { spawnSync } from 'node:child_process';

export interface Run {
  seconds: number;
  stdout: string;
}

export interface Summary {
  median: number;
  min: number;
  max: number;
  runs: number;
}

/** Runs a command to completion and times it; a failure stops the benchmark with the command's own words. */
export function timed(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Run {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status}):\n${result.stderr}`);
  return { seconds, stdout: result.stdout };
}

export function summarise(values: number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted.at(-1)!, runs: values.length };
}

/** Runs the two commands alternately, so a busy moment on the machine falls on both alike. */
export function paired(runs: number, measured: () => Run, floor: () => Run): { measured: Summary; floor: Summary; last: Run } {
  const a: number[] = [];
  const b: number[] = [];
  let last: Run | undefined;
  for (let i = 0; i < runs; i++) {
    b.push(floor().seconds);
    last = measured();
    a.push(last.seconds);
  }
  return { measured: summarise(a), floor: summarise(b), last: last! };
}

export const seconds = (value: number): string => (value < 1 ? `${Math.round(value * 1000)} ms` : `${value.toFixed(2)} s`);
export const range = (s: Summary): string => `${seconds(s.median)} (min ${seconds(s.min)}, max ${seconds(s.max)}, ${s.runs} runs)`;
