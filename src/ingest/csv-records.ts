/** One CSV record and the 1-based line it starts on (a quoted field may run over several lines). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

const QUOTE = 34;
const COMMA = 44;
const LF = 10;

/** Not in ES2022's typings, but in every Node that assess supports (20+). */
const isWellFormed = (text: string): boolean => (text as string & { isWellFormed(): boolean }).isWellFormed();

function countBreaks(text: string, from: number, to: number): number {
  let breaks = 0;
  for (let at = text.indexOf('\n', from); at >= 0 && at < to; at = text.indexOf('\n', at + 1)) breaks++;
  return breaks;
}

/**
 * Splits CSV text whose line breaks are all \n into records, giving exactly the records and
 * lines csv-parse gives with relax_column_count and skip_empty_lines, several times faster: it
 * slices fields out of the text instead of copying them byte by byte, and builds no record of
 * parser state for each row. Anything csv-parse would refuse (a quote in the middle of a field,
 * text after a closing quote, a quote never closed, a record wider than `maxColumns`) and text
 * that is not well-formed UTF-16 (which csv-parse would alter on its way through UTF-8) give
 * undefined, so that csv-parse reads the file and reports the problem in its own terms.
 * `limit` stops after that many records, as csv-parse's `to`.
 */
export function splitCsv(text: string, maxColumns: number, limit = Number.POSITIVE_INFINITY): CsvRecord[] | undefined {
  if (!isWellFormed(text)) return undefined;
  const records: CsvRecord[] = [];
  const length = text.length;
  let pos = 0;
  let line = 1;
  while (pos < length && records.length < limit) {
    // An empty line is no record; a line of commas or spaces is one (the caller decides what it is worth).
    if (text.charCodeAt(pos) === LF) {
      pos++;
      line++;
      continue;
    }
    const start = line;
    const cells: string[] = [];
    for (;;) {
      if (text.charCodeAt(pos) === QUOTE) {
        let cell = '';
        let from = pos + 1;
        for (;;) {
          const quote = text.indexOf('"', from);
          if (quote < 0) return undefined;
          line += countBreaks(text, from, quote);
          // A doubled quote is one quote mark in the field.
          if (text.charCodeAt(quote + 1) === QUOTE) {
            cell += text.slice(from, quote + 1);
            from = quote + 2;
            continue;
          }
          cell += text.slice(from, quote);
          pos = quote + 1;
          break;
        }
        if (pos < length && text.charCodeAt(pos) !== COMMA && text.charCodeAt(pos) !== LF) return undefined;
        cells.push(cell);
      } else {
        let end = pos;
        for (; end < length; end++) {
          const char = text.charCodeAt(end);
          if (char === COMMA || char === LF) break;
          if (char === QUOTE) return undefined;
        }
        cells.push(text.slice(pos, end));
        pos = end;
      }
      if (cells.length > maxColumns) return undefined;
      if (pos >= length || text.charCodeAt(pos) === LF) break;
      pos++;
    }
    records.push({ line: start, cells });
    if (pos < length) {
      pos++;
      line++;
    }
  }
  return records;
}
