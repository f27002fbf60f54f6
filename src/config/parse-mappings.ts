import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { MeasureDefinition } from '../model.js';
import { columnSource, pairsOf, scalarText, type MappingContext } from './mapping-readers.js';
import { areaNameSkips, mappingKeys, type FileMapping } from './mapping-types.js';
import { readValues } from './mapping-values.js';
import { listWords } from './suggest.js';
import { describeNode, type Fields, type YamlReader } from './yaml-reader.js';

/**
 * `mappings:` in the configuration: how a partner spreadsheet saved as CSV (a wide table, one
 * column per period or per measure, one row per area or category) turns into observations.
 * This module reads the entries; their types live in mapping-types.ts and are re-exported here
 * so existing imports keep working. See docs/partner-spreadsheets.md.
 */

export * from './mapping-types.js';

function readArea(ctx: MappingContext, fields: Fields): FileMapping['area'] | undefined {
  const node = ctx.reader.valueOf(fields, 'area', ctx.what, true);
  if (node === undefined) return undefined;
  // An area merged over its categories comes out of Excel as one filled cell and blanks below
  // it. With a row per area, a blank area is more likely an unlabelled total: not filled down.
  if (isMap(node)) return columnSource(ctx, node, 'area', fields.byKey.has('category'));
  const code = ctx.reader.code(node, `"area" of ${ctx.what}`);
  return code === undefined ? undefined : { code };
}

function readAreaNames(ctx: MappingContext, fields: Fields): { name: string; code: string }[] {
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

function readSkipRows(ctx: MappingContext, fields: Fields): string[] {
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

function readFileGlob(ctx: MappingContext, fields: Fields): string | undefined {
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

function readHeaderRow(ctx: MappingContext, fields: Fields): number | undefined {
  const node = ctx.reader.valueOf(fields, 'header_row', ctx.what, false);
  if (node === undefined) return undefined;
  if (isScalar(node) && typeof node.value === 'number' && Number.isInteger(node.value) && node.value >= 1) return node.value;
  ctx.reader.problem(node, `"header_row" in ${ctx.what} is not a line number`, { found: describeNode(node), expected: 'the line of the file that holds the column headers, counting from 1' });
  return undefined;
}

function readMapping(reader: YamlReader, item: Node, index: number, measures: MeasureDefinition[]): FileMapping | undefined {
  const ctx: MappingContext = { reader, measureIds: measures.map((m) => m.id), measures: new Map(measures.map((m) => [m.id, m])), what: `mappings entry ${index + 1}` };
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
