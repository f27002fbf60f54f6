import { loadYearConfig } from '../config/load-year-config.js';
import { displayPath } from '../display-path.js';
import { AssessError, ExitCode, formatProblem } from '../errors.js';
import { periodLabel } from '../ingest/periods.js';
import { readCommentary } from '../ingest/read-commentary.js';
import { readPriorityScores } from '../ingest/read-priority-scores.js';
import { inspectYearFolder } from '../ingest/read-year.js';
import { commentarySections } from '../report/commentary.js';
import { yearChecks } from '../ingest/year-checks.js';
import { computeFigures } from '../figures/compute-figures.js';
import { homeFiguresProblem } from '../figures/home-figures.js';
import type { InputWarning } from '../model.js';
import { yearPaths, type YearOptions } from './year-options.js';

export interface ValidateResult {
  report: string;
  errors: number;
  warnings: number;
}

function formatWarning(warning: InputWarning, cwd: string): string {
  const where = warning.file ? `${displayPath(warning.file, cwd)}${warning.line ? `:${warning.line}` : ''}: ` : '';
  return `${where}${warning.message}`;
}

/**
 * assess validate <year>: reads everything a build would (data, scoring sheet, commentary) and
 * reports every error and warning at once. The same reading and checks run at the start of every build.
 */
export async function validate(options: YearOptions): Promise<ValidateResult> {
  const { year, configFile, dataDir } = yearPaths(options);
  const config = await loadYearConfig(configFile, dataDir);
  const { inputs, problems } = await inspectYearFolder(dataDir, config, { env: options.env, ...(options.progress ? { progress: options.progress } : {}) });
  // The build also reads the scoring sheet and the commentary: their problems would stop it too.
  const keep = (error: unknown): undefined => {
    if (!(error instanceof AssessError)) throw error;
    problems.push(error);
    return undefined;
  };
  const scores = await readPriorityScores(dataDir, config).catch(keep);
  if (scores !== undefined) inputs.sources.push(scores.source);
  await readCommentary(dataDir, commentarySections(config)).catch(keep);
  if (problems.length === 0) {
    // As the build does before drawing anything: figures need clean inputs, so only then.
    const figures = computeFigures({ config, year, annual: inputs.annual, population: inputs.population, wards: inputs.wards, published: inputs.published });
    const noHomeFigures = homeFiguresProblem(figures, config, year, dataDir);
    if (noHomeFigures !== undefined) problems.push(noHomeFigures);
  }
  const warnings = problems.length === 0 ? [...inputs.warnings, ...yearChecks(inputs, config, year)] : inputs.warnings;
  const errors = problems.flatMap((p) => (p.related.length > 0 ? p.related : [p]));
  const lines = [
    `Checked ${displayPath(dataDir, options.cwd)} with ${displayPath(configFile, options.cwd)} for ${periodLabel(year, config.yearEndMonth)}.`,
    `Read ${inputs.sources.length} files (${inputs.observations.length.toLocaleString('en-GB')} values); ignored ${inputs.ignoredFiles.length}.`,
  ];
  for (const ignored of inputs.ignoredFiles) lines.push(`  ignored ${ignored.file}: ${ignored.reason}`);
  if (errors.length > 0) lines.push('', `Errors (${errors.length}):`, ...errors.map((e) => formatProblem(e).replace(/^/gm, '  ')));
  if (warnings.length > 0) lines.push('', `Warnings (${warnings.length}):`, ...warnings.map((w) => `  ${formatWarning(w, options.cwd)}`));
  lines.push('', `Result: ${errors.length} error${errors.length === 1 ? '' : 's'}, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}.${errors.length > 0 ? ' Fix the errors, then run assess validate again.' : ' Ready to build.'}`);
  return { report: lines.join('\n') + '\n', errors: errors.length, warnings: warnings.length };
}

/** The error that makes `validate` exit 2 once its report has been printed. */
export function validationFailed(result: ValidateResult): AssessError {
  return new AssessError(`validation found ${result.errors} error${result.errors === 1 ? '' : 's'} (listed above)`, ExitCode.badInput);
}
