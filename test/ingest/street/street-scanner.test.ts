import { describe, expect, it } from 'vitest';
import { readCsvTable } from '../../../src/ingest/csv-table.js';
import type { StreetColumns } from '../../../src/ingest/street/scan-bytes.js';
import { StreetScanner } from '../../../src/ingest/street/street-scanner.js';
import { cellsOfRows } from '../../../src/ingest/street/street-cells.js';
import { tallies, whole, type Tally } from './tallies.js';

const header = 'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context';
const columns: StreetColumns = { month: 1, lsoa: 7, type: 9, width: 12 };

/** Everything that trips a naive split on commas and line breaks, as real exports contain it. */
const awkward = [
  header,
  'a1,2024-01,Kent Police,Kent Police,0.1,51.2,On or near Church Road,E01000001,Medbury 001A,Burglary,Under investigation,',
  ',2024-01,Kent Police,Kent Police,0.1,51.2,"On or near Mill Lane, ""the Old Mill""",E01000001,Medbury 001A,Anti-social behaviour,,',
  'a2,2024-01,Kent Police,Kent Police,0.1,51.2,"On or near\nStation Road",E01000002,"Medbury, 002B",Burglary,"Investigation complete; no suspect identified, closed",',
  'a3,2024-01,Kent Police,Kent Police,,,No Location,,,Drugs,Unable to prosecute suspect,"Context, with a\r\nline break"',
  '',
  ',,,,,,,,,,,',
  'a4,2024-02,Kent Police,Kent Police,0.1,51.2,On or near Park Avenue,E01000001,Medbury 001A,"Burglary",Under investigation,',
  'a5,2024-02 ,Kent Police,Kent Police,0.1,51.2,On or near Park Avenue, E01000002 ,Medbury 002B,Vehicle crime ,Under investigation,',
  'a6,2024-02,Kent Police,Kent Police,0.1,51.2,On or near Park Avenue,E01000001,Medbury 001A,Burglary,Under investigation',
  'a7,2024-01,Kent Police,Kent Police,0.1,51.2,On or near Church Road,E01000001,Medbury 001A,Burglary,Under investigation,',
].join('\r\n') + '\r\n';

function scan(bytes: Uint8Array, chunk: number, kernel: boolean): StreetScanner {
  const scanner = new StreetScanner(columns, { header: true, chunkBytes: 64, kernel });
  for (let at = 0; at < bytes.length && !scanner.done; at += chunk) scanner.push(bytes.subarray(at, at + chunk));
  if (!scanner.done) scanner.finish();
  return scanner;
}

function general(text: string): { tallies: Tally[]; rows: number } {
  const parsed = readCsvTable(text, 'street.csv');
  if (!parsed.ok) throw parsed.problem;
  return { tallies: tallies(whole(cellsOfRows(parsed.table.rows, columns))), rows: parsed.table.rows.length };
}

// Plain rows are found by the WebAssembly kernel; without it (where WebAssembly SIMD is
// unavailable) every row is read byte by byte. Both must count the same.
describe.each([
  ['with the WebAssembly kernel', true],
  ['byte by byte', false],
])('the street-level byte scanner, %s', (_, kernel) => {
  it('counts exactly what the general CSV reader counts, however the bytes arrive', () => {
    const bytes = new TextEncoder().encode(awkward);
    const expected = general(awkward);
    expect(expected.rows).toBe(8);
    for (const chunk of [1, 2, 3, 7, 64, 1000, bytes.length]) {
      const scanner = scan(bytes, chunk, kernel);
      expect(scanner.problem, `chunks of ${chunk}`).toBeUndefined();
      expect(scanner.rows, `chunks of ${chunk}`).toBe(8);
      expect(tallies(whole(scanner.counter.cells())), `chunks of ${chunk}`).toEqual(expected.tallies);
    }
  });

  it('keeps cells as written, so trimming and matching stay with the shared placement code', () => {
    const counted = tallies(whole(scan(new TextEncoder().encode(awkward), 5, kernel).counter.cells()));
    expect(counted.map(({ month, lsoa, type, count, line }) => [month, lsoa, type, count, line])).toEqual([
      ['2024-01', 'E01000001', 'Burglary', 2, 2],
      ['2024-01', 'E01000001', 'Anti-social behaviour', 1, 3],
      ['2024-01', 'E01000002', 'Burglary', 1, 4],
      ['2024-01', '', 'Drugs', 1, 6],
      ['2024-02', 'E01000001', 'Burglary', 2, 10],
      ['2024-02 ', ' E01000002 ', 'Vehicle crime ', 1, 11],
    ]);
  });

  it('counts a last row with no line break after it', () => {
    const text = `${header}\nx,2024-03,P,P,0,0,L,E01000009,N,Robbery,O,`;
    const scanner = scan(new TextEncoder().encode(text), 16, kernel);
    expect(scanner.rows).toBe(1);
    expect(tallies(whole(scanner.counter.cells()))).toEqual([{ month: '2024-03', lsoa: 'E01000009', type: 'Robbery', count: 1, line: 2 }]);
  });

  it.each([
    ['an unclosed quote', `${header}\nx,2024-01,P,P,0,0,"On or near,E01000001,N,Robbery,O,\n`, 'unclosed-quote', 2],
    ['a quote in the middle of a field', `${header}\nx,2024-01,P,P,0,0,On "or" near,E01000001,N,Robbery,O,\n`, 'quote-in-field', 2],
    ['text after a closing quote', `${header}\nx,2024-01,P,P,0,0,"On" near,E01000001,N,Robbery,O,\n`, 'text-after-quote', 2],
    ['a control character', `${header}\nx,2024-01,P,P,0,0,On\u0001near,E01000001,N,Robbery,O,\n`, 'control', 2],
    ['a last row cut short', `${header}\nx,2024-01,P,P,0,0,L,E01000001,N,Robbery,O,\nx,2024-01,P,P`, 'cut-short', 3],
    ['old Mac line ends', `${header}\rx,2024-01,P,P,0,0,L,E01000001,N,Robbery,O,\r`, 'lone-cr', 1],
  ])('stops at %s, naming the line', (_what, text, kind, line) => {
    const scanner = scan(new TextEncoder().encode(text), 9, kernel);
    expect(scanner.problem).toMatchObject({ kind, line });
  });

  it('closes a quoted last cell at the end of the file, whatever was in the buffer after it', () => {
    const scanner = new StreetScanner({ month: 0, lsoa: 1, type: 2, width: 2 }, { header: false, chunkBytes: 64, kernel });
    // The first push leaves a quote just past where the second ends.
    scanner.push(new TextEncoder().encode('ab,"d"\n'));
    scanner.push(new TextEncoder().encode('x,"y"'));
    scanner.finish();
    expect(scanner.problem).toBeUndefined();
    expect(scanner.rows).toBe(2);
    expect(tallies(whole(scanner.counter.cells())).map(({ month, lsoa }) => [month, lsoa])).toEqual([['ab', 'd'], ['x', 'y']]);
  });

  it('refuses a line longer than any row before holding it in memory', () => {
    const scanner = new StreetScanner(columns, { header: true, kernel });
    scanner.push(new TextEncoder().encode(`${header}\n`));
    const block = new Uint8Array(256 * 1024).fill(0x61);
    for (let i = 0; i < 8 && !scanner.done; i++) scanner.push(block);
    expect(scanner.problem).toMatchObject({ kind: 'long-line', line: 2 });
  });

  it('reads Windows-1252 cells as the general reader does', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode(`${header}\nx,2024-01,P,P,0,0,L,E01000001,N,Burglary `), 0x96, ...new TextEncoder().encode(' note,O,\n')]);
    const [tally] = tallies(whole(scan(bytes, 4, kernel).counter.cells()));
    expect(tally!.type).toBe('Burglary – note');
  });
});
