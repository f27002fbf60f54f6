import type { FigureRow, WardFigure } from '../model.js';

type Cell = string | number | null;

export interface Column<T> {
  name: string;
  get(row: T): Cell;
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
];

export const wardColumns: readonly Column<WardFigure>[] = [
  { name: 'measure', get: (w) => w.measure },
  { name: 'ward_code', get: (w) => w.wardCode },
  { name: 'ward_name', get: (w) => w.wardName },
  { name: 'value', get: (w) => w.value },
  { name: 'per_1000', get: (w) => w.per1000 },
];

/** A plain object in column order (JSON keeps insertion order, so the output is stable). */
export function toRecord<T>(columns: readonly Column<T>[], row: T): Record<string, Cell> {
  const record: Record<string, Cell> = {};
  for (const column of columns) record[column.name] = column.get(row);
  return record;
}
