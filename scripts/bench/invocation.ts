/** What this run of the benchmark was asked for, what it runs, and where it says what it found. */
import path from 'node:path';

export const node = process.execPath;
export const cli = path.resolve('bin/assess.js');
export const quick = process.argv.includes('--quick');

/**
 * The measured reader (rows 1 and 2) and the bare browser (the floor of rows 3 and 4) run
 * bundled, as the command does (scripts/bundle.mjs): the reader is then timed as a build runs it,
 * and the bare browser's script loads puppeteer as quickly as the build does.
 */
export const BENCH_BUNDLE = 'dist/bench';
export const countScript = path.join(BENCH_BUNDLE, 'count-street.js');
export const floorScript = path.join(BENCH_BUNDLE, 'print-floor.js');

/** Prints a line of the report on stderr, beside the progress of file generation. */
export const report = (line = ''): void => {
  process.stderr.write(`${line}\n`);
};

export const mb = (kb: number): string => `${Math.round(kb / 1024)} MB`;
