import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readCsvTable } from '../../src/ingest/csv-table.js';
import { decodeInput } from '../../src/ingest/decode.js';
import { readInputText } from '../../src/ingest/input-head.js';
import { listCsvFiles } from '../../src/ingest/list-inputs.js';
import { tempDir } from '../temp-dir.js';

/** The checks that refuse damaged files must not refuse the untidy files partners really send. */
describe('the damage checks accept real, untidy files', () => {
  it('hand-made rows that leave out an optional last column, with no line break at the end', () => {
    const result = readCsvTable('measure,area_code,period,value,notes\nall_crime,E1,2024,5\nasb,E1,2024,6', 'hand-made.csv');
    expect(result.ok && result.table.rows.map((row) => row.cells)).toEqual([['all_crime', 'E1', '2024', '5'], ['asb', 'E1', '2024', '6']]);
  });

  it('rows of bare commas after the last row, with no line break at the end', () => {
    expect(readCsvTable('a,b,c\n1,2,3\n,,', 'f.csv').ok).toBe(true);
    expect(readCsvTable('a,b,c\n1,2,3', 'f.csv').ok).toBe(true);
  });

  it("assess init's header-only template, while any other header-only file is refused", () => {
    expect(readCsvTable('measure,area_code,area_name,period,value\n', '/data/2025/tidy-template.csv').ok).toBe(true);
    const other = readCsvTable('measure,area_code,area_name,period,value\n', '/data/2025/police.csv');
    expect(!other.ok && other.problem.message).toBe('The file has a header line but no rows of data');
  });

  it('old Mac line endings (\\r alone), however long the file', () => {
    const text = 'measure,area_code,period,value\r' + 'all_crime,E07000110,2024-01,5\r'.repeat(60_000);
    expect(text.length).toBeGreaterThan(1024 * 1024);
    expect(decodeInput(Buffer.from(text), 'mac.csv')).toBe(text);
  });

  it('UTF-16 with its byte-order mark, tabs, vertical tabs, form feeds and a DOS end-of-file mark', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a,b\nCafé,1\n', 'utf16le')]);
    expect(decodeInput(utf16, 'unicode.csv')).toBe('a,b\nCafé,1\n');
    expect(decodeInput(Buffer.from('a\tb,"c\vd\fe"\n1,2\n\x1a'), 'f.csv')).toBe('a\tb,"c\vd\fe"\n1,2\n');
  });

  it('a CSV reached through a link, and a stored (uncompressed) zip entry', async () => {
    const root = await tempDir('links');
    const dir = path.join(root, '2024');
    await mkdir(dir);
    await writeFile(path.join(root, 'shared.csv'), 'measure,area_code,period,value\nasb,E1,2024,3\n');
    await symlink(path.join(root, 'shared.csv'), path.join(dir, 'linked.csv'));
    await writeFile(path.join(dir, 'stored.zip'), zipSync({ 'a.csv': strToU8('x,y\n1,2\n') }, { level: 0 }));
    expect(await listCsvFiles(dir)).toEqual(['linked.csv', 'stored.zip/a.csv']);
    expect((await readInputText(dir, 'linked.csv')).text).toBe('measure,area_code,period,value\nasb,E1,2024,3\n');
    expect((await readInputText(dir, 'stored.zip/a.csv')).text).toBe('x,y\n1,2\n');
  });
});
