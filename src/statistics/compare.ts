/**
 * Comparing an area with a benchmark the way Fingertips does: the benchmark's value is tested
 * against the area's confidence interval (not interval overlap), bounds inclusive.
 */

import type { Polarity } from '../model.js';

export type BenchmarkComparison =
  | 'similar'
  | 'higher'
  | 'lower'
  | 'better'
  | 'worse'
  | 'best'
  | 'worst'
  | 'not_compared';

/** An area's value and its confidence limits; a limit that is null or undefined is missing. */
export interface IntervalEstimate {
  value: number | null;
  lower95: number | null;
  upper95: number | null;
  lower998?: number | null;
  upper998?: number | null;
}

function present(x: number | null | undefined): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

function inside(benchmark: number, lower: number, upper: number): boolean {
  return benchmark >= lower && benchmark <= upper;
}

/** Orients 'higher' / 'lower' by polarity; the strong form is the one for outside 99.8%. */
function orient(above: boolean, polarity: Polarity, strong: boolean): BenchmarkComparison {
  if (polarity === 'neutral') return above ? 'higher' : 'lower';
  const good = above === (polarity === 'higher_is_better');
  if (strong) return good ? 'best' : 'worst';
  return good ? 'better' : 'worse';
}

/**
 * Similar when the benchmark lies inside the area's 95% interval; otherwise higher or lower,
 * read as better or worse by polarity. With two levels, outside 95% but inside 99.8% is
 * better / worse and outside 99.8% is best / worst. A missing value, benchmark or needed
 * interval gives 'not_compared', never a guess.
 */
export function compareWithBenchmark(
  area: IntervalEstimate,
  benchmark: number | null,
  polarity: Polarity,
  levels: 1 | 2 = 1,
): BenchmarkComparison {
  const { value, lower95, upper95 } = area;
  if (!present(benchmark) || !present(value) || !present(lower95) || !present(upper95)) return 'not_compared';
  if (inside(benchmark, lower95, upper95)) return 'similar';
  const above = value > benchmark;
  if (levels === 1) return orient(above, polarity, false);
  // Two levels need the 99.8% interval only to tell better from best; without it, no guess.
  const { lower998, upper998 } = area;
  if (!present(lower998) || !present(upper998)) return 'not_compared';
  return orient(above, polarity, !inside(benchmark, lower998, upper998));
}
