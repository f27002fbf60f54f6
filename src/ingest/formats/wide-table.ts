import path from 'node:path';
import type { AssessConfig, InputWarning, Observation } from '../../model.js';
import { mappingHeaderKey, mappingLabelKey, type ColumnSource, type FileMapping } from '../../config/parse-mappings.js';
import { readCsvTable, type CsvRow } from '../csv-table.js';
import { parseValue } from '../parse-value.js';
import { ProblemLog } from '../problems.js';
import { cspKey, emptyOutput, type FormatContext, type FormatOutput, type FormatReader } from './format.js';

/**
 * Partner spreadsheets saved as CSV, read as the configuration's `mappings:` describe them:
 * title lines above the header, one column per period (or per measure), one row per area or
 * category, merged area cells, total rows and notes below the table. See docs/partner-spreadsheets.md.
 */

/** A column whose cells are values: which period and (for `columns:`) which measure. */
interface ValueColumn {
  index: number;
  header: string;
  period: string;
  measure?: string;
}

/** Where the rows' labels and values are, once the header is found. */
interface Layout {
  areaIndex?: number;
  categoryIndex?: number;
  values: ValueColumn[];
}

/** `*` and `?` glob on a file name (or on the relative path when the pattern has a `/`), ignoring case. */
export function globMatches(glob: string, fileName: string): boolean {
  const normalised = fileName.replace(/\\/g, '/');
  const target = glob.includes('/') ? normalised : path.posix.basename(normalised);
  const pattern = glob.split('').map((char) => (char === '*' ? '[^/]*' : char === '?' ? '[^/]' : char.replace(/[.+^${}()|[\]\\]/g, '\\$&'))).join('');
  return new RegExp(`^${pattern}$`, 'i').test(target);
}

/**
 * A header such as 2011/12, 2011-12, "2010/ 11" or 2011/2012 is the year ending in 2012; a bare
 * 2012 is 2012. Anything else (Apr - Sep 2011, % Diff) is not a period and is not read.
 */
export function autoPeriod(header: string): { period: string; kind: 'span' | 'year' } | undefined {
  const text = header.replace(/\s+/g, '').replace(/^(fy|financialyear)/i, '');
  if (/^\d{4}$/.test(text)) return { period: text, kind: 'year' };
  const span = /^(\d{4})[/\-–](\d{2}|\d{4})$/.exec(text);
  if (span === null) return undefined;
  const start = Number(span[1]);
  const end = span[2]!.length === 2 ? (start + 1) % 100 : start + 1;
  return Number(span[2]) === end ? { period: String(start + 1), kind: 'span' } : undefined;
}

function valueColumnsOf(keys: readonly string[], header: readonly string[], mapping: FileMapping): ValueColumn[] {
  const found: ValueColumn[] = [];
  const { values } = mapping;
  keys.forEach((key, index) => {
    if (key === '') return;
    const text = header[index]!.trim().replace(/\s+/g, ' ');
    if (values.kind === 'columns') {
      const column = values.columns.find((c) => mappingHeaderKey(c.header) === key);
      if (column !== undefined) found.push({ index, header: text, period: values.period, measure: column.measure });
      return;
    }
    if (values.periods === 'auto') {
      const auto = autoPeriod(text);
      if (auto !== undefined) found.push({ index, header: text, period: auto.period });
      return;
    }
    const period = values.periods.find((p) => mappingHeaderKey(p.header) === key);
    if (period !== undefined) found.push({ index, header: text, period: period.period });
  });
  return found;
}

function configuredHeaders(mapping: FileMapping): string[] {
  const { values } = mapping;
  if (values.kind === 'columns') return values.columns.map((c) => c.header);
  return values.periods === 'auto' ? [] : values.periods.map((p) => p.header);
}

function namedColumn(source: ColumnSource | undefined): string | undefined {
  return source !== undefined && 'header' in source.column ? source.column.header : undefined;
}

function areaSource(mapping: FileMapping): ColumnSource | undefined {
  return 'code' in mapping.area ? undefined : mapping.area;
}

function categorySource(mapping: FileMapping): ColumnSource | undefined {
  return mapping.values.kind === 'categories' ? mapping.values.category : undefined;
}

function columnIndex(source: ColumnSource | undefined, keys: readonly string[]): number | undefined {
  if (source === undefined) return undefined;
  if ('number' in source.column) return source.column.number - 1;
  const index = keys.indexOf(mappingHeaderKey(source.column.header));
  return index < 0 ? undefined : index;
}

/** The header row: the configured line, or the first row with the named columns and enough period (or measure) columns. */
function findHeader(rows: CsvRow[], mapping: FileMapping): number | undefined {
  if (mapping.headerRow !== undefined) {
    const index = rows.findIndex((row) => row.line === mapping.headerRow);
    return index < 0 ? undefined : index;
  }
  const configured = configuredHeaders(mapping).length;
  const needed = mapping.values.kind !== 'columns' && mapping.values.periods === 'auto' ? 2 : Math.min(2, configured);
  const named = [namedColumn(areaSource(mapping)), namedColumn(categorySource(mapping))].filter((name): name is string => name !== undefined).map(mappingHeaderKey);
  const index = rows.findIndex((row) => {
    const keys = row.cells.map(mappingHeaderKey);
    return named.every((name) => keys.includes(name)) && valueColumnsOf(keys, row.cells, mapping).length >= needed;
  });
  return index < 0 ? undefined : index;
}

function describeWhere(mapping: FileMapping, config: AssessConfig): string {
  const line = mapping.configLine === undefined ? '' : ` (line ${mapping.configLine})`;
  return `the mapping for "${mapping.file}" in ${path.basename(config.sourceFile)}${line}`;
}

/** "3, 5-7 and 12" */
export function lineList(lines: readonly number[]): string {
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(j > i ? `${sorted[i]}-${sorted[j]}` : String(sorted[i]));
    i = j;
  }
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

function shortList(labels: string[]): string {
  return labels.length > 10 ? `${labels.slice(0, 10).join(', ')} and ${labels.length - 10} more` : labels.join(', ');
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** Rows left out on purpose, grouped by why, for one warning per file. */
class Ignored {
  private readonly groups = new Map<string, number[]>();

  add(reason: string, line: number): void {
    const lines = this.groups.get(reason) ?? [];
    lines.push(line);
    this.groups.set(reason, lines);
  }

  warning(file: string): InputWarning | undefined {
    if (this.groups.size === 0) return undefined;
    const all = [...this.groups.values()].flat();
    const groups = [...this.groups].sort(([, a], [, b]) => Math.min(...a) - Math.min(...b));
    const parts = groups.map(([reason, lines]) => `${reason} (line${lines.length === 1 ? '' : 's'} ${lineList(lines)})`);
    return { message: `Ignored ${plural(all.length, 'row')} by rule: ${parts.join('; ')}`, file, line: Math.min(...all) };
  }
}

function isTotal(label: string): boolean {
  const key = mappingLabelKey(label);
  return /^(grand )?total\b/.test(key) || /^sub ?total\b/.test(key);
}

const codePattern = /^[EWSNK]\d{8}$/;

/** Reads one partner spreadsheet as its mapping describes it. */
export function readWideTable(text: string, file: string, mapping: FileMapping, context: FormatContext): FormatOutput {
  const log = new ProblemLog(file);
  const warnings: InputWarning[] = [];
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
  const keys = header.cells.map(mappingHeaderKey);
  const shownHeader = header.cells.map((cell) => cell.trim().replace(/\s+/g, ' '));
  const layout: Layout = {
    areaIndex: columnIndex(areaSource(mapping), keys),
    categoryIndex: columnIndex(categorySource(mapping), keys),
    values: valueColumnsOf(keys, header.cells, mapping),
  };

  // The header must hold what the mapping names.
  for (const [source, index, key] of [[areaSource(mapping), layout.areaIndex, 'area'], [categorySource(mapping), layout.categoryIndex, 'category']] as const) {
    if (source === undefined || index !== undefined) continue;
    log.add(`The header has no column "${namedColumn(source)}" for the ${key}`, header.line, undefined, {
      found: shownHeader.filter((cell) => cell !== '').join(','),
      expected: `a column "${namedColumn(source)}" (${where})`,
      fix: `Correct "${key}: { column: ... }" in the mapping, or give the column's number counting from 1.`,
    });
  }
  const seenPeriods = new Map<string, ValueColumn>();
  for (const column of layout.values) {
    const key = `${column.measure ?? ''}|${column.period}`;
    const earlier = seenPeriods.get(key);
    if (earlier !== undefined) {
      log.add(`Columns ${earlier.index + 1} ("${earlier.header}") and ${column.index + 1} ("${column.header}") are both read as ${column.measure ?? 'the figures'} for ${column.period}`, header.line, column.index + 1, {
        found: `${earlier.header}, ${column.header}`,
        expected: 'one column per period and measure',
        fix: `Rename or delete one of the two columns, or list the periods one by one under "periods:" (${where}).`,
      });
    }
    seenPeriods.set(key, column);
  }
  const configured = configuredHeaders(mapping);
  const missing = configured.filter((name) => !keys.includes(mappingHeaderKey(name)));
  if (layout.values.length === 0) {
    log.add('The header has none of the value columns the mapping names', header.line, undefined, {
      found: shownHeader.filter((cell) => cell !== '').join(','),
      expected: configured.length > 0 ? `one or more of ${configured.join(', ')} (${where})` : 'year columns such as 2010/11 or 2012',
      fix: 'Correct the header texts under "periods:" or "columns:" to match the file (case and spaces do not matter).',
    });
  } else if (missing.length > 0) {
    warnings.push({ message: `The header has no column ${missing.map((name) => `"${name}"`).join(', ')} named in ${where}; ${missing.length === 1 ? 'it is' : 'they are'} not read`, file, line: header.line });
  }
  if (mapping.values.kind !== 'columns' && mapping.values.periods === 'auto') {
    const spans = layout.values.filter((c) => autoPeriod(c.header)?.kind === 'span');
    const years = layout.values.filter((c) => autoPeriod(c.header)?.kind === 'year');
    const yearEnd = context.config.yearEndMonth;
    if (spans.length > 0 && yearEnd !== 3) {
      warnings.push({ message: `Columns ${spans.map((c) => c.header).join(', ')} were read as assessment years ${spans.map((c) => c.period).join(', ')}, which end in month ${yearEnd} (year_end_month); if they are financial years (April to March) they cover different months: map them explicitly under "periods:"`, file, line: header.line });
    }
    if (years.length > 0 && yearEnd !== 12) {
      warnings.push({ message: `Columns ${years.map((c) => c.header).join(', ')} were read as assessment years ending in month ${yearEnd} (year_end_month); if they are calendar years they cover different months: map them explicitly under "periods:"`, file, line: header.line });
    }
  }
  if (log.count > 0) return emptyOutput({ problems: log.list(), warnings });

  const output = readBody(rows.slice(headerIndex + 1), layout, mapping, context, file, log);
  return { ...output, warnings: [...warnings, ...output.warnings] };
}

function readBody(body: CsvRow[], layout: Layout, mapping: FileMapping, context: FormatContext, file: string, log: ProblemLog): FormatOutput {
  const ignored = new Ignored();
  const observations: Observation[] = [];
  const baseName = path.basename(file);
  const hasContent = (row: CsvRow): boolean => layout.values.some((column) => (row.cells[column.index] ?? '').trim() !== '');
  const endLine = (row: CsvRow): number => row.line + row.cells.reduce((sum, cell) => sum + (cell.match(/\n/g)?.length ?? 0), 0);

  const hasNumber = (row: CsvRow): boolean => layout.values.some((column) => {
    const value = parseValue(row.cells[column.index] ?? '');
    return value.ok && value.value !== null;
  });

  // Notes: everything from a blank line followed by a row without a number (text, or the header
  // of another table), and rows with no values at the end. A blank line inside the table is kept.
  let tableEnd = body.length;
  for (let i = 1; i < body.length; i++) {
    if (body[i]!.line > endLine(body[i - 1]!) + 1 && !hasNumber(body[i]!)) {
      tableEnd = i;
      break;
    }
  }
  while (tableEnd > 0 && !hasContent(body[tableEnd - 1]!)) tableEnd--;
  for (const row of body.slice(tableEnd)) ignored.add('notes below the table', row.line);

  const areaNames = new Map(mapping.areaNames.map(({ name, code }) => [mappingLabelKey(name), code]));
  const skipRows = new Set(mapping.skipRows.map(mappingLabelKey));
  const categories = mapping.values.kind === 'categories' ? new Map(mapping.values.measures.map(({ label, measure }) => [mappingLabelKey(label), measure])) : undefined;
  const area = 'code' in mapping.area ? undefined : mapping.area;
  const category = mapping.values.kind === 'categories' ? mapping.values.category : undefined;
  const unknownAreas = new Map<string, number[]>();
  const outside = new Map<string, number[]>();
  let lastArea = '';
  let lastCategory = '';
  let rowsRead = 0;
  const cell = (row: CsvRow, index: number | undefined): string => (index === undefined ? '' : (row.cells[index] ?? '').trim().replace(/\s+/g, ' '));

  for (const row of body.slice(0, tableEnd)) {
    let areaLabel = cell(row, layout.areaIndex);
    if (areaLabel === '' && area?.fillDown) areaLabel = lastArea;
    else if (areaLabel !== '') lastArea = areaLabel;
    let categoryLabel = cell(row, layout.categoryIndex);
    if (categoryLabel === '' && category?.fillDown) categoryLabel = lastCategory;
    else if (categoryLabel !== '') lastCategory = categoryLabel;
    // A row with no values is a heading when it names nothing we read (its label may still be
    // filled down); when it names an area (and category) it gives that area "no value".
    const empty = !hasContent(row);
    const leaveOut = (reason: string): void => {
      if (!empty) ignored.add(reason, row.line);
    };

    const areaKey = mappingLabelKey(areaLabel);
    const categoryKey = mappingLabelKey(categoryLabel);
    const namedArea = areaNames.get(areaKey);
    const measureOfCategory = categories?.get(categoryKey);
    const skipped = [areaLabel, categoryLabel].find((label) => label !== '' && skipRows.has(mappingLabelKey(label)));
    if (skipped !== undefined) {
      leaveOut(`skip_rows "${skipped}"`);
      continue;
    }
    if ((area !== undefined && namedArea === undefined && isTotal(areaLabel)) || (categories !== undefined && measureOfCategory === undefined && isTotal(categoryLabel))) {
      leaveOut('total rows');
      continue;
    }
    if (namedArea === 'county' || namedArea === 'skip') {
      leaveOut(`${namedArea === 'county' ? 'county total' : 'left out by area_names'} "${areaLabel}"`);
      continue;
    }
    if (categories !== undefined && measureOfCategory === undefined) {
      leaveOut(`category "${categoryLabel === '' ? '(blank)' : categoryLabel}" not under "measures"`);
      continue;
    }

    let areaCode: string | undefined;
    if ('code' in mapping.area) areaCode = mapping.area.code;
    else if (areaLabel === '') {
      // Usually an unlabelled total under the table.
      leaveOut(`no area in column ${layout.areaIndex! + 1}`);
      continue;
    } else areaCode = namedArea ?? (codePattern.test(areaLabel) || context.knownAreas.has(areaLabel) ? areaLabel : context.lookups.csp.get(cspKey(areaLabel)));
    if (areaCode === undefined) {
      if (empty) continue;
      unknownAreas.set(areaLabel, [...(unknownAreas.get(areaLabel) ?? []), row.line]);
      continue;
    }
    if (!context.knownAreas.has(areaCode)) {
      if (empty) continue;
      const label = areaLabel === '' || areaLabel === areaCode ? areaCode : `${areaLabel} (${areaCode})`;
      outside.set(label, [...(outside.get(label) ?? []), row.line]);
      continue;
    }

    let read = false;
    for (const column of layout.values) {
      const measure = column.measure ?? measureOfCategory ?? (mapping.values.kind === 'measure' ? mapping.values.measure : undefined);
      if (measure === undefined) continue;
      const raw = row.cells[column.index] ?? '';
      const value = parseValue(raw);
      const at = `column ${column.index + 1} ("${column.header}")`;
      if (!value.ok) {
        log.add(`Value "${raw.trim()}" in ${at} is not a number`, row.line, column.index + 1, {
          found: `"${raw}"`,
          expected: value.expected,
          fix: 'Correct the value in the spreadsheet; leave it blank or write N/A if it is not known.',
        });
        continue;
      }
      if (value.value !== null && value.value < 0) {
        log.add(`Value ${raw.trim()} in ${at} is negative`, row.line, column.index + 1, {
          found: `"${raw.trim()}"`,
          expected: 'a count or rate of zero or more',
          fix: 'Check that the mapping does not read a "difference" column; otherwise correct the value.',
        });
        continue;
      }
      read = true;
      observations.push({ measure, areaCode, ...(areaLabel === '' || areaLabel === areaCode ? {} : { areaName: areaLabel }), period: column.period, value: value.value, file: baseName, line: row.line });
    }
    if (read) rowsRead++;
  }

  const warnings: InputWarning[] = [];
  const ignoredWarning = ignored.warning(file);
  if (ignoredWarning !== undefined) warnings.push(ignoredWarning);
  if (unknownAreas.size > 0) {
    const lines = [...unknownAreas.values()].flat();
    const names = [...unknownAreas].map(([name, at]) => `"${name}" (line${at.length === 1 ? '' : 's'} ${lineList(at)})`);
    if (names.length > 10) names.splice(10, names.length - 10, `${names.length - 10} more`);
    warnings.push({
      message: `Skipped ${plural(lines.length, 'row')} for ${plural(unknownAreas.size, 'area name')} that ${describeWhere(mapping, context.config)} does not know: ${names.join(', ')}. Add them under "area_names" (name: area code, or county / skip)`,
      file,
      line: Math.min(...lines),
    });
  }
  if (outside.size > 0) {
    const lines = [...outside.values()].flat();
    warnings.push({
      message: `Skipped ${plural(lines.length, 'row')} for ${plural(outside.size, 'area')} that are not districts of the county, comparators or wards: ${shortList([...outside.keys()])}`,
      file,
      line: Math.min(...lines),
    });
  }
  return emptyOutput({ observations, problems: log.list(), warnings, rows: rowsRead });
}

/** One reader per mapping; it reads the files whose name matches the mapping's glob, whatever their header. */
export function wideTableReader(mapping: FileMapping): FormatReader {
  const values = mapping.values;
  const what = values.kind === 'columns' ? values.columns.map((c) => c.header) : values.periods === 'auto' ? ['year columns such as 2011/12'] : values.periods.map((p) => p.header);
  const named = [namedColumn('code' in mapping.area ? undefined : mapping.area), namedColumn(values.kind === 'categories' ? values.category : undefined)].filter((name) => name !== undefined);
  return {
    id: `mapping-${mapping.index}`,
    title: `partner spreadsheet${mapping.agency === undefined ? '' : ` (${mapping.agency})`} read by the mapping for "${mapping.file}"`,
    role: 'data',
    expectedHeader: [...named, ...what].join(','),
    matches: (_keys, fileName) => globMatches(mapping.file, fileName),
    read: (text, file, context) => readWideTable(text, file, mapping, context),
  };
}

/**
 * The readers for the configuration's `mappings:`, in configuration order. They must be tried
 * before every header-based format: a mapped file is read as mapped.
 */
export function mappedFormats(config: AssessConfig): FormatReader[] {
  return (config.mappings ?? []).map(wideTableReader);
}
