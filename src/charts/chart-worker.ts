/**
 * Worker thread that draws charts beside the main thread: the main thread sends specs and gets
 * each <svg> back. Vega is loaded as the worker starts, while the build is still reading its
 * data. Charts are drawn one at a time, in the order sent.
 */
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import type { TopLevelSpec } from 'vega-lite';
import type { RenderOptions } from './draw.js';
import { checkCompiledSpecs, renderSvg, seedTemplates, type ChartTemplates } from './render.js';

// While the build is still reading its data, rather than at the second chart.
checkCompiledSpecs();

// The chart templates `npm install` learnt from the sample year (scripts/chart-templates.mjs), so a
// build's first charts of each kind are not compiled. Without the file every kind is learnt as it comes.
try {
  seedTemplates(JSON.parse(readFileSync(new URL('./chart-templates.json', import.meta.url), 'utf8')) as ChartTemplates);
} catch {
  // No file (the sources run unbundled), or one that cannot be read: nothing is lost but time.
}

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
