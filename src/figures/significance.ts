import type { FigureRow, MeasureDefinition } from '../model.js';
import { compareWithBenchmark } from '../statistics/compare.js';
import { isNotableChange, poissonChangeZ } from '../statistics/poisson-change.js';
import { wilsonCI } from '../statistics/proportion-ci.js';
import { rateCI } from '../statistics/rate-ci.js';

type Significance = Pick<FigureRow, 'lower95' | 'upper95' | 'countyComparison' | 'changeZ' | 'changeNotable'>;

export const NO_SIGNIFICANCE: Significance = { lower95: null, upper95: null, countyComparison: null, changeZ: null, changeNotable: null };

/** The counts behind a ratio measure's current percentage, for its Wilson interval. */
export interface RatioParts {
  numerator: number | null;
  denominator: number | null;
}

function isCount(value: number | null): value is number {
  return value !== null && Number.isInteger(value) && value >= 0;
}

function interval(row: FigureRow, measure: MeasureDefinition, parts: RatioParts | undefined): [number, number] | null {
  if (measure.ratioOf) {
    const { numerator: x, denominator: n } = parts ?? { numerator: null, denominator: null };
    if (!isCount(x) || !isCount(n) || n === 0 || x > n) return null;
    const ci = wilsonCI(x, n, 0.95);
    return [100 * ci.lower, 100 * ci.upper];
  }
  if (row.per1000 === null || !isCount(row.value) || row.denominator === null || row.denominator <= 0) return null;
  const ci = rateCI(row.value, row.denominator, 1000, 0.95);
  return [ci.lower, ci.upper];
}

/**
 * Which differences are real (statistics.md): the area's 95% interval against the county's
 * value (its rate, or its percentage for a ratio measure), and a Poisson z-score for the change
 * in counts, so that "rose by one" is not news.
 */
export function significanceOf(row: FigureRow, measure: MeasureDefinition, benchmark: number | null, parts?: RatioParts): Significance {
  if (measure.valueKind === 'rate') return NO_SIGNIFICANCE;
  const limits = interval(row, measure, parts);
  const countyComparison = row.kind === 'county' || limits === null
    ? null
    : compareWithBenchmark({ value: measure.ratioOf ? row.value : row.per1000, lower95: limits[0], upper95: limits[1] }, benchmark, measure.polarity);
  const counts = !measure.ratioOf && isCount(row.value) && isCount(row.previousValue);
  return {
    lower95: limits?.[0] ?? null,
    upper95: limits?.[1] ?? null,
    countyComparison: countyComparison as Significance['countyComparison'],
    changeZ: counts ? poissonChangeZ(row.previousValue!, row.value!) : null,
    changeNotable: counts ? isNotableChange(row.previousValue!, row.value!) : null,
  };
}
