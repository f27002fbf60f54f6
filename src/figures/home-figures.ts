import { AssessError, ExitCode } from '../errors.js';
import { periodLabel } from '../ingest/periods.js';
import type { AssessConfig, Figures } from '../model.js';

/**
 * A document needs at least one figure for its home district in the assessment year: none means
 * the extracts are of another year or another area code. Checked by the build before drawing
 * anything, and by validate, so that "Ready to build" is true.
 */
export function homeFiguresProblem(figures: Figures, config: AssessConfig, year: number, dataDir: string): AssessError | undefined {
  if (figures.rows.some((r) => r.areaCode === config.area && r.value !== null)) return undefined;
  return new AssessError(`No figures for the home area ${config.area} in ${periodLabel(year, config.yearEndMonth)}`, ExitCode.badInput, {
    fix: `Check that the data in ${dataDir} covers the assessment year ${year} (year_end_month ${config.yearEndMonth}) and uses area code ${config.area}.`,
  });
}
