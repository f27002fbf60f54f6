/**
 * Worker thread that counts ranges of street-level files: the main thread sends RangeTasks and
 * gets RangeOutcomes back, so a national year's files are read on every core at once.
 */
import { parentPort } from 'node:worker_threads';
import { scanFileRange, type RangeTask } from './scan-file.js';

parentPort?.on('message', (message: { id: number; task: RangeTask }) => {
  try {
    parentPort!.postMessage({ id: message.id, outcome: scanFileRange(message.task) });
  } catch (error) {
    parentPort!.postMessage({ id: message.id, error: { message: error instanceof Error ? error.message : String(error), code: (error as NodeJS.ErrnoException).code } });
  }
});
