/** assess diff <a> <b>: two builds' figures -> what changed, on the terminal or in a file. */
import path from 'node:path';
import { displayPath } from '../display-path.js';
import { compareBuilds } from '../diff/compare.js';
import { diffReport } from '../diff/diff-report.js';
import { diffCsv } from '../diff/format/csv.js';
import { diffHtml, diffPdf } from '../diff/format/html.js';
import { diffJson } from '../diff/format/json.js';
import { markdownText } from '../diff/format/markdown.js';
import { DIFF_EXTENSIONS, DIFF_FORMATS, type DiffFormat } from '../diff/format/names.js';
import { terminalText, useColour } from '../diff/format/terminal.js';
import { buildLocation, readBuild, type BuildFolder } from '../diff/read-build.js';
import type { DiffReport } from '../diff/report-types.js';
import type { FigureDiff } from '../diff/types.js';
import { writeWhole } from '../diff/write-file.js';
import { AssessError, ExitCode } from '../errors.js';
import { asStopped } from '../stop-requests.js';
import { isWithin } from '../path-within.js';

export interface DiffOptions {
  /** The earlier and the later build: a year (out/<year>) or an output folder. */
  before: string;
  after: string;
  format?: DiffFormat;
  /** A file to write, or - for stdout. */
  out?: string;
  browser?: string;
  /** A council's branding folder (--templates), for the html and pdf papers. */
  templates?: string;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** stdout is a terminal: the text table may be coloured. */
  outIsTTY?: boolean;
  writeOut: (text: string) => void;
  log: (message: string) => void;
  /** Aborted to stop (Ctrl-C): nothing is written. */
  signal?: AbortSignal;
}

export interface DiffResult {
  differences: number;
  /** The file written; absent when the diff went to stdout. */
  file?: string;
  pageCount?: number;
  /** One line saying the outcome. */
  message: string;
}

/** --format, else the extension of --out (changes.md), else the terminal table. */
export function formatOf(format: DiffFormat | undefined, out: string | undefined): DiffFormat {
  if (format !== undefined) return format;
  const extension = out === undefined ? '' : path.extname(out).slice(1).toLowerCase();
  return DIFF_FORMATS.find((f) => DIFF_EXTENSIONS[f] === extension) ?? 'text';
}

/** out/diff-2023-2024.pdf; a folder contributes its name (out/2024-march -> 2024-march). */
export function defaultFile(options: Pick<DiffOptions, 'before' | 'after' | 'cwd'>, format: DiffFormat): string {
  // A figures.json given as a file is named by its folder: out/2024/figures.json -> 2024.
  const name = (argument: string) => {
    const location = buildLocation(argument, options.cwd);
    return path.basename(/\.json$/i.test(location) ? path.dirname(location) : location);
  };
  return path.resolve(options.cwd, 'out', `diff-${name(options.before)}-${name(options.after)}.${DIFF_EXTENSIONS[format]}`);
}

async function rendered(format: Exclude<DiffFormat, 'pdf'>, diff: FigureDiff, report: DiffReport, colour: boolean, templatesDir: string | undefined): Promise<string> {
  switch (format) {
    case 'text': return terminalText(report, colour);
    case 'md': return markdownText(report);
    case 'csv': return diffCsv(diff);
    case 'json': return diffJson(diff);
    case 'html': return (await diffHtml(report, templatesDir)).html;
  }
}

/**
 * A build's folder is replaced whole by its next build, and its figures.json is what diff reads:
 * a diff written into one would be deleted next year, or overwrite the build it compares.
 */
function refuseInsideBuild(file: string, shown: string, builds: readonly BuildFolder[], cwd: string): void {
  if (builds.some((build) => build.source.file === file)) {
    throw new AssessError(`${shown} is one of the two builds compared`, ExitCode.badInput, {
      found: `--out ${shown}`,
      expected: 'a file other than the figures.json files compared',
      fix: 'Pass --out with another file (by default out/diff-<a>-<b>.<format>), or - for the terminal.',
    });
  }
  const folder = builds.map((build) => build.source.outputFolder).find((dir) => dir !== undefined && file !== dir && isWithin(file, dir));
  if (folder === undefined) return;
  throw new AssessError(`${shown} is inside the build folder ${displayPath(folder, cwd)}, which assess build replaces whole`, ExitCode.badInput, {
    found: `--out ${shown}`,
    expected: 'a file outside the output folders of the builds compared',
    fix: 'Pass --out with a file elsewhere (by default out/diff-<a>-<b>.<format>), or - for the terminal.',
  });
}

export async function diff(options: DiffOptions): Promise<DiffResult> {
  const format = formatOf(options.format, options.out);
  if (format === 'pdf' && options.out === '-') {
    throw new AssessError('A PDF is not written to the terminal', ExitCode.badInput, { found: '--format pdf --out -', expected: 'a file name for the PDF', fix: 'Pass --out what-changed.pdf, or leave --out out to write out/diff-<a>-<b>.pdf.' });
  }
  if (options.templates !== undefined && format !== 'html' && format !== 'pdf') {
    throw new AssessError('--templates brands the html and pdf papers only', ExitCode.badInput, { found: `--templates ${options.templates} with --format ${format}`, expected: '--format html or --format pdf (or an --out ending .html or .pdf)', fix: `Add --format pdf, or leave --templates out for the ${format} format.` });
  }
  const templatesDir = options.templates === undefined ? undefined : path.resolve(options.cwd, options.templates);
  const [before, after] = await Promise.all([readBuild(options.before, options.cwd), readBuild(options.after, options.cwd)]);
  options.signal?.throwIfAborted();
  const figureDiff = compareBuilds(before, after);
  const report = diffReport(figureDiff);
  const toStdout = options.out === '-' || (options.out === undefined && format === 'text');
  if (toStdout) {
    options.writeOut(await rendered(format as Exclude<DiffFormat, 'pdf'>, figureDiff, report, format === 'text' && useColour(options.outIsTTY, options.env), templatesDir));
    return { differences: report.differences, message: report.summary };
  }
  const file = options.out === undefined ? defaultFile(options, format) : path.resolve(options.cwd, options.out);
  const shown = displayPath(file, options.cwd);
  refuseInsideBuild(file, shown, [before, after], options.cwd);
  let pageCount: number | undefined;
  let content: string | Uint8Array;
  if (format === 'pdf') {
    options.log('Printing the PDF ...');
    try {
      ({ pdf: content, pageCount } = await diffPdf(report, { browserPath: options.browser, env: options.env, log: options.log, signal: options.signal }, templatesDir));
      options.signal?.throwIfAborted();
    } catch (error) {
      throw asStopped(error, options.signal, `${shown} was not written`);
    }
  } else {
    content = await rendered(format, figureDiff, report, false, templatesDir);
  }
  await writeWhole(file, content, shown);
  return { differences: report.differences, file, pageCount, message: `${shown}${pageCount === undefined ? '' : ` (${pageCount} page${pageCount === 1 ? '' : 's'})`}: ${report.summary}` };
}
