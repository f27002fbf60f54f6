import { decodeText } from '../decode.js';
import type { CsvRow } from '../csv-table.js';
import type { TripleCounter } from './triple-counter.js';

/**
 * Rows of a street-level file counted by the three cells that matter (as written, untrimmed),
 * with the line of the first such row for messages. Both readers produce these: the fast byte
 * scanner and the general CSV reader, so everything after counting is shared.
 */
export interface StreetTally {
  month: string;
  lsoa: string;
  type: string;
  count: number;
  line: number;
}

/** Bytes of one cell as text: ASCII as is, otherwise UTF-8, or Windows-1252 when it is not UTF-8. */
function cellText(bytes: Uint8Array): string {
  let ascii = true;
  for (const byte of bytes) if (byte >= 0x80) ascii = false;
  const text = ascii ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1') : decodeText(bytes).text;
  // Only a quoted cell can hold a quote, and it holds it doubled.
  return text.includes('"') ? text.replace(/""/g, '"') : text;
}

/** Counts from the byte scanner, with lines moved by `lineOffset` (a range that began part-way into its file). */
export function talliesOfCounter(counter: TripleCounter, lineOffset = 0): StreetTally[] {
  const tallies: StreetTally[] = [];
  for (const { fields, count, line } of counter.entries()) {
    tallies.push({ month: cellText(fields[0]), lsoa: cellText(fields[1]), type: cellText(fields[2]), count, line: line + lineOffset });
  }
  return tallies;
}

/** Counts from rows the general CSV reader has parsed. */
export function talliesOfRows(rows: readonly CsvRow[], columns: { month: number; lsoa: number; type: number }): StreetTally[] {
  const byKey = new Map<string, StreetTally>();
  for (const { line, cells } of rows) {
    const month = cells[columns.month] ?? '';
    const lsoa = cells[columns.lsoa] ?? '';
    const type = cells[columns.type] ?? '';
    const key = `${month}\u0000${lsoa}\u0000${type}`;
    const tally = byKey.get(key);
    if (tally === undefined) byKey.set(key, { month, lsoa, type, count: 1, line });
    else tally.count++;
  }
  return [...byKey.values()];
}

/** Adds tallies from several ranges of one file, keeping the earliest line of each. */
export function mergeTallies(parts: readonly StreetTally[][]): StreetTally[] {
  if (parts.length === 1) return parts[0]!;
  const byKey = new Map<string, StreetTally>();
  for (const part of parts) {
    for (const tally of part) {
      const key = `${tally.month}\u0000${tally.lsoa}\u0000${tally.type}`;
      const known = byKey.get(key);
      if (known === undefined) byKey.set(key, { ...tally });
      else {
        known.count += tally.count;
        known.line = Math.min(known.line, tally.line);
      }
    }
  }
  return [...byKey.values()];
}
