import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { AssessError, ExitCode } from '../errors.js';
import { splitCsv, type CsvRecord } from './csv-records.js';

/** Excel's and LibreOffice's column limit: no spreadsheet export has more fields in a row. */
export const MAX_COLUMNS = 16_384;

/** A row: its cells and the 1-based line where it starts (a quoted field may span several lines). */
export type CsvRow = CsvRecord;

export interface CsvTable {
  /** Header names as written (trimmed), for messages. */
  header: string[];
  /** Header names lower-cased with spaces collapsed, for matching. */
  keys: string[];
  headerLine: number;
  rows: CsvRow[];
}

export type CsvResult = { ok: true; table: CsvTable } | { ok: false; problem: AssessError };

interface ParseInfo {
  record: string[];
  info: { lines: number };
}

export function headerKey(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, ' ');
}

const quoteHelp: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'A quoted field is never closed',
  CSV_INVALID_CLOSING_QUOTE: 'A quoted field is followed by more text before the comma',
  INVALID_OPENING_QUOTE: 'A quote mark appears in the middle of a field',
};

/**
 * Where a record that failed to parse starts. For an unclosed quote csv-parse reports the end of
 * the file, which is useless to the reader: the record starts at the first non-empty line after
 * the last good record.
 */
function failureLine(lines: string[], error: { code?: string; lines?: number }, lastGoodLine: number): number {
  if (error.code !== 'CSV_QUOTE_NOT_CLOSED') return error.lines ?? lastGoodLine + 1;
  let line = lastGoodLine + 1;
  while (line < lines.length && lines[line - 1]!.trim() === '') line++;
  return line;
}

/** A line quoted back in a message: enough to find it, never a whole enormous line. */
function clip(text: string, length = 200): string {
  return text.length <= length ? text : `${text.slice(0, length)}... (${text.length.toLocaleString('en-GB')} characters)`;
}

/** Thrown from inside csv-parse to stop at a record with more fields than any spreadsheet holds. */
class TooManyColumns extends Error {
  constructor(readonly line: number, readonly count: number) {
    super('too many columns');
  }
}

function problem(message: string, file: string, line: number | undefined, details: { found?: string; expected: string; fix: string }): CsvResult {
  return { ok: false, problem: new AssessError(message, ExitCode.badInput, { location: { file, line }, ...details }) };
}

/** `assess init` leaves header-only templates in the folder; only those may have no rows. */
function isTemplate(file: string): boolean {
  return /template/i.test(path.basename(file));
}

/**
 * csv-parse's records, or the problem that stops it: the slow road, taken only for text the fast
 * splitter (csv-records.ts) leaves to it, so that every refusal keeps csv-parse's wording and line.
 */
function parseStrictly(text: string, file: string, headerOnly: boolean): CsvRecord[] | CsvResult {
  let lastGoodLine = 0;
  let records: ParseInfo[];
  try {
    records = parse(text, {
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      ...(headerOnly ? { to: 1 } : {}),
      on_record: (record: string[], context: { lines: number }) => {
        // With info: true csv-parse hands over { record, info } despite its typings.
        const cells = (record as unknown as ParseInfo).record;
        if (cells.length > MAX_COLUMNS) throw new TooManyColumns(context.lines, cells.length);
        lastGoodLine = context.lines;
        return record;
      },
    }) as unknown as ParseInfo[];
  } catch (error) {
    const lines = text.split('\n');
    if (error instanceof TooManyColumns) {
      return problem(`Line ${error.line} has more columns than any spreadsheet can hold`, file, error.line, {
        found: `${error.count.toLocaleString('en-GB')} fields`,
        expected: `at most ${MAX_COLUMNS.toLocaleString('en-GB')} fields (columns) in a row`,
        fix: 'This is not a spreadsheet export, or its separators are wrong: export the data again as CSV.',
      });
    }
    const failure = error as { code?: string; lines?: number; message: string };
    const line = failureLine(lines, failure, lastGoodLine);
    return problem(quoteHelp[failure.code ?? ''] ?? 'The file is not valid CSV', file, line, {
      found: clip(lines[line - 1] ?? failure.message),
      expected: 'comma-separated values, with any field that contains a comma, quote or line break in double quotes',
      fix: 'Open the file in a spreadsheet, check the quotes on this line, and save it again as CSV.',
    });
  }
  // csv-parse gives the line a record ends on; it starts as many lines earlier as its fields hold line breaks.
  return records.map(({ record, info }) => ({ line: info.lines - record.reduce((sum, cell) => sum + (cell.match(/\n/g)?.length ?? 0), 0), cells: record }));
}

/**
 * Parses CSV text into a header and rows with exact line numbers. `headerOnly` reads just the
 * first record, so a file that is not ours is classified without being parsed in full.
 * A file with a header and no rows, or whose last row stops short with no line break after it,
 * is refused: it was cut short, and reading it would silently leave data out.
 */
export function readCsvTable(rawText: string, file: string, headerOnly = false): CsvResult {
  // One line ending throughout, so line counting is exact even in mixed CRLF/LF exports.
  const unmarked = rawText.replace(/^\uFEFF/, '');
  const text = unmarked.includes('\r') ? unmarked.replace(/\r\n?/g, '\n') : unmarked;
  if (text.trim() === '') {
    return problem('The file is empty', file, undefined, {
      expected: 'a header line and at least one row',
      fix: 'Export the data again, or remove the empty file from the data folder.',
    });
  }
  const records = splitCsv(text, MAX_COLUMNS, headerOnly ? 1 : undefined) ?? parseStrictly(text, file, headerOnly);
  if (!Array.isArray(records)) return records;
  // Spreadsheets leave rows of bare commas below the data: they carry nothing.
  const rows = records.filter((record) => !record.cells.every((cell) => cell.trim() === ''));
  const [first, ...data] = rows;
  if (first === undefined) {
    return problem('The file has no header line', file, undefined, {
      expected: 'a header line naming the columns',
      fix: 'Put the column names in the first line of the file, as the partner system exports them.',
    });
  }
  const header = first.cells.map((cell) => cell.trim().replace(/\s+/g, ' '));
  if (!headerOnly) {
    const cutShort = checkComplete(text, file, first, data);
    if (cutShort !== undefined) return cutShort;
  }
  return { ok: true, table: { header, keys: header.map(headerKey), headerLine: first.line, rows: data } };
}

/** A header with no rows, or a last row short of fields with no line break after it: the file was cut short. */
function checkComplete(text: string, file: string, header: CsvRow, data: CsvRow[]): CsvResult | undefined {
  if (data.length === 0 && !isTemplate(file)) {
    return problem('The file has a header line but no rows of data', file, header.line, {
      found: clip(header.cells.join(',')),
      expected: 'at least one row under the header',
      fix: 'Export the data again (the export may have been cut short), or remove the file from the data folder.',
    });
  }
  // With no line break at the end, the last line of text is the last row (blank and comma-only lines are not rows).
  const tail = text.slice(text.lastIndexOf('\n') + 1);
  // Rows that all leave out an optional last column are hand-made, not cut short: compare with the row before.
  const last = data.at(-1);
  const width = Math.min(header.cells.length, data.at(-2)?.cells.length ?? header.cells.length);
  if (last !== undefined && /[^\s,]/.test(tail) && last.cells.length > 1 && last.cells.length < width) {
    return problem(`The last row stops after ${last.cells.length} of the ${header.cells.length} columns, with no line break after it`, file, last.line, {
      found: clip(last.cells.join(',')),
      expected: 'the file to end with complete rows',
      fix: 'The file was probably cut short while it was saved, copied or downloaded: get a fresh copy of it.',
    });
  }
  return undefined;
}
