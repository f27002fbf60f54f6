import { availableParallelism } from 'node:os';
import path from 'node:path';
import { ChartThread } from '../charts/chart-thread.js';
import type { DrawSvg } from '../charts/draw.js';
import { loadYearConfig } from '../config/load-year-config.js';
import { buildFingerprint } from '../manifest/build-fingerprint.js';
import { byCodePoint } from '../manifest/hash.js';
import { createManifest, describeInputs, manifestJson, MANIFEST_FILE } from '../manifest/manifest.js';
import { reasonToBuild } from '../manifest/up-to-date.js';
import type { AssessConfig, Figures } from '../model.js';
import { documentDates } from '../pdf/document-dates.js';
import { openBrowser, type OpeningBrowser } from '../pdf/render-pdf.js';
import { lockOutputs } from '../publish/lock.js';
import { recoverInterrupted } from '../publish/recover.js';
import { checkOutputFolder } from '../publish/check-output-folder.js';
import { OutputStage } from '../publish/stage.js';
import { loadTemplateSet } from '../render/load-assets.js';
import { createRenderer } from '../render/render-html.js';
import { asStopped, onStopRequest, silencedByStop, unlessStopped } from '../stop-requests.js';
import { buildCounty } from './build-all-areas.js';
import { prepareDocument, printPrepared, warningText, writeDocument, type PrintSettings } from './build-document.js';
import { jobsFor } from './build-parallel.js';
import { pauseHook, type Pause } from './build-pause.js';
import { readYearData, type YearData } from './build-read.js';
import { yearPaths, type YearOptions } from './year-options.js';

export interface BuildOptions extends YearOptions {
  out?: string;
  templates?: string;
  browser?: string;
  /** YYYY-MM-DD printed on the cover. */
  date?: string;
  draft?: boolean;
  /** Do nothing when the last build's manifest shows no input, configuration or tool change. */
  ifChanged?: boolean;
  /** One assessment for every district of the county, and a county summary. */
  allAreas?: boolean;
  /** With allAreas: documents prepared and printed at once (default: processors, at most 4). */
  jobs?: string | number;
  /** Aborted to stop the build (Ctrl-C): it stops cleanly, leaving the previous outputs as they were. */
  signal?: AbortSignal;
}

export interface BuildResult {
  outDir: string;
  files: string[];
  pageCount: number;
  measureCount: number;
  areaCount: number;
  warnings: string[];
  /** The manifest written with the outputs (not among `files`). */
  manifest?: string;
  /** --if-changed found no input, configuration or tool change: nothing was read or written. */
  upToDate?: boolean;
  /** With --all-areas: each district's document. */
  districts?: { code: string; name: string; folder: string; pageCount: number; home: boolean }[];
  jobs?: number;
}

function counts(figures: Figures): Pick<BuildResult, 'measureCount' | 'areaCount'> {
  return {
    measureCount: new Set(figures.rows.map((r) => r.measure)).size,
    areaCount: new Set(figures.rows.filter((r) => r.kind === 'area').map((r) => r.areaCode)).size,
  };
}

interface Job {
  options: BuildOptions;
  year: number;
  config: AssessConfig;
  data: YearData;
  dataDir: string;
  documentDate: string;
  templatesDir?: string;
  print: PrintSettings;
  /** Another thread to draw the charts on (DocumentRequest.drawElsewhere). */
  drawElsewhere?: DrawSvg;
  stage: OutputStage;
  pause: Pause;
  browser: OpeningBrowser;
}

/** The configured district's assessment. */
async function buildHome(job: Job): Promise<Omit<BuildResult, 'outDir'>> {
  const { options, year, data } = job;
  options.log('Drawing the charts ...');
  const prepared = await prepareDocument({ config: job.config, year, data, dataDir: job.dataDir, documentDate: job.documentDate, drawElsewhere: job.drawElsewhere });
  options.log('Printing the PDF ...');
  // Two steps (the document loaded with its charts drawn, then printed): a few seconds a person at a terminal should see moving.
  const passes = (done: number): void => options.progress?.('Printing the PDF', done, 2);
  passes(0);
  const browser = await job.browser.wanted();
  const printed = await printPrepared(browser, prepared, {
    ...job.print,
    beforePrint: async () => {
      passes(1);
      await job.pause('printing', `browser process ${browser.process()?.pid}`);
    },
  });
  passes(2);
  const files = await writeDocument(job.stage, undefined, year, prepared, printed);
  return { files, pageCount: printed.pageCount, ...counts(prepared.figures), warnings: prepared.warnings.map(warningText) };
}

/** Every district of the county, and the county summary. */
async function buildAll(job: Job, jobs: number): Promise<Omit<BuildResult, 'outDir'>> {
  const { options, year, data } = job;
  options.log(`Building the assessment of every district of ${job.config.county.name}, ${jobs} at a time ...`);
  const browser = await job.browser.wanted();
  const print = { ...job.print, beforePrint: () => job.pause('printing', `browser process ${browser.process()?.pid}`) };
  const county = await buildCounty({
    config: job.config, year, data, dataDir: job.dataDir, documentDate: job.documentDate, templatesDir: job.templatesDir, print, drawElsewhere: job.drawElsewhere,
    browser, jobs, stage: job.stage,
    log: options.log, ...(options.progress ? { progress: options.progress } : {}),
  });
  return {
    files: [...county.summaryFiles, ...county.districts.flatMap((d) => d.files)],
    pageCount: county.districts.reduce((sum, d) => sum + d.pageCount, 0),
    ...counts(county.figures),
    warnings: county.warnings,
    districts: county.districts.map(({ code, name, folder, pageCount, home }) => ({ code, name, folder, pageCount, home })),
    jobs,
  };
}

/**
 * assess build <year>: data folder -> figures -> document -> out/<year>/, under the folder's lock,
 * written beside it and swapped in whole with its manifest; or nothing at all with --if-changed
 * when the manifest shows nothing has changed.
 */
export async function build(options: BuildOptions): Promise<BuildResult> {
  const { year, configFile, dataDir } = yearPaths(options);
  const resolve = (p: string): string => path.resolve(options.cwd, p);
  const outDir = resolve(options.out ?? path.join('out', String(year)));
  const config = await loadYearConfig(configFile, dataDir);
  if (options.draft) config.draft = true;
  const dates = documentDates(options.date, config.documentDate, options.env);
  const jobs = jobsFor(options.allAreas === true, options.jobs);
  const templatesDir = options.templates ? resolve(options.templates) : config.templates;
  await checkOutputFolder(outDir, { dataDir, configFile, cwd: options.cwd, ...(templatesDir ? { templatesDir } : {}) });
  const settings = { documentDate: dates.documentDate, documentDateFrom: dates.documentDateFrom, pdfDate: dates.pdfDate.toISOString(), draft: config.draft, allAreas: options.allAreas === true };
  // Hashed before reading: a file changed while the build runs is then seen as changed by the next --if-changed.
  const fingerprint = await buildFingerprint({ year, configFile, dataDir, ...(templatesDir ? { templatesDir } : {}), settings });
  const { signal } = options;
  const pause = pauseHook(options.env, options.log, signal);

  const lock = await lockOutputs(outDir, { log: options.log });
  try {
    await recoverInterrupted(outDir, options.log);
    if (options.ifChanged) {
      const reason = await reasonToBuild(outDir, fingerprint);
      if (reason === undefined) return { outDir, files: [], pageCount: 0, measureCount: 0, areaCount: 0, warnings: [], upToDate: true, manifest: path.join(outDir, MANIFEST_FILE) };
      options.log(`Building: ${reason}.`);
    }
    const stage = await OutputStage.open(outDir);
    // Started now, so it is ready when the document is: launching takes as long as reading a year.
    const browser = openBrowser({ browserPath: options.browser, env: options.env, log: options.log, signal });
    let chartThread: ChartThread | undefined;
    // Closing the browser and the chart thread is what stops a print, or a drawing, under way.
    const forgetStop = onStopRequest(signal, () => void Promise.all([browser.close(), chartThread?.close()]).catch(() => undefined));
    try {
      chartThread = ChartThread.start(availableParallelism());
      await pause('reading');
      signal?.throwIfAborted();
      const templates = await loadTemplateSet(templatesDir);
      const reading = { ...options, log: silencedByStop(options.log, signal), ...(options.progress ? { progress: silencedByStop(options.progress, signal) } : {}) };
      const data = await unlessStopped(readYearData(dataDir, config, reading), signal);
      const job = { options, year, config, data, dataDir, documentDate: dates.documentDate, templatesDir, print: { templates, render: createRenderer(templates), pdfDate: dates.pdfDate }, drawElsewhere: chartThread?.draw, stage, pause, browser };
      const built = options.allAreas ? await buildAll(job, jobs) : await buildHome(job);
      signal?.throwIfAborted();
      const outputs = [...stage.files].sort((a, b) => byCodePoint(a.file, b.file));
      await stage.write(MANIFEST_FILE, manifestJson(createManifest(fingerprint, describeInputs(fingerprint.inputs, data.inputs), outputs)));
      await pause('staged');
      // The last point to stop at: a swap once begun is finished, so out/<year> is always whole.
      signal?.throwIfAborted();
      await stage.commit(pause);
      return { outDir, ...built, manifest: stage.finalPath(MANIFEST_FILE) };
    } catch (error) {
      await stage.discard();
      throw asStopped(error, signal, `nothing was written, and ${outDir} is as it was`);
    } finally {
      forgetStop();
      await Promise.all([browser.close(), chartThread?.close()]);
    }
  } finally {
    await lock.release();
  }
}
