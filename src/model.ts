/** The data shapes that flow through the pipeline: ingest -> figures -> view-model. */

import type { FileMapping } from './config/parse-mappings.js';
import type { SpcSettings } from './config/parse-spc.js';
import type { PrioritiesConfig } from './config/parse-priorities.js';

export type Polarity = 'lower_is_better' | 'higher_is_better' | 'neutral';

export interface MeasureDefinition {
  id: string;
  label: string;
  agency: string;
  theme: string;
  /** A column of population.csv (population, dwellings, households, population_10_17...), or 'none'. */
  denominator: string;
  polarity: Polarity;
  /**
   * 'count' (default): counts that add up, so the county figure is the sum of its districts.
   * 'rate': a value published as a rate or percentage (Fingertips, re-offending rates), which
   * must never be summed: the county has no figure unless one is published for it.
   */
  valueKind?: 'count' | 'rate';
  /** A proportion of two other measures, shown in %: [numerator, denominator]. */
  ratioOf?: [string, string];
  /** Shown under the measure's table, e.g. why a rise can be read as good. */
  note?: string;
  /**
   * What a rise can mean besides more harm, for measures where more reporting is welcome
   * (domestic abuse): "more victims are coming forward". Used by the narrative.
   */
  riseReading?: string;
  /** Shown in the crime overview table (seed 002 section 3). */
  overview?: boolean;
}

export interface ThemeDefinition {
  id: string;
  title: string;
  /** One or two sentences that open the theme's section. */
  intro: string;
}

export interface AreaSet {
  name: string;
  areas: string[];
}

export interface AssessConfig {
  /** XmR chart settings: outlier screening and rebased baselines per measure. */
  spc?: SpcSettings;
  /** Date printed on the cover, YYYY-MM-DD; when absent the build uses today's date. */
  documentDate?: string;
  partnership: string;
  /** The home district's area code. */
  area: string;
  county: AreaSet & { code?: string };
  comparators?: AreaSet;
  /** Assessment year N = the 12 months ending this month (1-12) of year N. */
  yearEndMonth: number;
  measures: MeasureDefinition[];
  themes: ThemeDefinition[];
  /** A line printed on the cover, e.g. "Synthetic sample data - not real figures". */
  coverNote?: string;
  /**
   * How tables are shaded: 'significance' (the default) shades only changes and differences from
   * the county that are statistically significant; 'direction' shades every rise and fall.
   */
  colouring?: 'significance' | 'direction';
  /**
   * Significance levels for comparisons with the county and the comparator group: 1 (the
   * default) tests at 95% only; 2 also tests at 99.8%, so a difference can be best / worst.
   */
  significanceLevels?: 1 | 2;
  /** Marks every page of the document as a draft. */
  draft: boolean;
  /** Folder of replacement templates (branding), resolved against the config file. */
  templates?: string;
  /** Partner spreadsheets (wide CSV tables) and how to read them; absent when none are configured. */
  mappings?: FileMapping[];
  /**
   * Small-number suppression by agency: a rule, or 'none'. An agency not listed gets its default:
   * the NHS rule (1-7 suppressed, others rounded to 5) for health, none for every other agency.
   * Absent when the configuration has no `suppression:` section.
   */
  suppression?: Record<string, { threshold: number; roundTo: number } | 'none'>;
  /** Last year's priorities to review and the matrix that ranks the themes; absent when not configured. */
  priorities?: PrioritiesConfig;
  /** The file the configuration was read from, for messages and the methodology. */
  sourceFile: string;
}

/** One value read from a tidy row (or derived from a partner format). */
export interface Observation {
  measure: string;
  areaCode: string;
  areaName?: string;
  /** 'YYYY-MM' for a month, 'YYYY' for an assessment-year label. */
  period: string;
  /** null = "no value" (blank, -, N/A, *): never read as zero. */
  value: number | null;
  /** Figures published with the value (e.g. Fingertips), kept as published, never re-derived. */
  published?: PublishedStatistics;
  /** File and line it came from. */
  file: string;
  line: number;
}

export interface PublishedStatistics {
  lower95?: number;
  upper95?: number;
  lower998?: number;
  upper998?: number;
  count?: number;
  denominator?: number;
  /** e.g. "per 100,000, directly age-standardised". */
  unit?: string;
}

export interface AreaPopulation {
  areaCode: string;
  areaName: string;
  /** Denominator columns, e.g. population, dwellings, households, population_10_17. */
  denominators: Record<string, number>;
}

export interface WardInfo {
  wardCode: string;
  wardName: string;
  /** The district the ward belongs to. */
  areaCode: string;
  population?: number;
}

/** What was read from one input file, for the methodology and information sources. */
export interface SourceSummary {
  file: string;
  kind: 'tidy' | 'population' | 'wards' | 'lookup';
  agencies: string[];
  measures: string[];
  rows: number;
  /** The format the file was read as, e.g. "data.police.uk street-level crime". */
  format?: string;
  /** First and last period present, as written in the file. */
  firstPeriod?: string;
  lastPeriod?: string;
}

export interface YearInputs {
  observations: Observation[];
  population: AreaPopulation[];
  wards: WardInfo[];
  sources: SourceSummary[];
  /** Files in the folder that were not recognised, with why. */
  ignoredFiles: { file: string; reason: string }[];
  /** Problems that do not stop a build (e.g. an incomplete year), shown to the user. */
  warnings: InputWarning[];
  /** The observations summed into assessment years, for districts and wards. */
  annual: AnnualTable;
  /** Statistics published with annual values (Fingertips intervals), keyed "measure|area|year". */
  published: Map<string, PublishedStatistics>;
}

export interface InputWarning {
  message: string;
  /** The measure the warning is about, so warnings that quote counts can follow its disclosure rule. */
  measure?: string;
  file?: string;
  line?: number;
}

/**
 * Assessment-year totals: measure id -> area code (district or ward) -> assessment year -> value.
 * A year is present with null when it is known to have no value (suppressed or incomplete).
 */
export type AnnualTable = Map<string, Map<string, Map<number, number | null>>>;

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
