import os from 'node:os';
import { AssessError, ExitCode } from '../errors.js';
import { settleInParallel } from '../ingest/in-parallel.js';

/** More pages printing at once than this only queues in the one browser, and costs memory. */
export const MAX_JOBS = 16;
/** The default never exceeds this however many processors the machine has. */
const DEFAULT_JOBS_CAP = 4;

/** --jobs: how many documents are prepared and printed at once; by default one per processor, up to 4. */
export function parseJobs(text: string | number | undefined): number {
  if (text === undefined) return Math.max(1, Math.min(os.availableParallelism(), DEFAULT_JOBS_CAP));
  const jobs = Number(text);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > MAX_JOBS) {
    throw new AssessError(`--jobs ${text} is not a number of jobs`, ExitCode.badInput, {
      found: String(text),
      expected: `a whole number from 1 to ${MAX_JOBS}`,
      fix: `Pass, for example, --jobs 2 (the default here is ${parseJobs(undefined)}: one per processor, at most ${DEFAULT_JOBS_CAP}).`,
    });
  }
  return jobs;
}

/** How many documents a build prints at once: --jobs means something only with --all-areas, and is refused without it. */
export function jobsFor(allAreas: boolean, text: string | number | undefined): number {
  if (allAreas) return parseJobs(text);
  if (text === undefined) return 1;
  throw new AssessError('--jobs is for --all-areas, which prints many documents at once', ExitCode.badInput, {
    found: `--jobs ${text} without --all-areas`,
    expected: '--jobs together with --all-areas',
    fix: 'Add --all-areas to build every district of the county, or leave --jobs out.',
  });
}

/**
 * Runs the task for every item, at most `jobs` at a time, in the items' order. After a failure no
 * new task starts; the tasks already running finish, and the first failure is thrown.
 */
export async function forEachLimited<T>(items: readonly T[], jobs: number, task: (item: T, index: number) => Promise<void>): Promise<void> {
  let failure: { error: unknown } | undefined;
  await settleInParallel(items, async (item, index) => {
    // The shared pool runs every item; after a failure the rest are passed over, not started.
    if (failure !== undefined) return;
    try {
      await task(item, index);
    } catch (error) {
      failure ??= { error };
    }
  }, jobs);
  if (failure !== undefined) throw failure.error;
}
