import { csvCell } from '../figures/export-figures.js';
import { hasRate } from '../figures/measure-rows.js';
import { periodLabel, shortYearLabel } from '../ingest/periods.js';
import type { AssessConfig, BenchmarkVerdict, FigureRow, Figures, MeasureDefinition } from '../model.js';
import { formatSignedPct } from '../narrative/format.js';
import { SUPPRESSED } from '../statistics/suppression.js';
import { formatDocumentDate } from './build-report.js';
import { denominatorHeader, rateCell, shownRank, shownValue } from './measure-table.js';

/** A district's document in a county build, as the summary links to it. */
export interface DistrictDocument {
  code: string;
  name: string;
  /** Paths relative to the summary (out/<year>/). */
  pdf: string;
  html: string;
  pageCount: number;
  home: boolean;
}

export interface CountySummaryInput {
  /** The home district's configuration: the county, its districts and the measures. */
  config: AssessConfig;
  /** Figures of the county's districts (the same in every district's document). */
  figures: Figures;
  year: number;
  documentDate: string;
  districts: DistrictDocument[];
}

export interface CountySummaryView {
  lang: 'en-GB';
  title: string;
  countyName: string;
  periodLabel: string;
  documentDate: string;
  coverNote?: string;
  draft: boolean;
  districts: { name: string; code: string; home: boolean; pdf: string; html: string; pages: number }[];
  measures: { id: string; caption: string; headers: string[]; rows: { cells: string[]; county: boolean }[]; note?: string }[];
  notes: string[];
}

const VERDICT_WORDS: Record<BenchmarkVerdict, string> = {
  better: 'Better', worse: 'Worse', best: 'Best (99.8%)', worst: 'Worst (99.8%)', similar: 'Similar', higher: 'Higher', lower: 'Lower', not_compared: 'Not compared',
};

/** The headline measures: those of the crime overview that any district has a figure for this year. */
function headlineMeasures(config: AssessConfig, figures: Figures): MeasureDefinition[] {
  return config.measures.filter((m) => m.overview && figures.rows.some((r) => r.measure === m.id && r.kind === 'area' && r.value !== null));
}

function countyRows(input: CountySummaryInput, measure: MeasureDefinition): { districts: FigureRow[]; county: FigureRow | undefined } {
  const rows = input.figures.rows.filter((r) => r.measure === measure.id);
  const byCode = new Map(rows.filter((r) => r.kind === 'area').map((r) => [r.areaCode, r]));
  return { districts: input.districts.flatMap((d) => byCode.get(d.code) ?? []), county: rows.find((r) => r.kind === 'county') };
}

function measureTable(input: CountySummaryInput, measure: MeasureDefinition, yearLabels: string[]): CountySummaryView['measures'][number] {
  const { districts, county } = countyRows(input, measure);
  const withRate = hasRate(measure);
  const headers = ['District', yearLabels[1]!, yearLabels[2]!, '% change', ...(withRate ? [denominatorHeader(measure.denominator)] : []), 'County position', `Compared with ${input.config.county.name}`];
  const cells = (row: FigureRow): string[] => {
    const change = row.suppressed[1] || row.suppressed[2] ? SUPPRESSED : formatSignedPct(row.pctChange);
    const compared = row.kind === 'county' ? '-' : row.suppressed[2] ? SUPPRESSED : row.countyComparison === null ? '-' : VERDICT_WORDS[row.countyComparison];
    return [row.areaName, shownValue(row, 1, measure), shownValue(row, 2, measure), change, ...(withRate ? [rateCell(row, measure, input.config.county.name).text] : []), row.kind === 'county' ? '-' : shownRank(row, row.countyRank, row.countyRankOf), compared];
  };
  const suppressed = [...districts, county].some((r) => r?.disclosure !== undefined);
  return {
    id: measure.id,
    caption: `${measure.label}: ${input.config.county.name} districts, ${yearLabels[2]}`,
    headers,
    rows: [...districts.map((r) => ({ cells: cells(r), county: false })), ...(county ? [{ cells: cells(county), county: true }] : [])],
    ...(suppressed ? { note: `${SUPPRESSED} withheld by small-number suppression, as in the documents.` } : {}),
  };
}

/** The county summary page: every district's document, and the headline measures side by side. */
export function countySummaryView(input: CountySummaryInput): CountySummaryView {
  const { config, year } = input;
  const yearLabels = [year - 2, year - 1, year].map((y) => shortYearLabel(y, config.yearEndMonth));
  return {
    lang: 'en-GB',
    title: `Strategic Assessments ${yearLabels[2]}: ${config.county.name}`,
    countyName: config.county.name,
    periodLabel: periodLabel(year, config.yearEndMonth),
    documentDate: formatDocumentDate(input.documentDate),
    ...(config.coverNote ? { coverNote: config.coverNote } : {}),
    draft: config.draft,
    districts: input.districts.map((d) => ({ name: d.name, code: d.code, home: d.home, pdf: d.pdf, html: d.html, pages: d.pageCount })),
    measures: headlineMeasures(config, input.figures).map((m) => measureTable(input, m, yearLabels)),
    notes: [
      `Positions rank the ${config.county.areas.length} districts of ${config.county.name} on the rate per 1,000 (or on the count where a measure has no rate), 1 being best by the measure's direction; tied districts share a position.`,
      `"Compared with ${config.county.name}" tests the ${config.county.name} rate against each district's 95% confidence interval: "Similar" means the difference could be chance.`,
      `Every figure, unrounded, is in county-summary-${year}.csv beside this page and in each district's figures.csv.`,
    ],
  };
}

const CSV_HEADER = ['area_code', 'area_name', 'kind', 'measure', 'period', 'value', 'previous_value', 'pct_change', 'per_1000', 'county_per_1000', 'county_rank', 'county_rank_of', 'county_comparison', 'suppressed', 'document'];

/** The same table as CSV, one row per district (and the county) per headline measure, figures unrounded as in figures.csv. */
export function countySummaryCsv(input: CountySummaryInput): string {
  const documents = new Map(input.districts.map((d) => [d.code, d.pdf]));
  const lines = [CSV_HEADER.join(',')];
  for (const measure of headlineMeasures(input.config, input.figures)) {
    const { districts, county } = countyRows(input, measure);
    for (const row of [...districts, ...(county ? [county] : [])]) {
      const suppressed = row.suppressed.map((s, i) => (s ? String(row.period - 2 + i) : '')).filter(Boolean).join(';');
      const cells = [row.areaCode, row.areaName, row.kind, measure.id, row.period, row.value, row.previousValue, row.pctChange, row.per1000, row.countyPer1000, row.countyRank, row.countyRankOf, row.countyComparison, suppressed, documents.get(row.areaCode) ?? ''];
      lines.push(cells.map((c) => csvCell(c)).join(','));
    }
  }
  return `${lines.join('\n')}\n`;
}
