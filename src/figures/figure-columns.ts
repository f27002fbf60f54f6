import type { FigureRow, WardFigure } from '../model.js';

type Cell = string | number | null;

export interface Column<T, C = Cell> {
  name: string;
  get(row: T): C;
}

/**
 * The published columns of a figure row, shared by figures.csv and figures.json so the two
 * files can never disagree. The first eleven are the stable core that users' spreadsheets read;
 * later additions go on the end.
 */
export const figureColumns: readonly Column<FigureRow>[] = [
  { name: 'measure', get: (r) => r.measure },
  { name: 'area_code', get: (r) => r.areaCode },
  { name: 'period', get: (r) => r.period },
  { name: 'value', get: (r) => r.value },
  { name: 'previous_value', get: (r) => r.previousValue },
  { name: 'change', get: (r) => r.change },
  { name: 'pct_change', get: (r) => r.pctChange },
  { name: 'per_1000', get: (r) => r.per1000 },
  { name: 'county_per_1000', get: (r) => r.countyPer1000 },
  { name: 'county_rank', get: (r) => r.countyRank },
  { name: 'county_rank_of', get: (r) => r.countyRankOf },
  { name: 'msg_rank', get: (r) => r.comparatorRank },
  { name: 'msg_rank_of', get: (r) => r.comparatorRankOf },
  { name: 'area_name', get: (r) => r.areaName },
  { name: 'kind', get: (r) => r.kind },
  { name: 'value_two_years_ago', get: (r) => r.values[0] },
  { name: 'denominator', get: (r) => r.denominator },
  { name: 'previous_county_rank', get: (r) => r.previousCountyRank },
  { name: 'lower_95', get: (r) => r.lower95 },
  { name: 'upper_95', get: (r) => r.upper95 },
  { name: 'county_comparison', get: (r) => r.countyComparison },
  { name: 'change_z', get: (r) => r.changeZ },
  { name: 'change_notable', get: (r) => (r.changeNotable === null ? null : String(r.changeNotable)) },
  { name: 'suppressed', get: suppressedYears },
  { name: 'msg_comparison', get: (r) => r.msgComparison ?? null },
  { name: 'lower_998', get: (r) => r.lower998 ?? null },
  { name: 'upper_998', get: (r) => r.upper998 ?? null },
];

/**
 * The assessment years whose value was withheld by small-number suppression, e.g. "2023;2024";
 * empty when none was. The value cells of those years are empty, so a reader can tell a withheld
 * figure from one that does not exist.
 */
function suppressedYears(row: FigureRow): string {
  return row.suppressed.flatMap((withheld, i) => (withheld ? [String(row.period - 2 + i)] : [])).join(';');
}

/** Ward totals appear only in figures.json, so a flag can be a JSON boolean. */
export const wardColumns: readonly Column<WardFigure, Cell | boolean>[] = [
  { name: 'measure', get: (w) => w.measure },
  { name: 'ward_code', get: (w) => w.wardCode },
  { name: 'ward_name', get: (w) => w.wardName },
  { name: 'value', get: (w) => w.value },
  { name: 'per_1000', get: (w) => w.per1000 },
  { name: 'suppressed', get: (w) => w.suppressed },
];

/** A plain object in column order (JSON keeps insertion order, so the output is stable). */
export function toRecord<T, C>(columns: readonly Column<T, C>[], row: T): Record<string, C> {
  const record: Record<string, C> = {};
  for (const column of columns) record[column.name] = column.get(row);
  return record;
}
