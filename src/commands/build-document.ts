import type { Browser } from 'puppeteer-core';
import { ChartSlots, type DrawnCharts } from '../charts/chart-slots.js';
import type { DrawSvg } from '../charts/draw.js';
import { computeFigures } from '../figures/compute-figures.js';
import { homeFiguresProblem } from '../figures/home-figures.js';
import { publishableInputs } from '../figures/disclosure.js';
import { figuresToCsv, figuresToJson } from '../figures/export-figures.js';
import { periodLabel, shortYearLabel } from '../ingest/periods.js';
import { yearChecks } from '../ingest/year-checks.js';
import type { AssessConfig, Figures, InputWarning } from '../model.js';
import { printDocument, type PrintedDocument } from '../pdf/print-pdf.js';
import type { OutputStage } from '../publish/stage.js';
import type { HtmlRenderer, TemplateSet } from '../render/render-html.js';
import { buildReport } from '../report/build-report.js';
import { unplacedCommentary } from '../report/commentary.js';
import { withPageNumbers } from '../report/contents.js';
import { figuresJsonSections } from '../report/figures-json-sections.js';
import { renderDocumentCharts, type DocumentCharts } from '../report/measure-charts.js';
import type { ReportView } from '../report/view-types.js';
import { version } from '../version.js';
import type { YearData } from './build-read.js';

/** One Strategic Assessment to make: the configuration says whose (config.area). */
export interface DocumentRequest {
  config: AssessConfig;
  year: number;
  data: YearData;
  dataDir: string;
  documentDate: string;
  /** Notes for the methodology about what this document leaves out, given its figures. */
  notes?: (figures: Figures) => string[];
  /** Another thread to draw the charts on. */
  drawElsewhere?: DrawSvg;
}

export interface PreparedDocument {
  config: AssessConfig;
  figures: Figures;
  charts: DocumentCharts;
  /**
   * The view's charts are empty slots of their size until these are drawn: started as soon as
   * the charts are known, and finished while the browser loads the document.
   */
  drawing: Promise<DrawnCharts>;
  view: ReportView;
  /** The figures as CSV and JSON, made once when first asked for: while the browser prints. */
  tables: () => { csv: string; json: string };
  warnings: InputWarning[];
  /** Short labels of N-2, N-1, N, e.g. "2023-24". */
  yearLabels: [string, string, string];
}

/** Figures, charts and the view-model of one document: everything but the browser. */
export async function prepareDocument(request: DocumentRequest): Promise<PreparedDocument> {
  const { config, year, data } = request;
  const figures = computeFigures({ config, year, annual: data.inputs.annual, population: data.inputs.population, wards: data.inputs.wards, published: data.inputs.published });
  const noHomeFigures = homeFiguresProblem(figures, config, year, request.dataDir);
  if (noHomeFigures !== undefined) throw noHomeFigures;
  const warnings = [...data.inputs.warnings, ...yearChecks(data.inputs, config, year), ...unplacedCommentary(data.commentary, config, figures)];
  const inputs = { ...data.inputs, warnings };
  const yearLabels = [year - 2, year - 1, year].map((y) => shortYearLabel(y, config.yearEndMonth)) as [string, string, string];
  const publishable = publishableInputs(inputs, config);
  const slots = new ChartSlots(undefined, request.drawElsewhere);
  const charts = await renderDocumentCharts({ config, figures, observations: publishable.observations, year, yearLabels }, slots.draw);
  const markdown = new Map([...data.commentary].map(([section, { markdown }]) => [section, markdown]));
  const view = buildReport({ config, figures, inputs: publishable, year, documentDate: request.documentDate, dataFolder: request.dataDir, charts, commentary: markdown, priorityScores: data.priorityScores });
  const notes = request.notes?.(figures) ?? [];
  const withNotes = notes.length === 0 ? view : { ...view, methodology: { ...view.methodology, notes: [...view.methodology.notes, ...notes] } };
  const drawing = slots.drawAll();
  // Awaited when the document is printed; a document that fails before then must not leave it unhandled.
  drawing.catch(() => undefined);
  let tables: { csv: string; json: string } | undefined;
  const made = (): { csv: string; json: string } => {
    const periodLabels = [year - 2, year - 1, year].map((y) => periodLabel(y, config.yearEndMonth));
    const sections = figuresJsonSections({ config, figures, charts, view: withNotes });
    return { csv: figuresToCsv(figures, config), json: figuresToJson(figures, config, { generator: `assess ${version}`, periodLabels, yearLabels }, sections) };
  };
  return { config, figures, charts, drawing, view: withNotes, tables: () => (tables ??= made()), warnings, yearLabels };
}

/** A warning as the summary lists it: the file it is about first. */
export function warningText(warning: InputWarning): string {
  return warning.file ? `${warning.file}: ${warning.message}` : warning.message;
}

export interface PrintSettings {
  templates: TemplateSet;
  render: HtmlRenderer;
  pdfDate: Date;
  /** Called just before the document is printed (the build's test hook). */
  beforePrint?: () => Promise<void>;
}

/** Prints a prepared document in a browser that may be printing others at the same time. */
export function printPrepared(browser: Browser, prepared: PreparedDocument, settings: PrintSettings): Promise<PrintedDocument> {
  const { view } = prepared;
  const render = (pages: ReadonlyMap<string, number>): string => settings.render(withPageNumbers(view, pages));
  let drawn: DrawnCharts | undefined;
  return printDocument(browser, {
    title: `${view.title} – ${view.partnership}`,
    draft: view.draft,
    renderHtml: (pages) => {
      if (drawn === undefined) throw new Error('the charts are rendered into the document before they are drawn');
      return drawn.fill(render(pages));
    },
    deferred: {
      renderDraft: render,
      finish: async () => {
        drawn = await prepared.drawing;
        return { fill: drawn.fill, edits: drawn.edits, sameLayout: drawn.sameBoxes };
      },
    },
    creationDate: settings.pdfDate,
    ...(settings.beforePrint ? { beforePrint: settings.beforePrint } : {}),
    whilePrinting: () => void prepared.tables(),
  });
}

/** The document itself, as PDF or HTML: strategic-assessment-2024.pdf. */
export function documentFileName(year: number, type: 'pdf' | 'html'): string {
  return `strategic-assessment-${year}.${type}`;
}

/**
 * Writes the four files of one document into `folder` of the outputs (undefined: the output folder
 * itself); the figures' JSON records what the document made of them. Returns their final paths.
 */
export async function writeDocument(stage: OutputStage, folder: string | undefined, year: number, prepared: PreparedDocument, printed: PrintedDocument): Promise<string[]> {
  const { csv, json } = prepared.tables();
  const files = [
    { name: documentFileName(year, 'pdf'), content: printed.pdf },
    { name: documentFileName(year, 'html'), content: printed.html },
    { name: 'figures.csv', content: csv },
    { name: 'figures.json', content: json },
  ];
  // Side by side: each is flushed to disk before it counts as written, and the flushes overlap.
  // Every write is settled before a failure is reported, so none is still going when the stage is discarded.
  const writes = await Promise.allSettled(files.map(({ name, content }) => stage.write(folder === undefined ? name : `${folder}/${name}`, content)));
  const failed = writes.find((write): write is PromiseRejectedResult => write.status === 'rejected');
  if (failed !== undefined) throw failed.reason;
  return writes.map((write) => stage.finalPath((write as PromiseFulfilledResult<{ file: string }>).value.file));
}
