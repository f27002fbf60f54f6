import path from 'node:path';
import { AssessError, ExitCode } from '../errors.js';

/** Options every year command takes: where the configuration and the year's data are. */
export interface YearOptions {
  year: string;
  config?: string;
  data?: string;
  cwd: string;
  env: NodeJS.ProcessEnv;
  log: (message: string) => void;
  /**
   * Reports `done` of `total` steps of a long task (e.g. "Reading data files", files done of all
   * files); call it with done = total when the task ends. Drawn as a bar on a terminal, a few
   * lines in a plain or JSON log, nothing with --quiet.
   */
  progress?: (task: string, done: number, total: number) => void;
}

export function parseYear(text: string): number {
  // From 1900: an earlier year's periods (the two before it) would be written with negative or three-digit years.
  if (!/^\d{4}$/.test(text) || Number(text) < 1900) {
    throw new AssessError(`"${text}" is not a year`, ExitCode.badInput, { found: text, expected: 'a four-digit assessment year from 1900, e.g. 2024', fix: 'Run, for example: assess build 2024' });
  }
  return Number(text);
}

export function yearPaths(options: YearOptions): { year: number; configFile: string; dataDir: string } {
  const year = parseYear(options.year);
  return {
    year,
    configFile: path.resolve(options.cwd, options.config ?? 'assess.config.yaml'),
    dataDir: path.resolve(options.cwd, options.data ?? path.join('data', String(year))),
  };
}
