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
 * Counts ranges on up to `threads` worker threads, results in task order. Inline when one
 * thread is asked for or the worker is not built: the counts are the same either way.
 */
export async function runRanges(tasks: readonly RangeTask[], threads: number, onDone?: (done: number) => void): Promise<RangeOutcome[]> {
  const outcomes: RangeOutcome[] = new Array(tasks.length);
  if (threads <= 1 || tasks.length <= 1 || !workersAvailable()) {
    tasks.forEach((task, index) => {
      outcomes[index] = scanFileRange(task);
      onDone?.(index + 1);
    });
    return outcomes;
  }
  const workers = Array.from({ length: Math.min(threads, tasks.length) }, () => new Worker(workerFile));
  let next = 0;
  let done = 0;
  try {
    await Promise.all(workers.map((worker) => new Promise<void>((resolve, reject) => {
      const send = (): void => {
        if (next >= tasks.length) return resolve();
        const id = next++;
        worker.postMessage({ id, task: tasks[id] });
      };
      worker.on('message', (reply: Reply) => {
        if ('error' in reply) return reject(replyError(reply.error));
        outcomes[reply.id] = reply.outcome;
        onDone?.(++done);
        send();
      });
      worker.on('error', reject);
      send();
    })));
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return outcomes;
}
