import type { AssessConfig, Figures, YearInputs } from '../model.js';
import { periodLabel, shortYearLabel } from '../ingest/periods.js';
import { keyFacts } from '../narrative/key-facts.js';
import { ChartRegister } from './chart-figures.js';
import { contentsOf } from './contents.js';
import type { DocumentCharts } from './measure-charts.js';
import { glossary } from './glossary.js';
import type { TableContext } from './measure-table.js';
import { methodology } from './methodology.js';
import { overviewTable } from './overview-table.js';
import { rowsByMeasure, themeSections } from './theme-sections.js';
import type { ReportView } from './view-types.js';

export interface ReportInput {
  config: AssessConfig;
  figures: Figures;
  inputs: YearInputs;
  year: number;
  /** YYYY-MM-DD */
  documentDate: string;
  dataFolder: string;
  /** Charts rendered beforehand (rendering is asynchronous; the view-model stays synchronous). */
  charts?: DocumentCharts;
}

export function formatDocumentDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!)).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

function areaName(input: ReportInput, code: string): string {
  return input.inputs.population.find((p) => p.areaCode === code)?.areaName ?? code;
}

/** The whole document as formatted text: pure, so every sentence and cell can be tested. */
export function buildReport(input: ReportInput): ReportView {
  const { config, figures, year } = input;
  const years = [year - 2, year - 1, year] as const;
  const yearLabels = years.map((y) => shortYearLabel(y, config.yearEndMonth)) as [string, string, string];
  const periodLabels = years.map((y) => periodLabel(y, config.yearEndMonth)) as [string, string, string];
  const homeName = areaName(input, config.area);
  const context: TableContext = { yearLabels, countyName: config.county.name, comparatorName: config.comparators?.name, colouring: config.colouring ?? 'significance' };
  const headings = {
    introduction: '1. Introduction',
    summary: '2. Executive summary',
    overview: `3. Crime overview: annual changes (${yearLabels[2]})`,
    themes: '4. Findings by theme',
    methodology: '5. Methodology and information sources',
    glossary: '6. Glossary',
    chartData: 'Appendix: the data behind the charts',
  };
  const register = new ChartRegister();
  const overviewChart = input.charts?.overview ? register.add(input.charts.overview) : undefined;
  const themes = themeSections({ config, figures, homeName, context, sectionNumber: '4', charts: input.charts?.byMeasure, register });
  const view: Omit<ReportView, 'contents'> = {
    lang: 'en-GB',
    title: `Strategic Assessment ${yearLabels[2]}`,
    partnership: config.partnership,
    homeName,
    countyName: config.county.name,
    yearLabel: yearLabels[2],
    periodLabel: periodLabels[2],
    documentDate: formatDocumentDate(input.documentDate),
    draft: config.draft,
    coverNote: config.coverNote,
    headings,
    summary: keyFacts({ figures, config, homeName, yearLabels: { current: yearLabels[2], previous: yearLabels[1] } }),
    overview: overviewTable({ measures: config.measures, homeRows: rowsByMeasure(figures, config.area), homeName, context, countyAreaCount: config.county.areas.length }),
    themes,
    overviewChart,
    chartData: register.tables,
    methodology: methodology({ config, inputs: input.inputs, periodLabels, dataFolder: input.dataFolder }),
    glossary,
  };
  return { ...view, contents: contentsOf(view) };
}
