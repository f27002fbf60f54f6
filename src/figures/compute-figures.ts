import type { AnnualTable, AreaPopulation, AssessConfig, Figures, FigureRow, PublishedStatistics, WardInfo } from '../model.js';
import { discloseAnnual } from './disclosure.js';
import { measureRows, type MeasureContext } from './measure-rows.js';
import { wardFigures } from './ward-figures.js';

export interface ComputeFiguresInput {
  config: AssessConfig;
  /** The assessment year N; the figures cover N-2, N-1 and N. */
  year: number;
  annual: AnnualTable;
  population: AreaPopulation[];
  wards: WardInfo[];
  /** Statistics published with rates (Fingertips intervals), by publishedKey(measure, area, year). */
  published?: ReadonlyMap<string, PublishedStatistics>;
}

/**
 * The figures stage: for each configured measure, the county's areas, the county and the
 * comparator areas outside the county, with change, rates and ranks; then the home district's
 * ward totals. Pure: the same inputs always give the same figures, in the same order.
 * Small-number suppression is applied first (disclosure.ts), so every figure is worked out from
 * the values that may be published and a withheld count never reaches the figures.
 */
export function computeFigures(input: ComputeFiguresInput): Figures {
  const { config, year, annual, population, wards } = input;
  const countyAreas = unique(config.county.areas);
  const comparatorAreas = unique(config.comparators?.areas ?? []);
  const byCode = new Map(population.map((area) => [area.areaCode, area]));
  const disclosure = discloseAnnual(annual, config.measures, config);

  const ctx: MeasureContext = {
    annual: disclosure.annual,
    disclosure,
    year,
    years: [year - 2, year - 1, year],
    countyAreas,
    countyCode: config.county.code ?? config.county.name,
    countyName: config.county.name,
    comparatorAreas,
    extraComparators: comparatorAreas.filter((code) => !countyAreas.includes(code)),
    significanceLevels: config.significanceLevels ?? 1,
    ...(input.published ? { published: input.published } : {}),
    areaName: (code) => byCode.get(code)?.areaName ?? code,
    denominatorOf: (code, column) => {
      const value = byCode.get(code)?.denominators[column];
      return value == null || !Number.isFinite(value) ? null : value;
    },
  };

  const rows: FigureRow[] = config.measures.flatMap((measure) => measureRows(measure, ctx));
  return { year, rows, wards: wardFigures(config.measures, disclosure.annual, wards, config.area, year, disclosure) };
}

/** A code listed twice would otherwise be counted twice in the county total and the ranks. */
function unique(codes: readonly string[]): string[] {
  return [...new Set(codes)];
}
