/**
 * The data shapes that flow through the pipeline: configuration (config-model.ts) -> what ingest
 * reads (here) -> figures (figures-model.ts) -> view-model (report/view-types.ts). Everything is
 * exported from here, so a module imports its shapes from one place.
 */

export type * from './config-model.js';
export type * from './figures-model.js';

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
