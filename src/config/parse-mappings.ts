import { isMap, isScalar, isSeq, type Node, type Pair, type Scalar } from 'yaml';
import type { MeasureDefinition } from '../model.js';
import { parsePeriod } from '../ingest/periods.js';
import { didYouMean, listWords } from './suggest.js';
import { describeNode, type Fields, type YamlReader } from './yaml-reader.js';

/**
 * `mappings:` in the configuration: how a partner spreadsheet saved as CSV (a wide table, one
 * column per period or per measure, one row per area or category) turns into observations.
 * See docs/partner-spreadsheets.md.
 */

/** A column named by its header text (matched ignoring case and spaces) or by its 1-based number. */
export type ColumnRef = { header: string } | { number: number };

export interface ColumnSource {
  column: ColumnRef;
  /** A blank cell takes the value of the cell above (merged cells saved as CSV). */
  fillDown: boolean;
}

/** Header text -> period ('YYYY' assessment year or 'YYYY-MM'), or 'auto' for headers such as 2011/12. */
export type PeriodColumns = { header: string; period: string }[] | 'auto';

/** What the table's value cells are. */
export type MappingValues =
  /** `measure:` one measure; a column per period, a row per area. */
  | { kind: 'measure'; measure: string; periods: PeriodColumns }
  /** `category:` + `measures:` a row per area and category, the category naming the measure. */
  | { kind: 'categories'; category: ColumnSource; measures: { label: string; measure: string }[]; periods: PeriodColumns }
  /** `columns:` + `period:` a column per measure, all for one period (e.g. a caseload snapshot). */
  | { kind: 'columns'; columns: { header: string; measure: string }[]; period: string };

/** One entry of `mappings:`. */
export interface FileMapping {
  /** 1-based position in `mappings:`, for messages and the reader's id. */
  index: number;
  /** Line of the entry in the configuration file. */
  configLine?: number;
  /** Glob (`*` and `?`) on the file's name, or on its path in the data folder when it contains `/`. */
  file: string;
  agency?: string;
  /** 1-based line of the header in the file; undefined = found automatically. */
  headerRow?: number;
  /** The one area the whole file is about (a code), or the column that holds the area. */
  area: { code: string } | ColumnSource;
  /** Names as written in the file -> area code, or 'county' / 'skip' for rows to leave out. */
  areaNames: { name: string; code: string }[];
  values: MappingValues;
  /** Row labels (area or category) left out on purpose, besides total rows. */
  skipRows: string[];
}

export const mappingKeys = ['file', 'agency', 'header_row', 'area', 'area_names', 'category', 'measures', 'measure', 'columns', 'period', 'periods', 'skip_rows'] as const;
const columnKeys = ['column', 'fill_down'] as const;
/** Targets of `area_names` that leave the rows out instead of naming an area. */
export const areaNameSkips = ['county', 'skip'] as const;

/** How header cells are compared: case, spaces and line breaks do not count, nor a trailing footnote mark. */
export function mappingHeaderKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, '').replace(/[*†‡]+$/, '');
}

/** How row labels (areas, categories, skip_rows) are compared: case, punctuation, "&"/"and" and footnote marks do not count. */
export function mappingLabelKey(text: string): string {
  return text.toLowerCase().replace(/&/g, ' and ').replace(/[^a-z0-9]+/g, ' ').trim();
}

/** A scalar's text as the user wrote it: `2012:` is a number to YAML but a header or period to us. */
function scalarText(node: Node | null | undefined): string | undefined {
  if (!isScalar(node)) return undefined;
  const scalar = node as Scalar;
  if (typeof scalar.value === 'string') return scalar.value.trim();
  if ((typeof scalar.value === 'number' || typeof scalar.value === 'bigint') && scalar.source !== undefined) return String(scalar.source).trim();
  return undefined;
}

interface Context {
  reader: YamlReader;
  measureIds: string[];
  measures: Map<string, MeasureDefinition>;
  what: string;
}

/** The `key: value` pairs of a free-form map (header text, names, labels as keys). */
function pairsOf(ctx: Context, node: Node, key: string, expected: string): { key: string; keyNode: Node; value: Node | null }[] | undefined {
  if (!isMap(node) || node.items.length === 0) {
    ctx.reader.problem(node, `"${key}" in ${ctx.what} should be a group of "text: value" lines`, { found: describeNode(node), expected });
    return undefined;
  }
  const pairs: { key: string; keyNode: Node; value: Node | null }[] = [];
  const seen = new Set<string>();
  for (const pair of node.items as Pair<Node, Node | null>[]) {
    const text = scalarText(pair.key);
    if (text === undefined || text === '') {
      ctx.reader.problem(pair.key, `A key of "${key}" in ${ctx.what} should be text`, { found: describeNode(pair.key), expected });
      continue;
    }
    if (seen.has(text)) {
      ctx.reader.problem(pair.key, `"${text}" is listed twice in "${key}" of ${ctx.what}`, { found: text, expected: 'each entry once', fix: 'Remove one of the two lines.' });
      continue;
    }
    seen.add(text);
    // `Maidstone:` with nothing after it is a null scalar: treat it as no value.
    const value = pair.value === null || pair.value === undefined || (isScalar(pair.value) && pair.value.value === null) ? null : pair.value;
    pairs.push({ key: text, keyNode: pair.key, value });
  }
  return pairs;
}

function measureId(ctx: Context, node: Node | null, where: string, keyNode?: Node): string | undefined {
  const id = scalarText(node);
  if (id === undefined || id === '' || /\s/.test(id)) {
    ctx.reader.problem(node ?? keyNode, `${where} should be a measure id`, { found: describeNode(node), expected: 'a measure id such as fires_accidental' });
    return undefined;
  }
  if (!ctx.measures.has(id)) {
    ctx.reader.problem(node ?? undefined, `Unknown measure "${id}" in ${where}.${didYouMean(id, ctx.measureIds)}`, {
      found: id,
      expected: 'a measure id of the bundled catalogue or of "measures:" in this configuration',
      fix: `Correct the id, or declare "${id}" under "measures:" with its label, agency, theme and polarity.`,
    });
    return undefined;
  }
  return id;
}

function periodValue(ctx: Context, node: Node | null, where: string, keyNode?: Node): string | undefined {
  const text = scalarText(node);
  const period = text === undefined ? null : parsePeriod(text);
  if (text !== undefined && period !== null) return text;
  ctx.reader.problem(node ?? keyNode, `${where} is not a period`, {
    found: describeNode(node),
    expected: 'YYYY for an assessment year (e.g. 2012) or YYYY-MM for a month (e.g. "2012-09")',
    fix: 'Write the assessment year the column belongs to, e.g. "2011/ 12": 2012 for April 2011 to March 2012 when year_end_month is 3.',
  });
  return undefined;
}

function columnRef(ctx: Context, node: Node, where: string): ColumnRef | undefined {
  if (isScalar(node) && typeof node.value === 'number' && Number.isInteger(node.value) && node.value >= 1) return { number: node.value };
  if (isScalar(node) && typeof node.value === 'string' && node.value.trim() !== '') return { header: node.value.trim() };
  ctx.reader.problem(node, `${where} should name a column`, {
    found: describeNode(node),
    expected: 'the column\'s header text (e.g. "Area") or its number counting from 1 (e.g. 1)',
  });
  return undefined;
}

function columnSource(ctx: Context, node: Node, key: 'area' | 'category', fillDownByDefault: boolean): ColumnSource | undefined {
  const where = `"${key}" of ${ctx.what}`;
  const fields = ctx.reader.fields(node, where, columnKeys);
  if (fields === undefined) return undefined;
  const columnNode = ctx.reader.valueOf(fields, 'column', where, true);
  const column = columnNode === undefined ? undefined : columnRef(ctx, columnNode, `"column" of ${where}`);
  const fillDown = ctx.reader.boolean(fields, 'fill_down', where) ?? fillDownByDefault;
  return column === undefined ? undefined : { column, fillDown };
}

function readArea(ctx: Context, fields: Fields): FileMapping['area'] | undefined {
  const node = ctx.reader.valueOf(fields, 'area', ctx.what, true);
  if (node === undefined) return undefined;
  // An area merged over its categories comes out of Excel as one filled cell and blanks below
  // it. With a row per area, a blank area is more likely an unlabelled total: not filled down.
  if (isMap(node)) return columnSource(ctx, node, 'area', fields.byKey.has('category'));
  const code = ctx.reader.code(node, `"area" of ${ctx.what}`);
  return code === undefined ? undefined : { code };
}

function readAreaNames(ctx: Context, fields: Fields): { name: string; code: string }[] {
  const node = ctx.reader.valueOf(fields, 'area_names', ctx.what, false);
  if (node === undefined) return [];
  const pairs = pairsOf(ctx, node, 'area_names', 'lines of "Name as in the file: area code", e.g. Maidstone: E07000110 (or county / skip to leave the rows out)');
  const names: { name: string; code: string }[] = [];
  for (const pair of pairs ?? []) {
    const code = pair.value === null ? undefined : ctx.reader.code(pair.value, `The code for "${pair.key}" in "area_names" of ${ctx.what}`);
    if (pair.value === null) ctx.reader.problem(pair.keyNode, `"${pair.key}" in "area_names" of ${ctx.what} has no code`, { found: `${pair.key}: (nothing)`, expected: `an area code, or ${listWords(areaNameSkips)} to leave the rows out` });
    if (code !== undefined) names.push({ name: pair.key, code });
  }
  return names;
}

function readPeriods(ctx: Context, fields: Fields): PeriodColumns | undefined {
  const node = ctx.reader.valueOf(fields, 'periods', ctx.what, false);
  if (node === undefined) return undefined;
  if (isScalar(node) && node.value === 'auto') return 'auto';
  const pairs = pairsOf(ctx, node, 'periods', 'lines of "header text: period", e.g. "2011/ 12": 2012, or periods: auto');
  if (pairs === undefined) return undefined;
  const periods: { header: string; period: string }[] = [];
  for (const pair of pairs) {
    const period = periodValue(ctx, pair.value, `The period of column "${pair.key}" in ${ctx.what}`, pair.keyNode);
    if (period !== undefined) periods.push({ header: pair.key, period });
  }
  return periods;
}

function readSkipRows(ctx: Context, fields: Fields): string[] {
  const node = ctx.reader.valueOf(fields, 'skip_rows', ctx.what, false);
  if (node === undefined) return [];
  if (!isSeq(node)) {
    ctx.reader.problem(node, `"skip_rows" in ${ctx.what} should be a list`, { found: describeNode(node), expected: 'a list of row labels, e.g. ["NFA", "Missing/ Unknown"]' });
    return [];
  }
  const labels: string[] = [];
  for (const item of node.items as Node[]) {
    const text = scalarText(item);
    if (text === undefined || text === '') ctx.reader.problem(item, `An entry of "skip_rows" in ${ctx.what} should be text`, { found: describeNode(item), expected: 'a row label as written in the file' });
    else labels.push(text);
  }
  return labels;
}

/** A percentage cannot be summed over months, so it may only be mapped to whole years. */
function checkRatioMonths(ctx: Context, node: Node | undefined, measure: string, periods: PeriodColumns | string): void {
  const definition = ctx.measures.get(measure);
  if (definition?.ratioOf === undefined) return;
  const months = (typeof periods === 'string' ? [periods] : periods.map((p) => p.period)).filter((p) => p.includes('-'));
  if (months.length === 0) return;
  ctx.reader.problem(node, `"${measure}" is a percentage, so ${ctx.what} cannot give it by month`, {
    found: months.join(', '),
    expected: `YYYY assessment-year periods for ${measure}, or monthly counts of ${definition.ratioOf.join(' and ')}`,
  });
}

function readValues(ctx: Context, fields: Fields): MappingValues | undefined {
  const given = (['measure', 'measures', 'columns'] as const).filter((key) => fields.byKey.has(key));
  if (given.length === 0) {
    // A misspelt "measure:" has been reported already as an unknown setting.
    if (['measure', 'measures', 'columns'].some((key) => fields.suggested.has(key))) return undefined;
    ctx.reader.problem(fields.node, `${ctx.what} does not say which measure its figures are`, {
      found: 'no "measure", "measures" or "columns"',
      expected: '"measure: id" (one measure, a column per period), "category" + "measures" (a row per category) or "columns" + "period" (a column per measure)',
      fix: 'Add one of the three; see docs/partner-spreadsheets.md.',
    });
    return undefined;
  }
  if (given.length > 1) {
    ctx.reader.problem(fields.byKey.get(given[1]!)!.key, `${ctx.what} gives both "${given[0]}" and "${given[1]}"`, {
      found: given.join(', '),
      expected: 'one of "measure", "measures" (with "category") or "columns" (with "period")',
      fix: 'Keep the one that describes the table; write a second mapping if the file holds two tables.',
    });
    return undefined;
  }
  const kind = given[0]!;
  const misplaced = (key: string, reason: string): void => {
    const field = fields.byKey.get(key);
    if (field !== undefined) ctx.reader.problem(field.key, `"${key}" does not go with "${kind}" in ${ctx.what}`, { found: key, expected: reason });
  };

  if (kind === 'columns') {
    misplaced('periods', '"period: YYYY" with "columns" (every column is for the same period)');
    misplaced('category', '"measures" with "category"');
    const columnsNode = ctx.reader.valueOf(fields, 'columns', ctx.what, true);
    const periodNode = ctx.reader.valueOf(fields, 'period', ctx.what, true);
    const period = periodNode === undefined ? undefined : periodValue(ctx, periodNode, `"period" of ${ctx.what}`);
    const pairs = columnsNode === undefined ? undefined : pairsOf(ctx, columnsNode, 'columns', 'lines of "header text: measure id", e.g. "Community Order": caseload_community_order');
    if (pairs === undefined || period === undefined) return undefined;
    const columns: { header: string; measure: string }[] = [];
    for (const pair of pairs) {
      const measure = measureId(ctx, pair.value, `column "${pair.key}" of ${ctx.what}`, pair.keyNode);
      if (measure === undefined) continue;
      checkRatioMonths(ctx, periodNode, measure, period);
      columns.push({ header: pair.key, measure });
    }
    return columns.length === pairs.length ? { kind: 'columns', columns, period } : undefined;
  }

  misplaced('period', '"periods" (header text: period) with a column per period; "period" goes with "columns"');
  const periodsNode = ctx.reader.valueOf(fields, 'periods', ctx.what, false);
  if (periodsNode === undefined && !fields.suggested.has('periods')) {
    ctx.reader.problem(fields.byKey.get('periods')?.key ?? fields.node, `${ctx.what} does not say which columns are periods`, {
      found: '(no "periods" line)',
      expected: 'periods: { "2010/ 11": 2011, "2011/ 12": 2012 } (header text: assessment year), or periods: auto',
      fix: 'Add "periods:" naming the columns to read; other columns (% change, part years) are then ignored.',
    });
  }
  const periods = readPeriods(ctx, fields);
  if (kind === 'measure') {
    misplaced('category', '"measures" (category: measure id) with "category"');
    const node = ctx.reader.valueOf(fields, 'measure', ctx.what, true);
    const measure = node === undefined ? undefined : measureId(ctx, node, `"measure" of ${ctx.what}`);
    if (measure === undefined || periods === undefined) return undefined;
    checkRatioMonths(ctx, periodsNode, measure, periods);
    return { kind: 'measure', measure, periods };
  }

  const categoryNode = ctx.reader.valueOf(fields, 'category', ctx.what, false);
  if (categoryNode === undefined) {
    ctx.reader.problem(fields.byKey.get('measures')!.key, `"measures" in ${ctx.what} needs "category", the column holding the category names`, {
      found: '(no "category" line)',
      expected: 'category: { column: "Fires" }',
      fix: 'Add "category:", or use "measure: id" if the whole table is one measure.',
    });
  }
  const category = categoryNode === undefined ? undefined : columnSource(ctx, categoryNode, 'category', false);
  const measuresNode = ctx.reader.valueOf(fields, 'measures', ctx.what, true);
  const pairs = measuresNode === undefined ? undefined : pairsOf(ctx, measuresNode, 'measures', 'lines of "category as in the file: measure id", e.g. Accidental: fires_accidental');
  const measures: { label: string; measure: string }[] = [];
  for (const pair of pairs ?? []) {
    const measure = measureId(ctx, pair.value, `category "${pair.key}" of ${ctx.what}`, pair.keyNode);
    if (measure === undefined) continue;
    if (periods !== undefined) checkRatioMonths(ctx, periodsNode, measure, periods);
    measures.push({ label: pair.key, measure });
  }
  if (category === undefined || periods === undefined || pairs === undefined || measures.length !== pairs.length) return undefined;
  return { kind: 'categories', category, measures, periods };
}

function readFileGlob(ctx: Context, fields: Fields): string | undefined {
  const glob = ctx.reader.string(fields, 'file', ctx.what, true);
  if (glob === undefined) return undefined;
  const extension = /\.([A-Za-z0-9]+)$/.exec(glob)?.[1];
  if (extension !== undefined && extension.toLowerCase() !== 'csv') {
    ctx.reader.problem(fields.byKey.get('file')!.value, `"file" of ${ctx.what} names .${extension} files, but only .csv files are read`, {
      found: glob,
      expected: 'a CSV file name or pattern, e.g. fire-*.csv',
      fix: 'Save the spreadsheet as CSV (File > Save As > CSV) and name the .csv file here.',
    });
    return undefined;
  }
  return glob;
}

function readHeaderRow(ctx: Context, fields: Fields): number | undefined {
  const node = ctx.reader.valueOf(fields, 'header_row', ctx.what, false);
  if (node === undefined) return undefined;
  if (isScalar(node) && typeof node.value === 'number' && Number.isInteger(node.value) && node.value >= 1) return node.value;
  ctx.reader.problem(node, `"header_row" in ${ctx.what} is not a line number`, { found: describeNode(node), expected: 'the line of the file that holds the column headers, counting from 1' });
  return undefined;
}

function readMapping(reader: YamlReader, item: Node, index: number, measures: MeasureDefinition[]): FileMapping | undefined {
  const ctx: Context = { reader, measureIds: measures.map((m) => m.id), measures: new Map(measures.map((m) => [m.id, m])), what: `mappings entry ${index + 1}` };
  const fields = reader.fields(item, ctx.what, mappingKeys);
  if (fields === undefined) return undefined;
  const file = readFileGlob(ctx, fields);
  if (file !== undefined) ctx.what = `the mapping for "${file}"`;
  const agency = reader.string(fields, 'agency', ctx.what);
  const headerRow = readHeaderRow(ctx, fields);
  const area = readArea(ctx, fields);
  const areaNames = readAreaNames(ctx, fields);
  const values = readValues(ctx, fields);
  const skipRows = readSkipRows(ctx, fields);
  if (file === undefined || area === undefined || values === undefined) return undefined;
  return {
    index: index + 1,
    ...(reader.location(item).line === undefined ? {} : { configLine: reader.location(item).line }),
    file,
    ...(agency === undefined ? {} : { agency }),
    ...(headerRow === undefined ? {} : { headerRow }),
    area,
    areaNames,
    values,
    skipRows,
  };
}

/** Reads `mappings:`; measure ids are checked against the merged catalogue, so call it after parseMeasures. */
export function parseMappings(reader: YamlReader, node: Node | undefined, measures: MeasureDefinition[]): FileMapping[] {
  if (node === undefined) return [];
  if (!isSeq(node)) {
    reader.problem(node, '"mappings" should be a list', { found: describeNode(node), expected: 'one "- file: ..." entry per partner spreadsheet' });
    return [];
  }
  const mappings: FileMapping[] = [];
  (node.items as Node[]).forEach((item, index) => {
    const mapping = readMapping(reader, item, index, measures);
    if (mapping !== undefined) mappings.push(mapping);
  });
  return mappings;
}
