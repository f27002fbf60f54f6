import { open, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CASE_TIMEOUT_MS, csvLine, expectRefused, readCsv, removeWorkspaces, seededRandom, tidyFiles, workspace } from './harness.js';

afterAll(removeWorkspaces);

/** Files damaged on the way: cut short, overwritten with noise, not text at all, enormous. */
describe('a damaged input file is refused, and the previous outputs are kept', { timeout: CASE_TIMEOUT_MS }, () => {
  it('a file cut off in the middle of a row', async () => {
    const ws = await workspace();
    const [file] = await tidyFiles(ws);
    const lines = (await readFile(file!, 'utf8')).split('\n');
    // Line 100 stops halfway through its area_name: no line break, three of six fields.
    const cut = lines[99]!.split(',').slice(0, 2).join(',') + ',' + lines[99]!.split(',')[2]!.slice(0, 3);
    await writeFile(file!, [...lines.slice(0, 99), cut].join('\n'));
    await expectRefused(ws, { file: file!, line: 100, message: /The last row stops after 3 of the \d+ columns/ });
  });

  it('a file cut off inside its last value, which would otherwise read as a smaller number', async () => {
    const ws = await workspace();
    const [file] = await tidyFiles(ws);
    const rows = await readCsv(file!);
    const valueAt = rows[0]!.indexOf('value');
    const row = rows[99]!.slice(0, valueAt + 1);
    row[valueAt] = row[valueAt]!.slice(0, 1);
    await writeFile(file!, [...rows.slice(0, 99).map(csvLine), csvLine(row)].join('\n'));
    await expectRefused(ws, { file: file!, line: 100, message: /The last row stops after/ });
  });

  it('a file cut off in the middle of a quoted field', async () => {
    const ws = await workspace();
    const [file] = await tidyFiles(ws);
    const rows = await readCsv(file!);
    const nameAt = rows[0]!.indexOf('area_name');
    rows[99]![nameAt] = `${rows[99]![nameAt]}, town centre`;
    const line = csvLine(rows[99]!);
    const quote = line.indexOf('"');
    await writeFile(file!, [...rows.slice(0, 99).map(csvLine), line.slice(0, quote + 5)].join('\n'));
    await expectRefused(ws, { file: file!, line: 100, message: /A quoted field is never closed/ });
  });

  for (const seed of [20241120, 7, 42]) {
    it(`random bytes written over part of a file (seed ${seed})`, async () => {
      const ws = await workspace();
      const [file] = await tidyFiles(ws);
      const bytes = await readFile(file!);
      const random = seededRandom(seed);
      const at = 1000 + Math.floor(random() * (bytes.length - 2000));
      const noise = Buffer.from(Array.from({ length: 64 }, () => Math.floor(random() * 256)));
      noise.copy(bytes, at);
      await writeFile(file!, bytes);
      // The first control byte of the noise is where the file stops being text.
      const bad = noise.findIndex((b) => b < 0x09 || (b > 0x0d && b < 0x20));
      expect(bad, 'the seed gives noise without control bytes: choose another').toBeGreaterThanOrEqual(0);
      const before = bytes.subarray(0, at + bad).toString('latin1');
      const line = 1 + (before.match(/\r\n|\r|\n/g)?.length ?? 0);
      await expectRefused(ws, { file: file!, line, message: /The file is not a CSV text file/ });
    });
  }

  it('an image saved under a .csv name, a workbook renamed .csv, and NUL bytes in a CSV', async () => {
    const png = await workspace();
    const image = path.join(png.data, 'chart.csv');
    await writeFile(image, Buffer.from('89504e470d0a1a0a0000000d49484452000001000000010008060000005c72a866', 'hex'));
    await expectRefused(png, { file: image, message: /not a CSV text file: it looks like a PNG image/ });

    const xlsx = await workspace();
    const workbook = path.join(xlsx.data, 'partner-extract.csv');
    await writeFile(workbook, Buffer.concat([Buffer.from('504b0304140006000800000021', 'hex'), Buffer.from('[Content_Types].xml')]));
    await expectRefused(xlsx, { file: workbook, message: /it looks like an Excel workbook/ });

    const nul = await workspace();
    const [file] = await tidyFiles(nul);
    const bytes = await readFile(file!);
    bytes.fill(0, 200, 216);
    await writeFile(file!, bytes);
    const line = 1 + (bytes.subarray(0, 200).toString('latin1').match(/\n/g)?.length ?? 0);
    await expectRefused(nul, { file: file!, line, message: /The file is not a CSV text file$/ });
  });

  it('an empty file', async () => {
    const ws = await workspace();
    const [, file] = await tidyFiles(ws);
    await writeFile(file!, '');
    await expectRefused(ws, { file: file!, message: /The file is empty/ });
  });

  it('a file with its header and no rows', async () => {
    const ws = await workspace();
    const [file] = await tidyFiles(ws);
    const text = await readFile(file!, 'utf8');
    await writeFile(file!, text.slice(0, text.indexOf('\n') + 1));
    await expectRefused(ws, { file: file!, line: 1, message: /The file has a header line but no rows of data/ });
  });

  it('a 10 MB file that is one line with no line break', async () => {
    const ws = await workspace();
    const file = path.join(ws.data, 'export.csv');
    await writeFile(file, 'x'.repeat(10 * 1024 * 1024));
    await expectRefused(ws, { file, line: 1, message: /Line 1 is too long to be a row of a CSV file/ });
  });

  it('a 10 MB line with no line break at the end of a good file', async () => {
    const ws = await workspace();
    const [, file] = await tidyFiles(ws);
    const text = await readFile(file!, 'utf8');
    const lines = text.endsWith('\n') ? text.split('\n').length : text.split('\n').length + 1;
    await writeFile(file!, text + 'all_crime,'.repeat(1024 * 1024));
    await expectRefused(ws, { file: file!, line: lines, message: /is too long to be a row of a CSV file/ });
  });

  it('a header line with 100,000 commas', async () => {
    const ws = await workspace();
    const [, file] = await tidyFiles(ws);
    const text = await readFile(file!, 'utf8');
    const end = text.indexOf('\n');
    await writeFile(file!, text.slice(0, end) + ','.repeat(100_000) + text.slice(end));
    await expectRefused(ws, { file: file!, line: 1, message: /Line 1 has more columns than any spreadsheet can hold/ });
  });

  it('a tidy file of 600 MB, refused before it is read whole', async () => {
    const ws = await workspace();
    const file = path.join(ws.data, 'everything.csv');
    // A valid start (all that is read to tell the format), then sparse: takes no disk space, and is never read.
    const handle = await open(file, 'w');
    await handle.write('measure,area_code,period,value\n' + 'all_crime,E07999006,2024-01,1\n'.repeat(4000));
    await handle.truncate(600 * 1024 * 1024);
    await handle.close();
    await expectRefused(ws, { file, message: /The file is too large to be a partner extract/ });
  });

  it('a file of 600 MB of NUL bytes is refused from its first bytes', async () => {
    const ws = await workspace();
    const file = path.join(ws.data, 'zeros.csv');
    const handle = await open(file, 'w');
    await handle.truncate(600 * 1024 * 1024);
    await handle.close();
    await expectRefused(ws, { file, line: 1, message: /The file is not a CSV text file/ });
  });
});
