/** Build-time charts: Vega-Lite specs rendered to accessible, deterministic SVG strings in Node. */

export { spcChart } from './spc-chart.js';
export { trendChart } from './trend-chart.js';
export { leagueChart, leagueOrder } from './league-chart.js';
export { wardChart } from './ward-chart.js';
export type {
  ChartTable,
  ChartView,
  LeagueArea,
  LeagueChartInput,
  SpcChartInput,
  TrendChartInput,
  TrendSeries,
  WardChartInput,
} from './types.js';
