import { MAX_LINE_CHARS } from '../decode.js';
import { MONTH_START, NEXT_ROW, ROW_INTS, WIDTH } from './plain-rows.js';
import { closeQuote, nextFlagged, type ScanProblem, type StreetColumns } from './scan-bytes.js';

// Module-local, not imported: V8 folds these into the hot loop; imported bindings are loaded each time (measured 15% slower).
const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/** After a row's layout (plain-rows.ts), what only a record read byte by byte can have: line breaks inside it, and whether it ended with one. */
export const BREAKS = ROW_INTS;
export const COMPLETE = ROW_INTS + 1;
export const RECORD_INTS = ROW_INTS + 2;

/** Keeps where the cell of column `field` lies, if it is one of the three counted. */
function keepCell(record: Int32Array, columns: StreetColumns, field: number, start: number, end: number): void {
  const at = field === columns.month ? MONTH_START : field === columns.lsoa ? MONTH_START + 2 : field === columns.type ? MONTH_START + 4 : -1;
  if (at >= 0) (record[at] = start), (record[at + 1] = end);
}

/**
 * Reads the record at `pos` byte by byte, with every check the general CSV reader makes: quoted
 * cells (commas, doubled quotes and line breaks inside), CRLF, control bytes. Lays it out in
 * `record` as the kernel lays out a plain row (cells' spans, next start, width), then the line
 * breaks inside it and whether it ended with one. `words` are the same bytes as 32-bit words, to
 * pass over 4 plain bytes at a time. Returns 'more' when the record runs past `end` and more
 * bytes may come, or the problem that stops the file being read.
 */
export function readRecord(buf: Uint8Array, words: Int32Array, pos: number, end: number, final: boolean, columns: StreetColumns, line: number, record: Int32Array): ScanProblem | 'more' | undefined {
  // The end of the whole words: nextFlagged looks no further.
  const wordEnd = end & ~3;
  record.fill(0, MONTH_START, MONTH_START + 6);
  let i = pos;
  let field = 0;
  let start = pos;
  let lineStart = pos;
  let breaks = 0;
  let valueEnd = -1;
  let complete = false;
  for (;;) {
    if (i >= end) break;
    const c = buf[i]!;
    if (c >= 32 && c !== COMMA && c !== QUOTE) {
      i = i + 1 < wordEnd ? nextFlagged(words, i + 1, wordEnd) : i + 1;
      continue;
    }
    if (c === COMMA || c === LF) {
      const s = valueEnd >= 0 ? start + 1 : start;
      keepCell(record, columns, field, s, valueEnd >= 0 ? valueEnd : c === LF && i > start && buf[i - 1] === CR ? i - 1 : i);
      valueEnd = -1;
      i++;
      if (c === LF) {
        complete = true;
        break;
      }
      field++;
      start = i;
      continue;
    }
    if (c === QUOTE) {
      if (i !== start) return { kind: 'quote-in-field', line: line + breaks, column: i - lineStart + 1 };
      const quoted = closeQuote(buf, i, end, final, lineStart);
      if (quoted.kind === 'more') return 'more';
      if (quoted.kind === 'unclosed') return { kind: 'unclosed-quote', line };
      if (quoted.kind === 'control') return { kind: 'control', line: line + breaks + quoted.breaks, column: quoted.at - quoted.lineStart + 1, detail: quoted.byte };
      const j = quoted.close;
      breaks += quoted.breaks;
      lineStart = quoted.lineStart;
      valueEnd = j;
      i = j + 1;
      const after = i < end ? buf[i]! : -1;
      if (after !== COMMA && after !== LF && after !== CR && !(after === -1 && final)) {
        if (after === -1) return 'more';
        return { kind: 'text-after-quote', line: line + breaks, column: i - lineStart + 1 };
      }
      continue;
    }
    if (c === CR) {
      if (i + 1 >= end && !final) return 'more';
      if (i + 1 < end && buf[i + 1] !== LF) return { kind: 'lone-cr', line: line + breaks };
    } else if (c < 32 && c !== 9 && c !== 11 && c !== 12) {
      return { kind: 'control', line: line + breaks, column: i - lineStart + 1, detail: c };
    }
    i++;
  }
  if (i - lineStart > MAX_LINE_CHARS) return { kind: 'long-line', line: line + breaks };
  if (!complete) {
    if (!final) return 'more';
    // The last record, with no line break after it.
    keepCell(record, columns, field, valueEnd >= 0 ? start + 1 : start, valueEnd >= 0 ? valueEnd : end);
  }
  record[NEXT_ROW] = i;
  record[WIDTH] = field + 1;
  record[BREAKS] = breaks;
  record[COMPLETE] = complete ? 1 : 0;
  return undefined;
}
