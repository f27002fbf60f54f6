import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { DrawSvg } from './draw.js';

/** The compiled worker beside this module; absent when the sources run untranspiled (tests), which then draw inline. */
const workerFile = fileURLToPath(new URL('./chart-worker.js', import.meta.url));

type Reply = { id: number; svg: string } | { id: number; error: string };

/**
 * A second thread for drawing charts, shared by every document of a run. Started at the
 * beginning of a build, so loading Vega (a tenth of a second) overlaps reading the data; the
 * main thread draws charts too, and each takes the next chart as it finishes one.
 */
export class ChartThread {
  private readonly waiting = new Map<number, { resolve: (svg: string) => void; reject: (error: Error) => void }>();
  private nextId = 0;

  private constructor(private readonly worker: Worker) {
    worker.on('message', (reply: Reply) => {
      const waiter = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      // Same as a failure inline: a chart Vega cannot draw is a bug in its spec.
      if ('error' in reply) waiter?.reject(new Error(reply.error));
      else waiter?.resolve(reply.svg);
    });
    worker.on('error', (error) => this.failAll(error));
    worker.on('exit', (code) => this.failAll(new Error(`the chart thread stopped (exit ${code})`)));
    // An idle worker must not keep the process alive.
    worker.unref();
  }

  /** Undefined when the worker is not built or one thread is all the machine has. */
  static start(threads: number): ChartThread | undefined {
    return threads > 1 && existsSync(workerFile) ? new ChartThread(new Worker(workerFile)) : undefined;
  }

  readonly draw: DrawSvg = (spec, options) =>
    new Promise((resolve, reject) => {
      const id = this.nextId++;
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ id, spec, options });
    });

  async close(): Promise<void> {
    await this.worker.terminate();
  }

  private failAll(error: Error): void {
    for (const waiter of this.waiting.values()) waiter.reject(error);
    this.waiting.clear();
  }
}
