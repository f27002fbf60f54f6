import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { scanFileRange, type RangeOutcome, type RangeTask } from './scan-file.js';

/** The compiled worker beside this module; absent when the sources run untranspiled (tests), which then count inline. */
const workerFile = fileURLToPath(new URL('./street-worker.js', import.meta.url));

export const workersAvailable = (): boolean => existsSync(workerFile);

type Reply = { id: number; outcome: RangeOutcome } | { id: number; error: { message: string; code?: string } };

/** Fails like the read would have failed inline, so callers see one kind of error whichever thread read. */
function replyError(error: { message: string; code?: string }): Error {
  return Object.assign(new Error(error.message), error.code === undefined ? {} : { code: error.code });
}

/**
 * Counts ranges on `threads` threads, results in task order: this thread and threads - 1
 * workers take the next task as they finish one. Inline when one thread is asked for or the
 * worker is not built: the counts are the same either way.
 */
export async function runRanges(tasks: readonly RangeTask[], threads: number, onDone?: (done: number) => void): Promise<RangeOutcome[]> {
  const outcomes: RangeOutcome[] = new Array(tasks.length);
  const useWorkers = threads > 1 && tasks.length > 1 && workersAvailable();
  const workers = useWorkers ? Array.from({ length: Math.min(threads, tasks.length) - 1 }, () => new Worker(workerFile)) : [];
  let next = 0;
  let done = 0;
  const finished = (id: number, outcome: RangeOutcome): void => {
    outcomes[id] = outcome;
    onDone?.(++done);
  };
  try {
    const working = workers.map((worker) => new Promise<void>((resolve, reject) => {
      const send = (): void => {
        if (next >= tasks.length) return resolve();
        const id = next++;
        worker.postMessage({ id, task: tasks[id] });
      };
      worker.on('message', (reply: Reply) => {
        if ('error' in reply) return reject(replyError(reply.error));
        finished(reply.id, reply.outcome);
        send();
      });
      worker.on('error', reject);
      send();
    }));
    // This thread counts too, yielding between tasks so finished workers get their next one.
    while (next < tasks.length) {
      const id = next++;
      finished(id, scanFileRange(tasks[id]!));
      await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all(working);
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return outcomes;
}
