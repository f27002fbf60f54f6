import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeStreetFile } from '../../../scripts/bench/street-file.js';
import { STREET_HEADER } from '../../../scripts/sample-data/street.js';
import { readCsvTable } from '../../../src/ingest/csv-table.js';
import { countStreetFiles, type StreetCount } from '../../../src/ingest/street/count-street-files.js';
import { cellsOfRows } from '../../../src/ingest/street/street-cells.js';
import { tallies, whole, type Tally } from './tallies.js';

const columns = { month: 1, lsoa: 7, type: 9, width: 12 };
const geography = { districts: ['E07999001', 'E07999002', 'E07999003'], lsoasPerDistrict: 20, wardsPerDistrict: 4 };
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'assess-street-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});


async function general(file: string): Promise<{ tallies: Tally[]; rows: number }> {
  const parsed = readCsvTable(await readFile(file, 'utf8'), file);
  if (!parsed.ok) throw parsed.problem;
  return { tallies: tallies(whole(cellsOfRows(parsed.table.rows, columns))), rows: parsed.table.rows.length };
}

async function count(file: string, pieceBytes: number, threads = 2): Promise<StreetCount> {
  const size = (await readFile(file)).length;
  const [result] = await countStreetFiles([{ path: file, size, columns }], { threads, pieceBytes });
  return result!;
}

describe('counting street-level files in pieces', () => {
  it('gives exactly the general reader\'s counts and first lines on a file with quoted commas and line breaks', async () => {
    const file = path.join(dir, 'generated.csv');
    await writeStreetFile(file, 20_000, geography, ['2024-01', '2024-02', '2024-03'], 7);
    const text = await readFile(file, 'utf8');
    // The generator quotes about 1 row in 1,000, with a comma and a line break inside.
    expect(text.match(/"On or near [^"]+, ""Flat"" 2\nrear"/g)!.length).toBeGreaterThan(5);
    const expected = await general(file);
    expect(expected.rows).toBe(20_000);
    for (const pieceBytes of [Number.POSITIVE_INFINITY, 1 << 20, 50_000, 4_099]) {
      const counted = await count(file, pieceBytes);
      expect(counted.problem, `pieces of ${pieceBytes}`).toBeUndefined();
      expect(counted.rows, `pieces of ${pieceBytes}`).toBe(20_000);
      expect(tallies(counted.parts), `pieces of ${pieceBytes}`).toEqual(expected.tallies);
    }
  });

  it('recounts a piece whose cut fell inside a quoted field that spans lines', async () => {
    const file = path.join(dir, 'straddle.csv');
    const row = (month: string, type: string, location = 'On or near Mill Lane'): string => `x,${month},P,P,0,0,${location},E01000001,N,${type},O,`;
    // A Location of 3,000 short lines: a cut in its middle lands just after a line break inside quotes.
    const long = `"${Array.from({ length: 3000 }, (_, i) => `line ${i}, still quoted`).join('\n')}"`;
    const lines = [STREET_HEADER, row('2024-01', 'Burglary'), row('2024-01', 'Robbery', long), row('2024-02', 'Burglary'), row('2024-02', 'Drugs')];
    await writeFile(file, lines.join('\n') + '\n');
    const expected = await general(file);
    const counted = await count(file, 20_000);
    expect(counted.rows).toBe(4);
    expect(tallies(counted.parts)).toEqual(expected.tallies);
    expect(tallies(counted.parts).find((t) => t.type === 'Drugs')!.line).toBe(3004);
  });

  it('reports a problem with its line in the whole file, not in the piece', async () => {
    const file = path.join(dir, 'broken.csv');
    const good = 'x,2024-01,P,P,0,0,On or near Mill Lane,E01000001,N,Burglary,O,';
    const lines = [STREET_HEADER, ...Array.from({ length: 2000 }, () => good), 'x,2024-01,P,P,0,0,On "or" near,E01000001,N,Burglary,O,', good];
    await writeFile(file, lines.join('\n') + '\n');
    const counted = await count(file, 30_000);
    expect(counted.problem).toMatchObject({ kind: 'quote-in-field', line: 2002 });
  });
});

describe('counting on worker threads (the compiled build, as the CLI runs it)', () => {
  it('gives the same counts as counting inline', async () => {
    // Workers run compiled JavaScript: `npm test` compiles first (pretest), so dist/ is current.
    const compiled = (await import(path.resolve('dist/ingest/street/count-street-files.js'))) as typeof import('../../../src/ingest/street/count-street-files.js');
    const pool = (await import(path.resolve('dist/ingest/street/range-pool.js'))) as typeof import('../../../src/ingest/street/range-pool.js');
    expect(pool.workersAvailable()).toBe(true);
    const file = path.join(dir, 'threads.csv');
    await writeStreetFile(file, 30_000, geography, ['2024-04', '2024-05'], 11);
    const size = (await readFile(file)).length;
    const [threaded] = await compiled.countStreetFiles([{ path: file, size, columns }], { threads: 2, pieceBytes: 400_000 });
    const inline = await count(file, Number.POSITIVE_INFINITY, 1);
    expect(threaded!.rows).toBe(30_000);
    expect(tallies(threaded!.parts)).toEqual(tallies(inline.parts));
  });
});
