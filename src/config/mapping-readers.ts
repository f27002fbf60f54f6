import { isMap, isScalar, type Node, type Pair, type Scalar } from 'yaml';
import type { MeasureDefinition } from '../model.js';
import { parsePeriod } from '../ingest/periods.js';
import { didYouMean } from './suggest.js';
import type { ColumnRef, ColumnSource } from './mapping-types.js';
import { describeNode, type YamlReader } from './yaml-reader.js';

/**
 * The small readers every part of a `mappings:` entry is built from: text as written, free-form
 * "text: value" groups, measure ids, periods and columns. Each records its problem and returns
 * undefined, so one entry can report all its mistakes at once.
 */

const columnKeys = ['column', 'fill_down'] as const;

/** What the readers of one entry share: where problems go, the catalogue, and the entry's name in messages. */
export interface MappingContext {
  reader: YamlReader;
  measureIds: string[];
  measures: Map<string, MeasureDefinition>;
  what: string;
}

/** A scalar's text as the user wrote it: `2012:` is a number to YAML but a header or period to us. */
export function scalarText(node: Node | null | undefined): string | undefined {
  if (!isScalar(node)) return undefined;
  const scalar = node as Scalar;
  if (typeof scalar.value === 'string') return scalar.value.trim();
  if ((typeof scalar.value === 'number' || typeof scalar.value === 'bigint') && scalar.source !== undefined) return String(scalar.source).trim();
  return undefined;
}

/** The `key: value` pairs of a free-form map (header text, names, labels as keys). */
export function pairsOf(ctx: MappingContext, node: Node, key: string, expected: string): { key: string; keyNode: Node; value: Node | null }[] | undefined {
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

/** A measure id of the merged catalogue; an unknown id is reported with the likely one. */
export function measureId(ctx: MappingContext, node: Node | null, where: string, keyNode?: Node): string | undefined {
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

/** A period as written (YYYY or YYYY-MM), kept as text. */
export function periodValue(ctx: MappingContext, node: Node | null, where: string, keyNode?: Node): string | undefined {
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

/** A column by header text or 1-based number. */
function columnRef(ctx: MappingContext, node: Node, where: string): ColumnRef | undefined {
  if (isScalar(node) && typeof node.value === 'number' && Number.isInteger(node.value) && node.value >= 1) return { number: node.value };
  if (isScalar(node) && typeof node.value === 'string' && node.value.trim() !== '') return { header: node.value.trim() };
  ctx.reader.problem(node, `${where} should name a column`, {
    found: describeNode(node),
    expected: 'the column\'s header text (e.g. "Area") or its number counting from 1 (e.g. 1)',
  });
  return undefined;
}

/** `{ column: ..., fill_down: ... }` for the area or the category. */
export function columnSource(ctx: MappingContext, node: Node, key: 'area' | 'category', fillDownByDefault: boolean): ColumnSource | undefined {
  const where = `"${key}" of ${ctx.what}`;
  const fields = ctx.reader.fields(node, where, columnKeys);
  if (fields === undefined) return undefined;
  const columnNode = ctx.reader.valueOf(fields, 'column', where, true);
  const column = columnNode === undefined ? undefined : columnRef(ctx, columnNode, `"column" of ${where}`);
  const fillDown = ctx.reader.boolean(fields, 'fill_down', where) ?? fillDownByDefault;
  return column === undefined ? undefined : { column, fillDown };
}

