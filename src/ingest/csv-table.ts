import { parse } from 'csv-parse/sync';
import { AssessError, ExitCode } from '../errors.js';

export interface CsvRow {
  /** 1-based line where the record starts (a quoted field may span several lines). */
  line: number;
  cells: string[];
}

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

/**
 * Parses CSV text into a header and rows with exact line numbers. `headerOnly` reads just the
 * first record, so a file that is not ours is classified without being parsed in full.
 */
export function readCsvTable(rawText: string, file: string, headerOnly = false): CsvResult {
  // One line ending throughout, so line counting is exact even in mixed CRLF/LF exports.
  const text = rawText.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') {
    return { ok: false, problem: new AssessError('The file is empty', ExitCode.badInput, {
      location: { file },
      expected: 'a header line and at least one row',
      fix: 'Export the data again, or remove the empty file from the data folder.',
    }) };
  }
  let lastGoodLine = 0;
  let records: ParseInfo[];
  try {
    records = parse(text, {
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      ...(headerOnly ? { to: 1 } : {}),
      on_record: (record: string[], context: { lines: number }) => {
        lastGoodLine = context.lines;
        return record;
      },
    }) as unknown as ParseInfo[];
  } catch (error) {
    const failure = error as { code?: string; lines?: number; message: string };
    const line = failureLine(text.split('\n'), failure, lastGoodLine);
    return { ok: false, problem: new AssessError(`${quoteHelp[failure.code ?? ''] ?? 'The file is not valid CSV'}`, ExitCode.badInput, {
      location: { file, line },
      found: failure.message,
      expected: 'comma-separated values, with any field that contains a comma, quote or line break in double quotes',
      fix: 'Open the file in a spreadsheet, check the quotes on this line, and save it again as CSV.',
    }) };
  }
  const rows: CsvRow[] = [];
  for (const { record, info } of records) {
    const innerBreaks = record.reduce((sum, cell) => sum + (cell.match(/\n/g)?.length ?? 0), 0);
    const line = info.lines - innerBreaks;
    // Spreadsheets leave rows of bare commas below the data: they carry nothing.
    if (record.every((cell) => cell.trim() === '')) continue;
    rows.push({ line, cells: record });
  }
  const [first, ...data] = rows;
  if (first === undefined) {
    return { ok: false, problem: new AssessError('The file has no header line', ExitCode.badInput, { location: { file }, expected: 'a header line naming the columns' }) };
  }
  const header = first.cells.map((cell) => cell.trim().replace(/\s+/g, ' '));
  return { ok: true, table: { header, keys: header.map(headerKey), headerLine: first.line, rows: data } };
}
