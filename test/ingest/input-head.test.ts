import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KeptEntries, readInputHead } from '../../src/ingest/input-head.js';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'assess-head-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function bytesOf(chunks: AsyncIterable<Uint8Array>): Promise<string> {
  const parts: Uint8Array[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  return Buffer.concat(parts).toString('utf8');
}

const rows = (count: number): string => `measure,area_code,period,value\n${Array.from({ length: count }, (_, i) => `asb,E07000110,2024-01,${i}\n`).join('')}`;

describe('readInputHead', () => {
  it('takes a file read whole for its head as its text, without reading it again', async () => {
    const text = rows(3);
    await writeFile(path.join(dir, 'small.csv'), text);
    const input = await readInputHead(dir, 'small.csv');
    expect(input.head).toBe(text);
    await rm(path.join(dir, 'small.csv'));
    expect(await input.text()).toBe(text);
  });

  it('reads 64 KB of a larger file for its head, to the last whole line, and the whole file for its text', async () => {
    const text = rows(4000);
    expect(text.length).toBeGreaterThan(100_000);
    await writeFile(path.join(dir, 'large.csv'), text);
    const input = await readInputHead(dir, 'large.csv');
    expect(input.head).toBe(text.slice(0, text.lastIndexOf('\n', 64 * 1024 - 1) + 1));
    expect(input.size).toBe(text.length);
    expect(await input.text()).toBe(text);
    expect(await bytesOf(input.open())).toBe(text);
  });

  it('reads on to the end of a first line longer than 64 KB', async () => {
    const header = `${'x'.repeat(70_000)},value\n`;
    const text = `${header}${'1,2\n'.repeat(30_000)}`;
    await writeFile(path.join(dir, 'wide.csv'), text);
    const input = await readInputHead(dir, 'wide.csv');
    expect(input.head).toBe(text.slice(0, text.lastIndexOf('\n', 1024 * 1024 + 1) + 1));
    expect(input.head.startsWith(header)).toBe(true);
  });

  it('keeps an entry of a zip archive unpacked for its head, within the budget, so it is not unpacked again', async () => {
    const first = rows(5000);
    const second = rows(10);
    await writeFile(path.join(dir, 'street.zip'), zipSync({ 'a.csv': strToU8(first), 'b.csv': strToU8(second) }));
    const kept = new KeptEntries(first.length + second.length);
    const inputs = [await readInputHead(dir, 'street.zip/a.csv', kept), await readInputHead(dir, 'street.zip/b.csv', kept)];
    // With no budget left, an entry is unpacked again from the archive when it is read.
    const unkept = await readInputHead(dir, 'street.zip/a.csv', kept);
    await rm(path.join(dir, 'street.zip'));
    expect(await bytesOf(inputs[0]!.open())).toBe(first);
    expect(await inputs[0]!.text()).toBe(first);
    expect(await inputs[1]!.text()).toBe(second);
    await expect(bytesOf(unkept.open())).rejects.toThrow(/ENOENT/);
  });
});
