import { readFile, writeFile } from 'node:fs/promises';
import { afterAll, describe, it } from 'vitest';
import { CASE_TIMEOUT_MS, csvLine, expectRefused, readCsv, removeWorkspaces, tidyFiles, workspace, writeCsv } from './harness.js';

afterAll(removeWorkspaces);

/** Text files whose content is wrong: values in the wrong column, broken quoting, bad headers, formulas, the wrong encoding. */
describe('a file with wrong content is refused, and the previous outputs are kept', { timeout: CASE_TIMEOUT_MS }, () => {
  it('a value swapped into the area_code column of one row', async () => {
    const ws = await workspace();
    const [file] = await tidyFiles(ws);
    const rows = await readCsv(file!);
    const [code, value] = [rows[0]!.indexOf('area_code'), rows[0]!.indexOf('value')];
    [rows[99]![code], rows[99]![value]] = [rows[99]![value]!, rows[99]![code]!];
    await writeCsv(file!, rows);
    await expectRefused(ws, { file: file!, line: 100, column: code + 1, message: /Area code "\d+" in column \d+ \(area_code\) is not a code/ });
  });

  it('the area_code and value columns swapped throughout a file', async () => {
    const ws = await workspace();
    const files = await tidyFiles(ws);
    const file = files.at(-1)!;
    const rows = await readCsv(file);
    const [code, value] = [rows[0]!.indexOf('area_code'), rows[0]!.indexOf('value')];
    for (const row of rows.slice(1)) [row[code], row[value]] = [row[value]!, row[code]!];
    await writeCsv(file, rows);
    await expectRefused(ws, { file, line: 2, column: code + 1, message: /is not a code/ });
  });

  it('a value swapped into the period column', async () => {
    const ws = await workspace();
    const [file] = await tidyFiles(ws);
    const rows = await readCsv(file!);
    const [period, value] = [rows[0]!.indexOf('period'), rows[0]!.indexOf('value')];
    rows[99]![period] = rows[99]![value]!;
    await writeCsv(file!, rows);
    await expectRefused(ws, { file: file!, line: 100, column: period + 1, message: /Period "\d+" in column \d+ \(period\) is not a month or a year/ });
  });

  it('a quote that is opened and never closed', async () => {
    const ws = await workspace();
    const [file] = await tidyFiles(ws);
    const lines = (await readFile(file!, 'utf8')).split('\n');
    const cells = lines[99]!.split(',');
    cells[2] = `"${cells[2]}`;
    lines[99] = cells.join(',');
    await writeFile(file!, lines.join('\n'));
    await expectRefused(ws, { file: file!, line: 100, message: /A quoted field is never closed/ });
  });

  it('a quote in the middle of a field, and text after a closing quote', async () => {
    const middle = await workspace();
    const [file] = await tidyFiles(middle);
    const lines = (await readFile(file!, 'utf8')).split('\n');
    lines[49] = lines[49]!.replace(/,([^,]{2})/, ',$1"');
    await writeFile(file!, lines.join('\n'));
    await expectRefused(middle, { file: file!, line: 50, message: /A quote mark appears in the middle of a field/ });

    const after = await workspace();
    const [other] = await tidyFiles(after);
    const rows = (await readFile(other!, 'utf8')).split('\n');
    rows[49] = rows[49]!.replace(/,([^,]+),/, ',"$1"x,');
    await writeFile(other!, rows.join('\n'));
    await expectRefused(after, { file: other!, line: 50, message: /A quoted field is followed by more text before the comma/ });
  });

  it('a header naming the value column twice', async () => {
    const ws = await workspace();
    const [file] = await tidyFiles(ws);
    const rows = await readCsv(file!);
    const extra = rows[0]!.findIndex((name) => !['measure', 'area_code', 'period', 'value'].includes(name));
    rows[0]![extra] = 'value';
    await writeCsv(file!, rows);
    await expectRefused(ws, { file: file!, line: 1, message: /The column "value" appears twice in the header/ });
  });

  it('a header naming the area_name column twice', async () => {
    const ws = await workspace();
    const [file] = await tidyFiles(ws);
    const rows = await readCsv(file!);
    const extra = rows[0]!.findIndex((name) => !['measure', 'area_code', 'area_name', 'period', 'value'].includes(name));
    rows[0]![extra] = 'area_name';
    await writeCsv(file!, rows);
    await expectRefused(ws, { file: file!, line: 1, message: /The column "area_name" appears twice in the header/ });
  });

  it('a spreadsheet formula in a value cell', async () => {
    const ws = await workspace();
    const [file] = await tidyFiles(ws);
    const rows = await readCsv(file!);
    const value = rows[0]!.indexOf('value');
    rows[99]![value] = '=HYPERLINK("http://x","y")';
    await writeCsv(file!, rows);
    await expectRefused(ws, { file: file!, line: 100, column: value + 1, message: /Value "=HYPERLINK\("http:\/\/x","y"\)" in column \d+ \(value\) is not a number/ });
  });

  it('a file saved as UTF-16LE without its byte-order mark', async () => {
    const ws = await workspace();
    const [, file] = await tidyFiles(ws);
    await writeFile(file!, Buffer.from(await readFile(file!, 'utf8'), 'utf16le'));
    await expectRefused(ws, { file: file!, message: /saved as UTF-16 \("Unicode text"\) without the marker/ });
  });

  it('a cell inserted into a row, shifting its values one column right', async () => {
    const ws = await workspace();
    const [file] = await tidyFiles(ws);
    const rows = await readCsv(file!);
    const value = rows[0]!.indexOf('value');
    rows[99]!.splice(value, 0, 'oops');
    await writeFile(file!, rows.map(csvLine).join('\n') + '\n');
    await expectRefused(ws, { file: file!, line: 100, column: value + 1, message: /Value "oops"/ });
  });
});
