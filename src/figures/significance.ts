import type { BenchmarkVerdict, FigureRow, MeasureDefinition, PublishedStatistics } from '../model.js';
import { compareWithBenchmark } from '../statistics/compare.js';
export { publishedKey } from '../ingest/published.js';
import { isNotableChange, poissonChangeZ } from '../statistics/poisson-change.js';
import { wilsonCI } from '../statistics/proportion-ci.js';
import { rateCI } from '../statistics/rate-ci.js';

type Significance = Pick<FigureRow, 'lower95' | 'upper95' | 'countyComparison' | 'changeZ' | 'changeNotable'> & {
  lower998: number | null;
  upper998: number | null;
};

/** An area's limits at 95% and, with two significance levels, at 99.8%. */
export type Limits = Pick<Significance, 'lower95' | 'upper95' | 'lower998' | 'upper998'>;

export const NO_SIGNIFICANCE: Significance = { lower95: null, upper95: null, countyComparison: null, changeZ: null, changeNotable: null, lower998: null, upper998: null };

/** The counts behind a ratio measure's current percentage, for its Wilson interval. */
export interface RatioParts {
  numerator: number | null;
  denominator: number | null;
}

function isCount(value: number | null): value is number {
  return value !== null && Number.isInteger(value) && value >= 0;
}

/**
 * The confidence interval of the compared figure at the given level: the rate per 1,000
 * (Byar's / exact Poisson) or, for a ratio measure, the percentage (Wilson); null when the
 * counts behind it are missing.
 */
export function intervalOf(row: FigureRow, measure: MeasureDefinition, parts: RatioParts | undefined, level = 0.95): [number, number] | null {
  if (measure.ratioOf) {
    const { numerator: x, denominator: n } = parts ?? { numerator: null, denominator: null };
    if (!isCount(x) || !isCount(n) || n === 0 || x > n) return null;
    const ci = wilsonCI(x, n, level);
    return [100 * ci.lower, 100 * ci.upper];
  }
  if (row.per1000 === null || !isCount(row.value) || row.denominator === null || row.denominator <= 0) return null;
  const ci = rateCI(row.value, row.denominator, 1000, level);
  return [ci.lower, ci.upper];
}

/**
 * A benchmark (the county's or the comparator group's value) against the area's limits,
 * Fingertips' method; null for the county row or when the area has no interval.
 */
export function comparisonWith(row: FigureRow, measure: MeasureDefinition, limits: Limits, benchmark: number | null, levels: 1 | 2 = 1): BenchmarkVerdict | null {
  if (row.kind === 'county' || limits.lower95 === null || limits.upper95 === null) return null;
  const value = measure.ratioOf || measure.valueKind === 'rate' ? row.value : row.per1000;
  return compareWithBenchmark({ value, ...limits }, benchmark, measure.polarity, levels);
}

/**
 * Which differences are real (statistics.md): the area's 95% interval (and 99.8% with two
 * levels) against the county's value (its rate, or its percentage for a ratio measure), and a
 * Poisson z-score for the change in counts, so that "rose by one" is not news.
 */
export function significanceOf(row: FigureRow, measure: MeasureDefinition, benchmark: number | null, parts?: RatioParts, levels: 1 | 2 = 1, published?: PublishedStatistics): Significance {
  if (measure.valueKind === 'rate') return publishedSignificance(row, measure, benchmark, levels, published);
  const limits95 = intervalOf(row, measure, parts);
  const limits998 = levels === 2 && limits95 !== null ? intervalOf(row, measure, parts, 0.998) : null;
  const limits: Limits = {
    lower95: limits95?.[0] ?? null,
    upper95: limits95?.[1] ?? null,
    lower998: limits998?.[0] ?? null,
    upper998: limits998?.[1] ?? null,
  };
  const counts = !measure.ratioOf && isCount(row.value) && isCount(row.previousValue);
  return {
    lower95: limits.lower95,
    upper95: limits.upper95,
    countyComparison: comparisonWith(row, measure, limits, benchmark, levels),
    changeZ: counts ? poissonChangeZ(row.previousValue!, row.value!) : null,
    changeNotable: counts ? isNotableChange(row.previousValue!, row.value!) : null,
    lower998: limits.lower998,
    upper998: limits.upper998,
  };
}

/**
 * A published rate (Fingertips) is compared with the intervals published with it, used as given
 * and never re-derived; without them there is no comparison. Published rates are not counts, so
 * there is no Poisson test of their change.
 */
function publishedSignificance(row: FigureRow, measure: MeasureDefinition, benchmark: number | null, levels: 1 | 2, published: PublishedStatistics | undefined): Significance {
  if (published === undefined) return NO_SIGNIFICANCE;
  const limits: Limits = {
    lower95: published.lower95 ?? null,
    upper95: published.upper95 ?? null,
    lower998: published.lower998 ?? null,
    upper998: published.upper998 ?? null,
  };
  return { ...NO_SIGNIFICANCE, ...limits, countyComparison: comparisonWith(row, measure, limits, benchmark, levels) };
}
