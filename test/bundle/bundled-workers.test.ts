import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeStreetFile } from '../../scripts/bench/street-file.js';
import { trendChart } from '../../src/charts/index.js';
import type { DrawSvg } from '../../src/charts/draw.js';
import { renderSvg } from '../../src/charts/render.js';
import { scanFileRange, type RangeTask } from '../../src/ingest/street/scan-file.js';

// The command runs the bundle in dist/bundle/ (scripts/bundle.mjs), which `npm test` builds first
// (pretest). Its worker threads are entry points of their own, started from their file names.

/** Posts one message to a new worker running `file` and returns its reply. */
async function ask(file: string, message: unknown): Promise<unknown> {
  const worker = new Worker(path.resolve('dist/bundle', file));
  try {
    return await new Promise((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.postMessage(message);
    });
  } finally {
    await worker.terminate();
  }
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'assess-bundle-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the bundled worker threads', () => {
  it('are where the bundled command starts them from, beside its chunks', async () => {
    const { readdir, readFile } = await import('node:fs/promises');
    const files = (await readdir('dist/bundle')).filter((name) => name.endsWith('.js'));
    const code = (await Promise.all(files.map((name) => readFile(path.join('dist/bundle', name), 'utf8')))).join('\n');
    for (const worker of ['chart-worker.js', 'street-worker.js']) {
      // A chunk asks for the worker beside itself (chart-thread.ts, range-pool.ts), and it is there.
      expect(code).toContain(`new URL("./${worker}", import.meta.url)`);
      expect(files).toContain(worker);
    }
  });

  it('draw a chart exactly as it is drawn inline', async () => {
    let asked: Parameters<DrawSvg> | undefined;
    const input = { title: 'Burglary', unit: 'Crimes per 1,000', yearLabels: ['2022/23', '2023/24', '2024/25'] as const, series: [{ name: 'Ashby', values: [4.1, 3.9, 4.4], emphasis: true }, { name: 'County', values: [3, 3.2, 3.1], emphasis: false }] };
    const inline = await trendChart(input, async (spec, options) => {
      asked = [spec, options];
      return renderSvg(spec, options);
    });
    const [spec, options] = asked!;
    expect(await ask('chart-worker.js', { id: 7, spec, options })).toEqual({ id: 7, svg: inline.svg });
  });

  it('count a street-level file exactly as it is counted inline', async () => {
    const file = path.join(dir, 'street.csv');
    await writeStreetFile(file, 5_000, { districts: ['E07999001', 'E07999002'], lsoasPerDistrict: 10, wardsPerDistrict: 2 }, ['2024-04', '2024-05'], 3);
    const task: RangeTask = { path: file, columns: { month: 1, lsoa: 7, type: 9, width: 12 }, start: 0 };
    const inline = scanFileRange(task);
    expect(inline.rows).toBe(5_000);
    expect(await ask('street-worker.js', { id: 3, task })).toEqual({ id: 3, outcome: inline });
  });
});
