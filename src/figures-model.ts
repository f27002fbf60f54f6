/** The figures' shapes: one row per measure and area, as figures.csv and figures.json hold them. */

/**
 * Fingertips' verdict on an area against a benchmark: best / worst only with two significance
 * levels (outside 99.8%); higher / lower for measures with no better direction.
 */
export type BenchmarkVerdict = 'better' | 'worse' | 'best' | 'worst' | 'similar' | 'higher' | 'lower' | 'not_compared';

/** One row of figures.csv: one measure in one area for the assessment year. */
export interface FigureRow {
  measure: string;
  areaCode: string;
  areaName: string;
  /** 'area' for a district, 'county' for the county as a whole. */
  kind: 'area' | 'county';
  /** The assessment year N. */
  period: number;
  /** Values for N-2, N-1, N (index 2 = current). For ratio measures: percentages. */
  values: [number | null, number | null, number | null];
  value: number | null;
  previousValue: number | null;
  change: number | null;
  pctChange: number | null;
  denominator: number | null;
  per1000: number | null;
  countyPer1000: number | null;
  countyRank: number | null;
  countyRankOf: number | null;
  /** Rank within the most similar group; null when the area is not in it or none is configured. */
  comparatorRank: number | null;
  comparatorRankOf: number | null;
  /** Rank in the county a year earlier, for "rank changes" in the executive summary. */
  previousCountyRank: number | null;
  /**
   * 95% confidence interval of the compared figure: the rate per 1,000 (Byar's / exact Poisson)
   * or, for ratio measures, the percentage (Wilson). Null where there is nothing to compare.
   */
  lower95: number | null;
  upper95: number | null;
  /** The county rate against this area's interval, Fingertips' method; null for the county row. */
  countyComparison: BenchmarkVerdict | null;
  /**
   * The comparator group's pooled rate (or percentage) against this area's interval; null for
   * the county row, areas outside the group, when no group is configured or a member lacks a value.
   */
  msgComparison?: BenchmarkVerdict | null;
  /** 99.8% limits of the same figure; null unless significance_levels is 2. */
  lower998?: number | null;
  upper998?: number | null;
  /** Poisson z-score of this year's count against last year's; null unless both are counts. */
  changeZ: number | null;
  /** |changeZ| > 3: a change larger than chance alone would give. */
  changeNotable: boolean | null;
  /** Per year (N-2, N-1, N): the value was withheld by small-number suppression (it is null). */
  suppressed: [boolean, boolean, boolean];
  /** The rule the row's counts were suppressed and rounded under; absent when none applies. */
  disclosure?: DisclosureRule;
}

/** A small-number rule as applied: counts 1..threshold withheld, others rounded to roundTo. */
export interface DisclosureRule {
  threshold: number;
  roundTo: number;
}

/** Ward totals for the home district, for the hotspots lists. */
export interface WardFigure {
  measure: string;
  wardCode: string;
  wardName: string;
  /** Null only when suppressed: a ward with no figure has no entry. */
  value: number | null;
  per1000: number | null;
  /** The value was withheld by small-number suppression. */
  suppressed: boolean;
  /** The rule the value was suppressed or rounded under; absent when none applies. */
  disclosure?: DisclosureRule;
}

export interface Figures {
  year: number;
  rows: FigureRow[];
  wards: WardFigure[];
}
