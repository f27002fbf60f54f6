import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadYearConfig, YEAR_MAPPINGS_FILE } from '../config/load-year-config.js';
import { displayPath } from '../display-path.js';
import { AssessError, ExitCode } from '../errors.js';
import { initTemplates } from '../ingest/init-templates.js';
import { yearPaths, type YearOptions } from './year-options.js';

/**
 * Last year's mappings.yaml (in the sibling folder named year - 1), copied when the new folder
 * has none: partner layouts mostly carry over, so the analyst edits a copy rather than starts
 * again. The line for the output, or undefined when there was nothing to copy.
 */
async function copyLastYearMappings(dataDir: string, year: number): Promise<string | undefined> {
  const from = path.join(path.dirname(dataDir), String(year - 1), YEAR_MAPPINGS_FILE);
  let content: Buffer;
  try {
    content = await readFile(from);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    // A folder in its place, permissions: the analyst's to fix, not a bug.
    throw new AssessError(`Last year's ${YEAR_MAPPINGS_FILE} cannot be read (${code ?? 'unknown error'})`, ExitCode.badInput, {
      location: { file: from },
      found: (error as Error).message,
      fix: `Check that ${from} is a readable file, or remove it.`,
    });
  }
  try {
    // 'wx': a mappings.yaml already edited for this year is never overwritten.
    await writeFile(path.join(dataDir, YEAR_MAPPINGS_FILE), content, { flag: 'wx' });
    return `  copied  ${YEAR_MAPPINGS_FILE} from ${year - 1}`;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return `  kept    ${YEAR_MAPPINGS_FILE} (already there)`;
  }
}

/**
 * assess init <year>: prepares the year's data folder. Files that already exist are kept, so
 * running it again never destroys an extract that has arrived.
 */
export async function init(options: YearOptions): Promise<string> {
  const { year, configFile, dataDir } = yearPaths(options);
  const config = await loadYearConfig(configFile, dataDir);
  await mkdir(dataDir, { recursive: true });
  const lines = [`Prepared ${displayPath(dataDir, options.cwd)}:`];
  for (const file of initTemplates(config, year)) {
    const target = path.join(dataDir, file.name);
    try {
      await writeFile(target, file.content, { flag: 'wx' });
      lines.push(`  created ${file.name}`);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      lines.push(`  kept    ${file.name} (already there)`);
    }
  }
  const copied = await copyLastYearMappings(dataDir, year);
  if (copied !== undefined) lines.push(copied);
  lines.push(`Next: read ${path.join(displayPath(dataDir, options.cwd), 'README.md')}, request the extracts, then run assess sources ${year}.`);
  return lines.join('\n') + '\n';
}
