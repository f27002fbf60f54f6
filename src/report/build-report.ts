import type { AssessConfig, Figures, YearInputs } from '../model.js';
import type { PriorityScores } from '../ingest/parse-priority-scores.js';
import { periodLabel, shortYearLabel } from '../ingest/periods.js';
import { keyFacts } from '../narrative/key-facts.js';
import { ChartRegister } from './chart-figures.js';
import { renderSectionCommentary } from './commentary.js';
import { contentsOf } from './contents.js';
import { spcConcernFact } from './spc-facts.js';
import type { DocumentCharts } from './measure-charts.js';
import { glossary } from './glossary.js';
import type { TableContext } from './measure-table.js';
import { methodology } from './methodology.js';
import { overviewTable } from './overview-table.js';
import { prioritiesSection } from './priorities.js';
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
  /** The partnership's priority scoring sheet, read by the build when priorities.scoring is configured. */
  priorityScores?: PriorityScores;
  /** The analyst's commentary as Markdown, by section id (introduction, summary, ..., theme ids). */
  commentary?: ReadonlyMap<string, string>;
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
  // The priorities section, when configured, is section 5: the methodology and glossary follow it.
  const after = config.priorities === undefined ? 5 : 6;
  const headings = {
    introduction: '1. Introduction',
    summary: '2. Executive summary',
    overview: `3. Crime overview: annual changes (${yearLabels[2]})`,
    themes: '4. Findings by theme',
    methodology: `${after}. Methodology and information sources`,
    glossary: `${after + 1}. Glossary`,
    ...(config.priorities === undefined ? {} : { priorities: '5. Priorities' }),
    chartData: 'Appendix: the data behind the charts',
  };
  const register = new ChartRegister();
  const overviewChart = input.charts?.overview ? register.add(input.charts.overview) : undefined;
  const commentary = renderSectionCommentary(input.commentary, new Set(config.themes.map((t) => t.id)));
  const themes = themeSections({ config, figures, homeName, context, sectionNumber: '4', charts: input.charts?.byMeasure, register, commentary });
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
    summary: [
      ...keyFacts({ figures, config, homeName, yearLabels: { current: yearLabels[2], previous: yearLabels[1] } }),
      ...[spcConcernFact(config.measures, input.charts?.byMeasure)].filter((fact): fact is string => fact !== null),
    ],
    overview: overviewTable({ measures: config.measures, homeRows: rowsByMeasure(figures, config.area), homeName, context, countyAreaCount: config.county.areas.length }),
    themes,
    overviewChart,
    chartData: register.tables,
    methodology: methodology({ config, inputs: input.inputs, periodLabels, dataFolder: input.dataFolder }),
    glossary,
    ...(config.priorities === undefined ? {} : {
      priorities: prioritiesSection({ config, priorities: config.priorities, home: rowsByMeasure(figures, config.area), homeName, context, sectionNumber: '5', scores: input.priorityScores }),
    }),
    commentary: Object.fromEntries(commentary),
  };
  return { ...view, contents: contentsOf(view) };
}
