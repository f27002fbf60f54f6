/**
 * Worker thread that draws charts beside the main thread: the main thread sends specs and gets
 * each <svg> back. Vega is loaded as the worker starts, while the build is still reading its
 * data. Charts are drawn one at a time, in the order sent.
 */
import { parentPort } from 'node:worker_threads';
import type { TopLevelSpec } from 'vega-lite';
import type { RenderOptions } from './draw.js';
import { checkCompiledSpecs, renderSvg } from './render.js';

// While the build is still reading its data, rather than at the second chart.
checkCompiledSpecs();

let queue: Promise<unknown> = Promise.resolve();

parentPort?.on('message', (message: { id: number; spec: TopLevelSpec; options: RenderOptions }) => {
  queue = queue
    .then(() => renderSvg(message.spec, message.options))
    .then(
      (svg) => parentPort!.postMessage({ id: message.id, svg }),
      (error: unknown) => {
        const failure = error instanceof Error ? { message: error.message, ...(error.stack === undefined ? {} : { stack: error.stack }) } : { message: String(error) };
        parentPort!.postMessage({ id: message.id, error: failure });
      },
    )
    // One chart that could not even be answered must not stop the ones after it.
    .catch(() => undefined);
});
