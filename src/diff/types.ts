/** What `assess diff` found between two builds: plain data, written as is by --format json. */
import type { SpcSignalRecord, ToneRecord } from '../figures/export-figures.js';

export type Tone = ToneRecord;

/**
 * Which way a difference reads for the partnership, by the measure's better direction:
 * 'changed' where there is none (a neutral measure) or the change is neither better nor worse.
 */
export type Verdict = 'improved' | 'worsened' | 'changed';

/** Two folders of different assessment years, or two builds of the same year. */
export type DiffMode = 'years' | 'revision';

export interface BuildSummary {
  /** The folder as the user named it, e.g. out/2024. */
  folder: string;
  year: number;
  /** e.g. 2023-24 */
  yearLabel: string;
  /** e.g. Oct 2023 to Sep 2024 */
  periodLabel: string;
  generator: string;
}

/** How a measure's values read: whole counts, percentages (ratio_of) or published rates. */
export type MeasureKind = 'count' | 'percent' | 'rate';

export interface MeasureRef {
  id: string;
  label: string;
  kind: MeasureKind;
  polarity: 'lower_is_better' | 'higher_is_better' | 'neutral';
}

export interface AreaRef {
  code: string;
  name: string;
}

export interface RankPosition {
  rank: number | null;
  of: number | null;
}

export interface RankMove {
  measure: MeasureRef;
  before: RankPosition;
  after: RankPosition;
  verdict: Verdict;
}

export interface ComparisonChange {
  measure: MeasureRef;
  /** The county, or the most similar group of comparators. */
  benchmark: 'county' | 'comparators';
  before: string | null;
  after: string | null;
  verdict: Verdict;
}

export interface ColourChange {
  measure: MeasureRef;
  /** The change on last year, or the rate against the county. */
  cell: 'change' | 'rate';
  before: Tone;
  after: Tone;
}

/** The home district's compared figure (rate per 1,000, or the value itself) beside the county's. */
export interface RateBeside {
  value: number;
  county: number;
}

export interface Crossing {
  measure: MeasureRef;
  figure: 'per_1000' | 'value';
  before: RateBeside;
  after: RateBeside;
  /** Where the home district now is against the county. */
  now: 'above' | 'below';
  verdict: Verdict;
}

export interface RateChange {
  measure: MeasureRef;
  figure: 'per_1000' | 'value';
  before: number;
  after: number;
  /** after - before: per 1,000, or percentage points for percentages. */
  change: number;
  pctChange: number;
  verdict: Verdict;
}

export interface SpcChange {
  measure: MeasureRef;
  /** The signal that started (in the later build) or ended (from the earlier one). */
  signal: SpcSignalRecord;
  /** The chart's summary in each build; null where the build has no chart for the measure. */
  beforeSummary: string | null;
  afterSummary: string | null;
}

export interface PriorityPlace {
  rank: number;
  total: number;
}

export interface PriorityChange {
  theme: string;
  title: string;
  before: PriorityPlace | null;
  after: PriorityPlace | null;
}

export type Cell = string | number | boolean | null;

/** One figure of one row (or ward) that differs between two builds of the same year. */
export interface Revision {
  measure: MeasureRef;
  area: AreaRef;
  level: 'area' | 'county' | 'ward';
  /** The figures.json field, e.g. value, per_1000, county_rank. */
  field: string;
  before: Cell;
  after: Cell;
}

export interface FigureDiff {
  mode: DiffMode;
  before: BuildSummary;
  after: BuildSummary;
  partnership: string;
  home: AreaRef;
  county: AreaRef;
  comparatorGroup: string | null;
  measures: { appeared: MeasureRef[]; disappeared: MeasureRef[] };
  areas: { appeared: AreaRef[]; disappeared: AreaRef[] };
  rankMoves: RankMove[];
  comparisons: ComparisonChange[];
  colours: ColourChange[];
  crossings: Crossing[];
  /** The largest changes in the home district's rate, by absolute % change (years only). */
  rateChanges: RateChange[];
  spc: { started: SpcChange[]; ended: SpcChange[] };
  priorities: { entered: PriorityChange[]; left: PriorityChange[] };
  /** Every figure revised between two builds of one year (empty for two years). */
  revisions: Revision[];
  /** Things the reader should know that are not differences, e.g. other colouring rules. */
  notes: string[];
}

/** How many differences were found; 0 means the two builds show the same figures. */
export function differenceCount(diff: FigureDiff): number {
  return diff.measures.appeared.length + diff.measures.disappeared.length + diff.areas.appeared.length + diff.areas.disappeared.length +
    diff.rankMoves.length + diff.comparisons.length + diff.colours.length + diff.crossings.length + diff.rateChanges.length +
    diff.spc.started.length + diff.spc.ended.length + diff.priorities.entered.length + diff.priorities.left.length + diff.revisions.length;
}
