import { loadYearConfig } from '../config/load-year-config.js';
import { displayPath } from '../display-path.js';
import { periodLabel } from '../ingest/periods.js';
import { inspectYearFolder } from '../ingest/read-year.js';
import { formatChecklist, sourceChecklist } from '../ingest/source-checklist.js';
import { yearPaths, type YearOptions } from './year-options.js';

/** assess sources <year>: the checklist of expected extracts, received or missing. */
export async function sources(options: YearOptions): Promise<string> {
  const { year, configFile, dataDir } = yearPaths(options);
  const config = await loadYearConfig(configFile, dataDir);
  const { inputs, problems } = await inspectYearFolder(dataDir, config, { env: options.env, ...(options.progress ? { progress: options.progress } : {}) });
  const header = `Sources for ${periodLabel(year, config.yearEndMonth)} in ${displayPath(dataDir, options.cwd)}:\n`;
  const footer = problems.length > 0 ? `\n${problems.length} file problem(s) stop a build: run assess validate ${year} to see them.\n` : '';
  return header + formatChecklist(sourceChecklist(config, inputs, year)) + footer;
}
