/**
 * Worker thread that draws charts beside the main thread: the main thread sends a spec and gets
 * the <svg> back. Vega is loaded, and warmed up, as the worker starts, while the build is still
 * reading its data; specs sent meanwhile wait their turn.
 */
import { parentPort } from 'node:worker_threads';
import type { TopLevelSpec } from 'vega-lite';
import type { RenderOptions } from './draw.js';
import { renderSvg } from './render.js';
import { warmUp } from './warm-up.js';

// Drawn one at a time in the order sent; a failed warm-up only means the real charts start cold.
let queue: Promise<unknown> = warmUp(renderSvg).catch(() => undefined);

parentPort?.on('message', (message: { id: number; spec: TopLevelSpec; options: RenderOptions }) => {
  queue = queue.then(() =>
    renderSvg(message.spec, message.options).then(
      (svg) => parentPort!.postMessage({ id: message.id, svg }),
      (error: unknown) => parentPort!.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) }),
    ),
  );
});
