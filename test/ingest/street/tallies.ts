import type { StreetCells } from '../../../src/ingest/street/street-cells.js';

export interface Tally {
  month: string;
  lsoa: string;
  type: string;
  count: number;
  line: number;
}

/** Counts as plain rows, pieces of one file added together, sorted: what two readers must agree on. */
export function tallies(parts: readonly { cells: StreetCells; lineOffset: number }[]): Tally[] {
  const byKey = new Map<string, Tally>();
  for (const { cells, lineOffset } of parts) {
    for (let i = 0; i < cells.size; i++) {
      const month = cells.months[cells.month[i]!]!;
      const lsoa = cells.lsoas[cells.lsoa[i]!]!;
      const type = cells.types[cells.type[i]!]!;
      const key = `${month}\u0000${lsoa}\u0000${type}`;
      const line = cells.line[i]! + lineOffset;
      const known = byKey.get(key);
      if (known === undefined) byKey.set(key, { month, lsoa, type, count: cells.count[i]!, line });
      else {
        known.count += cells.count[i]!;
        known.line = Math.min(known.line, line);
      }
    }
  }
  return [...byKey.values()].sort((a, b) => a.line - b.line);
}

export const whole = (cells: StreetCells): { cells: StreetCells; lineOffset: number }[] => [{ cells, lineOffset: 0 }];
