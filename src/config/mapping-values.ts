import { isScalar, type Node } from 'yaml';
import { columnSource, measureId, pairsOf, periodValue, type MappingContext } from './mapping-readers.js';
import type { MappingValues, PeriodColumns } from './mapping-types.js';
import type { Fields } from './yaml-reader.js';

/**
 * What a mapping's value cells are: `measure` + `periods`, `category` + `measures` + `periods`,
 * or `columns` + `period`. Exactly one of the three, with only the settings that go with it.
 */

function readPeriods(ctx: MappingContext, fields: Fields): PeriodColumns | undefined {
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

/** A percentage cannot be summed over months, so it may only be mapped to whole years. */
function checkRatioMonths(ctx: MappingContext, node: Node | undefined, measure: string, periods: PeriodColumns | string): void {
  const definition = ctx.measures.get(measure);
  if (definition?.ratioOf === undefined) return;
  const months = (typeof periods === 'string' ? [periods] : periods.map((p) => p.period)).filter((p) => p.includes('-'));
  if (months.length === 0) return;
  ctx.reader.problem(node, `"${measure}" is a percentage, so ${ctx.what} cannot give it by month`, {
    found: months.join(', '),
    expected: `YYYY assessment-year periods for ${measure}, or monthly counts of ${definition.ratioOf.join(' and ')}`,
  });
}

/** The value settings of one entry; reports a missing, doubled or misplaced one. */
export function readValues(ctx: MappingContext, fields: Fields): MappingValues | undefined {
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
