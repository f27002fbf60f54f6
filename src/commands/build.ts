import path from 'node:path';
import { loadYearConfig } from '../config/load-year-config.js';
import { displayPath } from '../display-path.js';
import { AssessError, ExitCode } from '../errors.js';
import { computeFigures } from '../figures/compute-figures.js';
import { publishableInputs } from '../figures/disclosure.js';
import { figuresToCsv, figuresToJson } from '../figures/export-figures.js';
import { periodLabel, shortYearLabel } from '../ingest/periods.js';
import { readCommentary } from '../ingest/read-commentary.js';
import { readPriorityScores } from '../ingest/read-priority-scores.js';
import { readYearFolder } from '../ingest/read-year.js';
import { yearChecks } from '../ingest/year-checks.js';
import { renderPdf } from '../pdf/render-pdf.js';
import { writeOutputs } from '../publish/write-outputs.js';
import { loadTemplateSet } from '../render/load-assets.js';
import { createRenderer } from '../render/render-html.js';
import { buildReport } from '../report/build-report.js';
import { commentarySections, unplacedCommentary } from '../report/commentary.js';
import { withPageNumbers } from '../report/contents.js';
import { renderDocumentCharts } from '../report/measure-charts.js';
import { version } from '../version.js';
import { yearPaths, type YearOptions } from './year-options.js';

export interface BuildOptions extends YearOptions {
  out?: string;
  templates?: string;
  browser?: string;
  /** YYYY-MM-DD printed on the cover. */
  date?: string;
  draft?: boolean;
}

export interface BuildResult {
  outDir: string;
  files: string[];
  pageCount: number;
  measureCount: number;
  areaCount: number;
  warnings: string[];
}

function documentDate(option: string | undefined, configured: string | undefined): string {
  const date = option ?? configured ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) {
    throw new AssessError(`"${date}" is not a date`, ExitCode.badInput, { found: date, expected: 'a date written YYYY-MM-DD', fix: 'Pass --date 2024-11-20' });
  }
  return date;
}

/** assess build <year>: data folder -> figures -> document -> out/<year>/. */
export async function build(options: BuildOptions): Promise<BuildResult> {
  const { year, configFile, dataDir } = yearPaths(options);
  const resolve = (p: string): string => path.resolve(options.cwd, p);
  const outDir = resolve(options.out ?? path.join('out', String(year)));

  // 1. Read and check every input before anything is written.
  const config = await loadYearConfig(configFile, dataDir);
  if (options.draft) config.draft = true;
  const date = documentDate(options.date, config.documentDate);
  options.log(`Reading ${displayPath(dataDir, options.cwd)} ...`);
  const inputs = await readYearFolder(dataDir, config);
  inputs.warnings.push(...yearChecks(inputs, config, year));
  const priorityScores = await readPriorityScores(dataDir, config);
  // Listed with the other information sources in the methodology.
  if (priorityScores !== undefined) inputs.sources.push(priorityScores.source);
  const commentary = await readCommentary(dataDir, commentarySections(config));
  options.log(`Read ${inputs.observations.length.toLocaleString('en-GB')} values from ${inputs.sources.length} files.`);

  // 2. Figures and the document's view-model: pure.
  const figures = computeFigures({ config, year, annual: inputs.annual, population: inputs.population, wards: inputs.wards, published: inputs.published });
  if (!figures.rows.some((r) => r.areaCode === config.area && r.value !== null)) {
    throw new AssessError(`No figures for the home area ${config.area} in ${periodLabel(year, config.yearEndMonth)}`, ExitCode.badInput, {
      fix: `Check that the data in ${dataDir} covers the assessment year ${year} (year_end_month ${config.yearEndMonth}) and uses area code ${config.area}.`,
    });
  }
  options.log('Drawing the charts ...');
  const yearLabels = [year - 2, year - 1, year].map((y) => shortYearLabel(y, config.yearEndMonth)) as [string, string, string];
  inputs.warnings.push(...unplacedCommentary(commentary, config, figures));
  const publishable = publishableInputs(inputs, config);
  const charts = await renderDocumentCharts({ config, figures, observations: publishable.observations, year, yearLabels });
  const markdown = new Map([...commentary].map(([section, { markdown }]) => [section, markdown]));
  const view = buildReport({ config, figures, inputs: publishable, year, documentDate: date, dataFolder: dataDir, charts, commentary: markdown, priorityScores: priorityScores?.scores });

  // 3. HTML and PDF.
  const templatesDir = options.templates ? resolve(options.templates) : config.templates;
  const templates = await loadTemplateSet(templatesDir);
  const render = createRenderer(templates);
  options.log('Printing the PDF ...');
  const printed = await renderPdf(
    { title: `${view.title} – ${view.partnership}`, draft: config.draft, fontFaceCss: templates.fontCss, renderHtml: (pages) => render(withPageNumbers(view, pages)) },
    { browserPath: options.browser, env: options.env, log: options.log },
  );

  // 4. Publish all outputs together.
  const periodLabels = [year - 2, year - 1, year].map((y) => periodLabel(y, config.yearEndMonth));
  const files = await writeOutputs(outDir, [
    { name: `strategic-assessment-${year}.pdf`, content: printed.pdf },
    { name: `strategic-assessment-${year}.html`, content: printed.html },
    { name: 'figures.csv', content: figuresToCsv(figures, config) },
    { name: 'figures.json', content: figuresToJson(figures, config, { generator: `assess ${version}`, periodLabels }) },
  ]);
  return {
    outDir,
    files,
    pageCount: printed.pageCount,
    measureCount: new Set(figures.rows.map((r) => r.measure)).size,
    areaCount: new Set(figures.rows.filter((r) => r.kind === 'area').map((r) => r.areaCode)).size,
    warnings: inputs.warnings.map((w) => (w.file ? `${w.file}: ${w.message}` : w.message)),
  };
}
