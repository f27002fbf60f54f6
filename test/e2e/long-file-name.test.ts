import { cp, readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/commands/build.js';
import { readPdfText } from '../../src/pdf/read-pdf.js';
import { tempDir } from '../temp-dir.js';
import { ROOT } from './sample-data.js';

/**
 * A page wider than the paper makes Chromium shrink every page of the document to fit it: one
 * long file name in the sources table once took the sample from 78 pages to 56, all of them in
 * smaller type.
 */
describe('a data file with a very long name', () => {
  it('prints the document at full size, the name broken across lines', async () => {
    const dir = await tempDir('long-name');
    const build2024 = (data: string, out: string) =>
      build({ year: '2024', data, out, date: '2024-11-20', cwd: ROOT, env: process.env, log: () => undefined });
    const sample = await build2024(path.join(ROOT, 'data/2024'), path.join(dir, 'sample'));

    const data = path.join(dir, 'data');
    await cp(path.join(ROOT, 'data/2024'), data, { recursive: true });
    const longName = `road-casualties-${'x'.repeat(200)}.csv`;
    await rename(path.join(data, 'road-casualties.csv'), path.join(data, longName));
    const result = await build2024(data, path.join(dir, 'long'));

    expect(result.pageCount).toBe(sample.pageCount);
    const pdf = result.files.find((file) => file.endsWith('.pdf'))!;
    const text = (await readPdfText(new Uint8Array(await readFile(pdf)))).join(' ');
    // In the sources table, broken where it reaches the column's edge: its pieces, joined, are the name.
    const start = text.indexOf('road-casualties-');
    const pieces = text.slice(start, start + longName.length + 20).split(' ');
    expect(pieces.length).toBeGreaterThan(2);
    expect(pieces.join('')).toMatch(new RegExp(`^${longName.replace('.', '\\.')}highways`));
  }, 60_000);
});
