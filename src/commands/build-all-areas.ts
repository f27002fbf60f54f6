import type { Browser } from 'puppeteer-core';
import type { DrawSvg } from '../charts/draw.js';
import type { AssessConfig, Figures } from '../model.js';
import type { OutputStage } from '../publish/stage.js';
import { countySummaryCsv, countySummaryView, type DistrictDocument } from '../report/county-summary.js';
import { renderCountySummary } from '../report/county-summary-html.js';
import { documentFileName, prepareDocument, printPrepared, warningText, writeDocument, type PrintSettings } from './build-document.js';
import { countyDistricts, type District } from './build-district.js';
import { forEachLimited } from './build-parallel.js';
import type { YearData } from './build-read.js';

export interface CountyRequest {
  config: AssessConfig;
  year: number;
  data: YearData;
  dataDir: string;
  documentDate: string;
  templatesDir?: string;
  print: PrintSettings;
  /** Another thread to draw the charts on (DocumentRequest.drawElsewhere). */
  drawElsewhere?: DrawSvg;
  /** The run's browser, shared by every document. */
  browser: Browser;
  jobs: number;
  stage: OutputStage;
  log: (message: string) => void;
  progress?: (task: string, done: number, total: number) => void;
}

export interface DistrictBuilt {
  code: string;
  name: string;
  folder: string;
  home: boolean;
  pageCount: number;
  files: string[];
}

export interface CountyBuilt {
  districts: DistrictBuilt[];
  summaryFiles: string[];
  /** The home district's figures (the county's rows are the same in every district's). */
  figures: Figures;
  warnings: string[];
}

/** What another district's document is made from: the data read once, less the home district's own. */
function districtData(data: YearData, district: District): YearData {
  if (district.home) return data;
  const sources = data.inputs.sources.filter((source) => source !== data.prioritySource);
  return { inputs: { ...data.inputs, sources }, commentary: new Map() };
}

async function buildDistrict(request: CountyRequest, district: District): Promise<{ built: DistrictBuilt; figures: Figures; warnings: string[] }> {
  const prepared = await prepareDocument({ config: district.config, year: request.year, data: districtData(request.data, district), dataDir: request.dataDir, documentDate: request.documentDate, notes: district.notes, drawElsewhere: request.drawElsewhere });
  const printed = await printPrepared(request.browser, prepared, request.print);
  const files = await writeDocument(request.stage, district.folder, request.year, prepared, printed);
  const built = { code: district.code, name: district.name, folder: district.folder, home: district.home, pageCount: printed.pageCount, files };
  return { built, figures: prepared.figures, warnings: prepared.warnings.map(warningText) };
}

/**
 * assess build --all-areas: a Strategic Assessment for every district of the county, from one
 * read of the inputs and one browser, documents prepared and printed `jobs` at a time, and a
 * county summary of the headline measures beside them.
 */
export async function buildCounty(request: CountyRequest): Promise<CountyBuilt> {
  const districts = countyDistricts(request.config, request.data.inputs, request.data.commentary.size > 0);
  const results: Awaited<ReturnType<typeof buildDistrict>>[] = [];
  let done = 0;
  request.progress?.('Building district assessments', 0, districts.length);
  await forEachLimited(districts, request.jobs, async (district, index) => {
    results[index] = await buildDistrict(request, district);
    request.log(`${district.name}: ${results[index]!.built.pageCount} pages.`);
    request.progress?.('Building district assessments', ++done, districts.length);
  });
  const home = results.find((r) => r.built.home) ?? results[0]!;
  const documents: DistrictDocument[] = results.map(({ built }) => ({
    code: built.code,
    name: built.name,
    home: built.home,
    pageCount: built.pageCount,
    pdf: `${built.folder}/${documentFileName(request.year, 'pdf')}`,
    html: `${built.folder}/${documentFileName(request.year, 'html')}`,
  }));
  const summary = { config: request.config, figures: home.figures, year: request.year, documentDate: request.documentDate, districts: documents };
  const html = await request.stage.write(`county-summary-${request.year}.html`, await renderCountySummary(countySummaryView(summary), request.print.templates, request.templatesDir));
  const csv = await request.stage.write(`county-summary-${request.year}.csv`, countySummaryCsv(summary));
  return {
    districts: results.map((r) => r.built),
    summaryFiles: [html, csv].map((f) => request.stage.finalPath(f.file)),
    figures: home.figures,
    warnings: [...new Set(results.flatMap((r) => r.warnings))],
  };
}
