import path from 'node:path';
import type { FileMapping } from '../../config/mapping-types.js';
import type { AssessConfig } from '../../model.js';
import { readCsvTable, type CsvRow } from '../csv-table.js';
import { ProblemLog } from '../problems.js';
import { emptyOutput, type FormatContext, type FormatOutput, type FormatReader } from './format.js';
import { areaSource, categorySource, configuredHeaders, findHeader, namedColumn } from './wide-header.js';
import { readLayout } from './wide-layout.js';
import { describeWhere } from './wide-messages.js';
import { readBody } from './wide-values.js';

/**
 * Partner spreadsheets saved as CSV, read as the configuration's `mappings:` describe them:
 * title lines above the header, one column per period (or per measure), one row per area or
 * category, merged area cells, total rows and notes below the table. See docs/partner-spreadsheets.md.
 * The steps live in wide-header (finding the header), wide-layout (checking it), wide-rows
 * (classifying rows) and wide-values (reading them); this module is the reader they make up.
 */

// Kept importable from here, where they were first defined.
export { autoPeriod } from './wide-header.js';
export { lineList } from './wide-messages.js';

/** `*` and `?` glob on a file name (or on the relative path when the pattern has a `/`), ignoring case. */
export function globMatches(glob: string, fileName: string): boolean {
  const normalised = fileName.replace(/\\/g, '/');
  const target = glob.includes('/') ? normalised : path.posix.basename(normalised);
  const pattern = glob.split('').map((char) => (char === '*' ? '[^/]*' : char === '?' ? '[^/]' : char.replace(/[.+^${}()|[\]\\]/g, '\\$&'))).join('');
  return new RegExp(`^${pattern}$`, 'i').test(target);
}

/** Reads one partner spreadsheet as its mapping describes it. */
export function readWideTable(text: string, file: string, mapping: FileMapping, context: FormatContext): FormatOutput {
  const log = new ProblemLog(file);
  const where = describeWhere(mapping, context.config);
  const parsed = readCsvTable(text, file);
  if (!parsed.ok) return emptyOutput({ problems: [parsed.problem] });
  const rows: CsvRow[] = [{ line: parsed.table.headerLine, cells: parsed.table.header }, ...parsed.table.rows];

  const headerIndex = findHeader(rows, mapping);
  if (headerIndex === undefined) {
    const named = [namedColumn(areaSource(mapping)), namedColumn(categorySource(mapping)), ...configuredHeaders(mapping)].filter((name) => name !== undefined);
    log.add(mapping.headerRow === undefined ? 'No line of the file looks like the header the mapping describes' : `Line ${mapping.headerRow} (header_row) is blank or inside a quoted cell`, mapping.headerRow, undefined, {
      found: `first line: ${rows[0]!.cells.join(',')}`,
      expected: named.length > 0 ? `a line with the columns ${named.join(', ')} (${where})` : `a line with at least two year columns such as 2010/11, 2011/12 (${where})`,
      fix: mapping.headerRow === undefined ? 'Correct the column names in the mapping to match the file, or give "header_row:" the line number of the header.' : 'Give "header_row:" the line number of the header as a text editor shows it.',
    });
    return emptyOutput({ problems: log.list() });
  }
  const header = rows[headerIndex]!;
  const { layout, warnings } = readLayout(header, mapping, context.config.yearEndMonth, where, file, log);
  if (log.count > 0) return emptyOutput({ problems: log.list(), warnings });

  const output = readBody(rows.slice(headerIndex + 1), layout, mapping, context, file, log);
  return { ...output, warnings: [...warnings, ...output.warnings] };
}

/** One reader per mapping; it reads the files whose name matches the mapping's glob, whatever their header. */
export function wideTableReader(mapping: FileMapping): FormatReader {
  const values = mapping.values;
  const what = values.kind === 'columns' ? values.columns.map((c) => c.header) : values.periods === 'auto' ? ['year columns such as 2011/12'] : values.periods.map((p) => p.header);
  const named = [namedColumn('code' in mapping.area ? undefined : mapping.area), namedColumn(values.kind === 'categories' ? values.category : undefined)].filter((name) => name !== undefined);
  return {
    // Indexes count from 1 in each file, so a year's mappings.yaml needs ids of its own.
    id: mapping.sourceFile === undefined ? `mapping-${mapping.index}` : `year-mapping-${mapping.index}`,
    title: `partner spreadsheet${mapping.agency === undefined ? '' : ` (${mapping.agency})`} read by the mapping for "${mapping.file}"`,
    role: 'data',
    expectedHeader: [...named, ...what].join(','),
    matches: (_keys, fileName) => globMatches(mapping.file, fileName),
    read: (text, file, context) => readWideTable(text, file, mapping, context),
  };
}

/**
 * The readers for the configuration's `mappings:`, in order (a year's mappings.yaml first, see
 * loadYearConfig). They must be tried before every header-based format: a mapped file is read as mapped.
 */
export function mappedFormats(config: AssessConfig): FormatReader[] {
  return (config.mappings ?? []).map(wideTableReader);
}
