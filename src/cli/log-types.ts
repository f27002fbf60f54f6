/**
 * What a command tells its user while it runs, whatever the log looks like: the renderers
 * (terminal, plain, JSON) all take the same calls.
 */
export interface Logger {
  /** A step of the work; dropped by --quiet. */
  info(message: string): void;
  /** `done` of `total` steps of a long task; done >= total ends it. A total of 0 means not known. */
  progress(task: string, done: number, total: number): void;
  /** The outcome of a command that succeeded; shown even with --quiet. */
  summary(summary: Summary): void;
  /** Why the command failed; shown even with --quiet. */
  error(report: ErrorReport): void;
  /** The command has finished: nothing is left half-drawn on the terminal. */
  finish(): void;
}

export interface Summary {
  /** The text people read, lines ending in \n; empty when the command's output already says it. */
  text: string;
  /** One line saying the outcome: the message of the JSON event. */
  message: string;
  /** The figures of the outcome, as fields of the JSON event. */
  fields: Record<string, unknown>;
}

/** One problem as the JSON log gives it: the fields of formatProblem, null when not known. */
export interface ErrorRecord {
  message: string;
  file: string | null;
  line: number | null;
  column: number | null;
  found: string | null;
  expected: string | null;
  fix: string | null;
  [extra: string]: unknown;
}

export interface ErrorReport {
  exitCode: number;
  /** The text people read (lines ending in \n); empty when commander has already printed it. */
  text: string;
  /** One record per problem, so a scheduler sees every problem at once. */
  records: ErrorRecord[];
}

/** Where a renderer writes, and the clock its timestamps come from (tests pass a fixed one). */
export interface LogOutput {
  write(text: string): void;
  now(): Date;
}

/** A timestamp to the second in UTC, e.g. 2026-11-25T15:04:36Z: the same wherever the job runs. */
export function utcSecond(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}
