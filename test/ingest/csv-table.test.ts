import { describe, expect, it } from 'vitest';
import { readCsvTable } from '../../src/ingest/csv-table.js';

describe('readCsvTable', () => {
  it('numbers records by the line they start on, across quoted line breaks and blank lines', () => {
    const result = readCsvTable('a,"b\r\nc"\r\n1,"x\ny"\n\n\n2,3\r\n,,\n4,5', 'f.csv');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.table.header).toEqual(['a', 'b c']);
    expect(result.table.keys).toEqual(['a', 'b c']);
    expect(result.table.rows).toEqual([
      { line: 3, cells: ['1', 'x\ny'] },
      { line: 7, cells: ['2', '3'] },
      { line: 9, cells: ['4', '5'] },
    ]);
  });

  it('reports an unclosed quote at the line where the record starts', () => {
    const result = readCsvTable('a,b\n1,2\n\n3,"4\n5,6\n7,8\n', 'data/f.csv');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.message).toBe('A quoted field is never closed');
    expect(result.problem.details.location).toEqual({ file: 'data/f.csv', line: 4 });
  });

  it('reports a stray quote at its line', () => {
    const result = readCsvTable('a,b\n1,2\n3,"4"x\n', 'f.csv');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.message).toBe('A quoted field is followed by more text before the comma');
    expect(result.problem.details.location?.line).toBe(3);
  });

  it('reports an empty file', () => {
    const result = readCsvTable('\uFEFF\r\n  \n', 'empty.csv');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.message).toBe('The file is empty');
  });

  it('reports a quote in the middle of a field as csv-parse does, which reads what the fast splitter leaves', () => {
    const result = readCsvTable('a,b\n1,2\n3,4"5"\n', 'f.csv');
    expect(result.ok ? undefined : [result.problem.message, result.problem.details.location, result.problem.details.found])
      .toEqual(['A quote mark appears in the middle of a field', { file: 'f.csv', line: 3 }, '3,4"5"']);
  });

  it('keeps a NUL after a closing quote in the field, as csv-parse does', () => {
    expect(readCsvTable('a,b\n"1"\u0000,2\n', 'f.csv')).toMatchObject({ ok: true, table: { rows: [{ line: 2, cells: ['1\u0000', '2'] }] } });
  });

  it('reads only the header when asked, even when a later line is broken', () => {
    const result = readCsvTable('x,y\n1,"2\n', 'f.csv', true);
    expect(result.ok && result.table.header).toEqual(['x', 'y']);
  });
});
