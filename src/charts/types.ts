/** What every chart builder returns, and the inputs of each. */

import type { Polarity } from '../model.js';
import type { Improvement, XmrChart } from '../statistics/spc.js';

/** The data behind a chart, with values already formatted for display. */
export interface ChartTable {
  caption: string;
  headers: string[];
  rows: string[][];
}

export interface ChartView {
  /** A standalone <svg> element (role="img", aria-label = alt, a <title>) to embed inline. */
  svg: string;
  /** One or two sentences for a screen reader: what the chart shows and its main message. */
  alt: string;
  /** A visible caption: what is plotted and how to read it. */
  caption: string;
  table: ChartTable;
}

export interface SpcChartInput {
  title: string;
  /** The y axis title, e.g. "Incidents per month". */
  measureLabel: string;
  /** 'YYYY-MM', one per point of `chart`. */
  labels: readonly string[];
  chart: XmrChart;
  improvement: Improvement;
  /** The line from summariseSpc, e.g. "special cause: concern, 7-point run above the mean since March 2024". */
  summary: string;
}

export interface TrendSeries {
  name: string;
  /** One per year label; null is a missing year, drawn as a gap. */
  values: readonly (number | null)[];
  /** The home district: solid and thicker; the others are dashed. */
  emphasis: boolean;
}

export interface TrendChartInput {
  title: string;
  yearLabels: readonly [string, string, string];
  series: readonly TrendSeries[];
  /** The y axis and table heading, e.g. "Crimes per 1,000 population". */
  unit: string;
  /** Decimal places for displayed values; by default 0 when every value is whole, else 1. */
  decimals?: number;
}

export interface LeagueArea {
  name: string;
  value: number | null;
  home: boolean;
}

export interface LeagueChartInput {
  title: string;
  unit: string;
  areas: readonly LeagueArea[];
  benchmark: { name: string; value: number } | null;
  polarity: Polarity;
  decimals?: number;
}

export interface WardChartInput {
  title: string;
  unit: string;
  wards: readonly { name: string; value: number }[];
  decimals?: number;
}
