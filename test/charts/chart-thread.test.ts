import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../temp-dir.js';

// The chart thread must keep the process alive while it draws, and only then: a build whose
// browser has gone (a stop request) waits on nothing but its charts, and with an unreferenced
// worker Node would end the process there (exit 13), leaving the build's lock and folder behind.

let dir = '';
beforeAll(async () => {
  dir = await tempDir('chart-thread');
  // A stand-in for the chart worker that takes a while to draw.
  await writeFile(path.join(dir, 'slow-worker.mjs'), `
import { parentPort } from 'node:worker_threads';
parentPort.on('message', ({ id, spec }) => setTimeout(() => parentPort.postMessage({ id, svg: '<svg>' + spec.title + '</svg>' }), 300));
`);
  await writeFile(path.join(dir, 'draw.mjs'), `
import { ChartThread } from ${JSON.stringify(path.resolve('src/charts/chart-thread.ts'))};
const thread = ChartThread.start(2, ${JSON.stringify(path.join(dir, 'slow-worker.mjs'))});
const svgs = await Promise.all([thread.draw({ title: 'a' }, {}), thread.draw({ title: 'b' }, {})]);
process.stdout.write(svgs.join(' '));
`);
});

function run(script: string): Promise<{ code: number | null; stdout: string; stderr: string; ms: number }> {
  const started = Date.now();
  const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: path.resolve('.') });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr, ms: Date.now() - started })));
}

describe('the chart thread', () => {
  it('keeps the process alive while a chart is being drawn, and lets it end once all are drawn', async () => {
    const result = await run(path.join(dir, 'draw.mjs'));
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('<svg>a</svg> <svg>b</svg>');
  });
});
