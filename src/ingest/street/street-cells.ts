import { decodeText } from '../decode.js';
import type { CsvRow } from '../csv-table.js';

/**
 * Rows of a street-level file counted by the three cells that matter: each distinct month, LSOA
 * code and crime type (as written, untrimmed) once in a list, and per combination found, the row
 * count and the line of its first row. Typed arrays, so a worker thread hands them over without
 * copying. Both readers produce these (the byte scanner and the general CSV reader), so
 * everything after counting is shared.
 */
export interface StreetCells {
  months: string[];
  lsoas: string[];
  types: string[];
  size: number;
  month: Int32Array;
  lsoa: Int32Array;
  type: Int32Array;
  count: Int32Array;
  line: Int32Array;
}

/** Bytes of one cell as text: ASCII as is, otherwise UTF-8, or Windows-1252 when it is not UTF-8. */
export function cellText(bytes: Uint8Array): string {
  let ascii = true;
  for (const byte of bytes) if (byte >= 0x80) ascii = false;
  const text = ascii ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1') : decodeText(bytes).text;
  // Only a quoted cell can hold a quote, and it holds it doubled.
  return text.includes('"') ? text.replace(/""/g, '"') : text;
}

/** The typed arrays a worker can transfer instead of copying. */
export function transferable(cells: StreetCells): ArrayBuffer[] {
  return [cells.month, cells.lsoa, cells.type, cells.count, cells.line].map((array) => array.buffer as ArrayBuffer);
}

/** Counts from rows the general CSV reader has parsed. */
export function cellsOfRows(rows: readonly CsvRow[], columns: { month: number; lsoa: number; type: number }): StreetCells {
  const ids = [new Map<string, number>(), new Map<string, number>(), new Map<string, number>()] as const;
  const idOf = (which: 0 | 1 | 2, text: string): number => {
    let id = ids[which].get(text);
    if (id === undefined) ids[which].set(text, (id = ids[which].size));
    return id;
  };
  const found = new Map<string, number>();
  const cells: number[][] = [];
  for (const { line, cells: row } of rows) {
    const key = [idOf(0, row[columns.month] ?? ''), idOf(1, row[columns.lsoa] ?? ''), idOf(2, row[columns.type] ?? '')];
    const at = found.get(key.join(','));
    if (at === undefined) {
      found.set(key.join(','), cells.length);
      cells.push([...key, 1, line]);
    } else cells[at]![3]!++;
  }
  const column = (index: number): Int32Array => Int32Array.from(cells, (cell) => cell[index]!);
  return {
    months: [...ids[0].keys()], lsoas: [...ids[1].keys()], types: [...ids[2].keys()], size: cells.length,
    month: column(0), lsoa: column(1), type: column(2), count: column(3), line: column(4),
  };
}
