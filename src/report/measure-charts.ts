import { drawSvg, type DrawSvg } from '../charts/draw.js';
import { leagueChart, spcChart, trendChart, wardChart, type ChartView } from '../charts/index.js';
import type { AssessConfig, Figures, Observation } from '../model.js';
import { xmrChart, type XmrChart } from '../statistics/spc.js';
import { summariseSpc } from '../statistics/spc-summary.js';
import { improvementOf, leagueAreas, longMonth, monthlyRun } from './chart-inputs.js';
import { denominatorHeader, hasRate } from './measure-table.js';

/** How many wards the hotspots chart shows. */
const TOP_WARDS_CHARTED = 10;

export interface MeasureCharts {
  /** "special cause: concern, 7-point run above the mean since March 2024" */
  spcSummary?: string;
  /** A special cause of concern that runs to the latest month: still there to act on. */
  spcConcernContinues?: boolean;
  /** The XmR chart and its months (YYYY-MM), kept for figures.json's SPC section (read by assess diff). */
  spc?: { months: string[]; chart: XmrChart };
  charts: ChartView[];
}

export interface DocumentCharts {
  byMeasure: Map<string, MeasureCharts>;
  /** Three-year trend of all crime, home against county, for the overview. */
  overview?: ChartView;
}

export interface ChartRequest {
  config: AssessConfig;
  figures: Figures;
  observations: readonly Observation[];
  year: number;
  yearLabels: [string, string, string];
}

/**
 * An SPC chart for every measure with at least two years of monthly counts, and for the headline
 * measures (those in the crime overview) the county league table and the top wards. Rendering
 * is deterministic and needs no browser.
 */
export async function renderDocumentCharts(request: ChartRequest, draw: DrawSvg = drawSvg): Promise<DocumentCharts> {
  const { config, figures, observations, year } = request;
  const homeName = figures.rows.find((r) => r.areaCode === config.area)?.areaName ?? config.area;
  const byMeasure = new Map<string, MeasureCharts>();
  // Every measure with two years of monthly counts gets its SPC chart (issue 4); the league and
  // ward charts are kept to the headline measures so the document stays readable.
  // One pass over the observations, not one per measure: only the home district is charted.
  const homeByMeasure = new Map<string, Observation[]>();
  for (const o of observations) {
    if (o.areaCode !== config.area) continue;
    const list = homeByMeasure.get(o.measure);
    if (list) list.push(o);
    else homeByMeasure.set(o.measure, [o]);
  }
  for (const measure of config.measures.filter((m) => !m.ratioOf)) {
    const charts: ChartView[] = [];
    let spcSummary: string | undefined;
    let spcConcernContinues = false;
    let spc: MeasureCharts['spc'];
    const run = monthlyRun(homeByMeasure.get(measure.id) ?? [], measure.id, config.area, year, config);
    if (run) {
      const improvement = improvementOf(measure);
      // Screening is off unless configured, as in Making Data Count's tools: one extreme month
      // should be seen. Rebases start a new baseline at the configured months.
      const rebaseAt = rebaseIndices(config.spc?.rebase[measure.id] ?? [], run.labels);
      const chart = xmrChart(run.values, { improvement, screenOutliers: config.spc?.screenOutliers ?? false, rebaseAt });
      spcSummary = summariseSpc(chart, improvement, run.labels.map(longMonth));
      spcConcernContinues = chart.signals.some((signal) => signal.variation === 'concern' && signal.end === run.values.length - 1);
      spc = { months: run.labels, chart };
      charts.push(await spcChart({ title: `${measure.label}: ${homeName}, monthly`, measureLabel: 'Per month', labels: run.labels, chart, improvement, summary: spcSummary }, draw));
    }
    const areas = leagueAreas(figures.rows, measure, config);
    const county = figures.rows.find((r) => r.measure === measure.id && r.kind === 'county');
    if (measure.overview && hasRate(measure) && areas.some((a) => a.value !== null)) {
      const benchmark = county?.per1000 == null ? null : { name: config.county.name, value: county.per1000 };
      charts.push(await leagueChart({ title: `${measure.label}: ${config.county.name} districts, ${request.yearLabels[2]}`, unit: denominatorHeader(measure.denominator), areas, benchmark, polarity: measure.polarity, decimals: 1 }, draw));
    }
    // Ward hotspots, top wards by volume; not for a measure under small-number suppression (a
    // withheld ward, or a disclosure rule), whose rounded small counts would be charted as if exact.
    const wards = figures.wards.filter((w) => w.measure === measure.id);
    if (measure.overview && !wards.some((w) => w.suppressed || w.disclosure !== undefined)) {
      const shown = wards
        .filter((w): w is typeof w & { value: number } => w.value !== null && w.value > 0)
        .sort((a, b) => b.value - a.value || (a.wardName < b.wardName ? -1 : a.wardName > b.wardName ? 1 : 0))
        .slice(0, TOP_WARDS_CHARTED);
      if (shown.length > 0 && new Set(shown.map((w) => w.wardName)).size === shown.length) {
        charts.push(await wardChart({ title: `${measure.label}: top wards in ${homeName}, ${request.yearLabels[2]}`, unit: `Count in ${request.yearLabels[2]}`, wards: shown.map((w) => ({ name: w.wardName, value: w.value })) }, draw));
      }
    }
    if (charts.length > 0) byMeasure.set(measure.id, { charts, ...(spcSummary ? { spcSummary, spcConcernContinues, spc } : {}) });
  }
  return { byMeasure, overview: await overviewTrend(request, homeName, draw) };
}

async function overviewTrend(request: ChartRequest, homeName: string, draw: DrawSvg): Promise<ChartView | undefined> {
  const rows = request.figures.rows.filter((r) => r.measure === 'all_crime');
  const home = rows.find((r) => r.areaCode === request.config.area);
  const county = rows.find((r) => r.kind === 'county');
  if (!home?.denominator || !county?.denominator || home.values.every((v) => v === null)) return undefined;
  // Rates, so a district and its county share one axis; every year uses the latest population.
  const rates = (values: readonly (number | null)[], denominator: number) => values.map((v) => (v === null ? null : (1000 * v) / denominator));
  return trendChart({
    title: `All crime per 1,000 population: ${homeName} and ${request.config.county.name}`,
    yearLabels: request.yearLabels,
    series: [
      { name: homeName, values: rates(home.values, home.denominator), emphasis: true },
      { name: request.config.county.name, values: rates(county.values, county.denominator), emphasis: false },
    ],
    unit: 'Crimes per 1,000 population',
    decimals: 1,
  }, draw);
}

/**
 * Where the configured rebase months fall in the run. A month outside the run, or one that would
 * leave a baseline of a single point (no moving range, so no limits), is not used.
 */
export function rebaseIndices(months: readonly string[], labels: readonly string[]): number[] {
  const indices: number[] = [];
  for (const i of months.map((m) => labels.indexOf(m)).filter((i) => i > 0).sort((a, b) => a - b)) {
    const previous = indices.at(-1) ?? 0;
    if (i - previous >= 2 && labels.length - i >= 2) indices.push(i);
  }
  return indices;
}
