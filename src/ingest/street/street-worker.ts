/**
 * Worker thread that counts ranges of street-level files: the main thread sends RangeTasks and
 * gets RangeOutcomes back, so a national year's files are read on every core at once.
 */
import { parentPort } from 'node:worker_threads';
import { scanFileRange, type RangeTask } from './scan-file.js';
import { transferable } from './street-cells.js';

parentPort?.on('message', (message: { id: number; task: RangeTask }) => {
  try {
    const outcome = scanFileRange(message.task);
    // The counts are handed over, not copied.
    parentPort!.postMessage({ id: message.id, outcome }, transferable(outcome.cells));
  } catch (error) {
    parentPort!.postMessage({ id: message.id, error: { message: error instanceof Error ? error.message : String(error), code: (error as NodeJS.ErrnoException).code } });
  }
});
