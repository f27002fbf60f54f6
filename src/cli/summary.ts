import path from 'node:path';
import { displayPath } from '../display-path.js';
import type { BuildResult } from '../commands/build.js';
import type { ValidateResult } from '../commands/validate.js';
import type { Summary } from './log-types.js';

/** The one line of a build that --if-changed found nothing to do for. */
function upToDateLine(result: BuildResult, cwd: string): string {
  return `${displayPath(result.outDir, cwd)} is up to date: no input, configuration or tool change since the last build.`;
}

/** The files of a build: each file of one document, or each district's folder of a county build. */
function writtenLines(result: BuildResult, relative: (file: string) => string): string[] {
  const manifest = result.manifest ? [`  ${relative(result.manifest)}`] : [];
  if (result.districts === undefined) return [...result.files.map((file) => `  ${relative(file)}${file.endsWith('.pdf') ? ` (${result.pageCount} pages)` : ''}`), ...manifest];
  // The county summary's files lie in the output folder itself; each district's, in its own folder.
  const summaries = result.files.filter((file) => path.dirname(file) === result.outDir);
  return [
    ...summaries.map((file) => `  ${relative(file)}`),
    ...result.districts.map((d) => `  ${relative(`${result.outDir}/${d.folder}`)}/: ${d.name}${d.home ? ' (home district)' : ''}, ${d.pageCount} pages`),
    ...manifest,
  ];
}

export function buildSummary(result: BuildResult, cwd: string): string {
  if (result.upToDate) return `${upToDateLine(result, cwd)}\n`;
  const relative = (file: string): string => displayPath(file, cwd);
  const heading = result.districts === undefined
    ? `Strategic Assessment written to ${relative(result.outDir)}/:`
    : `Strategic Assessments of ${result.districts.length} districts written to ${relative(result.outDir)}/ (${result.jobs ?? 1} at a time):`;
  const lines = [heading, ...writtenLines(result, relative), `${result.measureCount} measures, ${result.areaCount} areas.`];
  if (result.warnings.length > 0) {
    lines.push(`${result.warnings.length} data warning(s), listed in the document's methodology section:`);
    lines.push(...result.warnings.slice(0, 10).map((w) => `  - ${w}`));
    if (result.warnings.length > 10) lines.push(`  ... and ${result.warnings.length - 10} more`);
  }
  return lines.join('\n') + '\n';
}

/** The build's outcome for every log format; the JSON event gives paths in full. */
export function buildSummaryEvent(result: BuildResult, cwd: string): Summary {
  return {
    text: buildSummary(result, cwd),
    message: result.upToDate ? upToDateLine(result, cwd) : `Strategic Assessment written to ${displayPath(result.outDir, cwd)}/`,
    fields: {
      command: 'build',
      out_dir: result.outDir,
      files: result.files,
      pages: result.pageCount,
      measures: result.measureCount,
      areas: result.areaCount,
      warnings: result.warnings.length,
      // Only when they apply, so a plain build's event keeps its fields.
      ...(result.upToDate ? { up_to_date: true } : {}),
      ...(result.manifest ? { manifest: result.manifest } : {}),
      ...(result.districts ? { districts: result.districts.map((d) => ({ code: d.code, name: d.name, folder: d.folder, pages: d.pageCount })), jobs: result.jobs ?? 1 } : {}),
    },
  };
}

/** validate prints its report on stdout; only the JSON log repeats the counts. */
export function validateSummaryEvent(result: ValidateResult): Summary {
  return {
    text: '',
    message: `Validation: ${result.errors} error(s), ${result.warnings} warning(s)`,
    fields: { command: 'validate', errors: result.errors, warnings: result.warnings },
  };
}
