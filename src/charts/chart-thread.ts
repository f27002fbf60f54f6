import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { DrawSvg } from './draw.js';

/** The compiled worker beside this module; absent when the sources run untranspiled (tests), which then draw inline. */
const workerFile = fileURLToPath(new URL('./chart-worker.js', import.meta.url));

type Reply = { id: number; svg: string } | { id: number; error: { message: string; stack?: string } };

/**
 * A thread for drawing charts, shared by every document of a run and started at the beginning of
 * a build, so loading Vega (a tenth of a second) overlaps reading the data. Every chart is sent
 * here, which leaves the main thread free to drive the browser.
 */
export class ChartThread {
  private readonly waiting = new Map<number, { resolve: (svg: string) => void; reject: (error: Error) => void }>();
  private nextId = 0;
  /** Why the thread stopped, once it has: every chart asked for after that fails with it at once. */
  private stopped: Error | undefined;

  private constructor(private readonly worker: Worker) {
    worker.on('message', (reply: Reply) => {
      const waiter = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      if (this.waiting.size === 0) worker.unref();
      // Same as a failure inline: a chart Vega cannot draw is a bug in its spec.
      if ('error' in reply) waiter?.reject(Object.assign(new Error(reply.error.message), reply.error.stack === undefined ? {} : { stack: reply.error.stack }));
      else waiter?.resolve(reply.svg);
    });
    worker.on('error', (error) => this.stop(error));
    worker.on('exit', (code) => this.stop(new Error(`the chart thread stopped (exit ${code})`)));
    // An idle worker must not keep the process alive; one drawing a chart must, or a build whose
    // browser has gone (a stop request) would end mid-chart with its lock and folder left behind.
    worker.unref();
  }

  /** Undefined when the worker is not built or one thread is all the machine has. `file` is for tests. */
  static start(threads: number, file = workerFile): ChartThread | undefined {
    return threads > 1 && existsSync(file) ? new ChartThread(new Worker(file)) : undefined;
  }

  readonly draw: DrawSvg = (spec, options) =>
    new Promise((resolve, reject) => {
      if (this.stopped !== undefined) return reject(this.stopped);
      const id = this.nextId++;
      if (this.waiting.size === 0) this.worker.ref();
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ id, spec, options });
    });

  async close(): Promise<void> {
    await this.worker.terminate();
    this.stop(new Error('the chart thread was closed'));
  }

  /** A thread that failed or exited answers nothing more: what it was asked fails, and so does what it is asked next. */
  private stop(error: Error): void {
    this.stopped ??= error;
    for (const waiter of this.waiting.values()) waiter.reject(this.stopped);
    this.waiting.clear();
    this.worker.unref();
  }
}
