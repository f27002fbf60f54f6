import { describe, expect, it } from 'vitest';
import { CellCounter } from '../../../src/ingest/street/cell-counter.js';

/** Counts rows given as [month, LSOA, type], each cell placed in a larger buffer as the scanner passes it. */
function count(rows: [string, string, string][]) {
  const counter = new CellCounter();
  rows.forEach(([month, lsoa, type], i) => {
    const bytes = new TextEncoder().encode(`x,${month},${lsoa},${type},y`);
    const m0 = 2;
    const l0 = m0 + month.length + 1;
    const t0 = l0 + lsoa.length + 1;
    counter.add(bytes, m0, m0 + month.length, l0, l0 + lsoa.length, t0, t0 + type.length, i + 2);
  });
  const cells = counter.cells();
  return Array.from({ length: cells.size }, (_, i) => `${cells.months[cells.month[i]!]} ${cells.lsoas[cells.lsoa[i]!]} ${cells.types[cells.type[i]!]} x${cells.count[i]}`);
}

describe('CellCounter', () => {
  it('counts England and Wales LSOA codes by their number, and anything else by its bytes, alike', () => {
    const rows: [string, string, string][] = [
      ['2024-01', 'E01000001', 'Burglary'],
      ['2024-01', 'W01000001', 'Burglary'],
      ['2024-01', 'E01000001', 'Burglary'],
      ['2024-01', 'E01035999', 'Robbery'],
      ['2024-02', 'E01000001', 'Burglary'],
      // Not the E01/W01 and six digits shape: looked up by their bytes.
      ['2024-01', 'E0100000X', 'Burglary'],
      ['2024-01', 'S01000001', 'Burglary'],
      ['2024-01', 'E0100001', 'Burglary'],
      ['2024-01', '', 'Burglary'],
      ['2024-01', 'W01000001', 'Burglary'],
      ['2024-01', 'E0100000X', 'Burglary'],
      // The tables grow to the largest number seen, keeping what they hold.
      ['2024-01', 'W01999999', 'Burglary'],
      ['2024-01', 'E01000000', 'Burglary'],
      ['2024-01', 'E01999999', 'Burglary'],
      ['2024-01', 'E01035999', 'Robbery'],
      ['2024-01', 'W01999999', 'Burglary'],
    ];
    expect(count(rows)).toEqual([
      '2024-01 E01000001 Burglary x2',
      '2024-01 W01000001 Burglary x2',
      '2024-01 E01035999 Robbery x2',
      '2024-02 E01000001 Burglary x1',
      '2024-01 E0100000X Burglary x2',
      '2024-01 S01000001 Burglary x1',
      '2024-01 E0100001 Burglary x1',
      '2024-01  Burglary x1',
      '2024-01 W01999999 Burglary x2',
      '2024-01 E01000000 Burglary x1',
      '2024-01 E01999999 Burglary x1',
    ]);
  });
});
