import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadYearConfig, YEAR_MAPPINGS_FILE } from '../config/load-year-config.js';
import { displayPath } from '../display-path.js';
import { AssessError, ExitCode } from '../errors.js';
import { initTemplates } from '../ingest/init-templates.js';
import { makeFolder } from '../publish/make-folder.js';
import { yearPaths, type YearOptions } from './year-options.js';

/**
 * Last year's mappings.yaml (in the sibling folder named year - 1), to copy when the new folder
 * has none: partner layouts mostly carry over, so the analyst edits a copy rather than starts
 * again. Read before anything is written, so a copy that cannot be read stops init before it
 * has made half a folder. Undefined when there is none.
 */
async function readLastYearMappings(dataDir: string, year: number): Promise<Buffer | undefined> {
  const from = path.join(path.dirname(dataDir), String(year - 1), YEAR_MAPPINGS_FILE);
  try {
    return await readFile(from);
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
}

/** Writes last year's mappings into the new folder unless it has its own; the line for the output. */
async function copyMappings(dataDir: string, year: number, content: Buffer): Promise<string> {
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
  const lastYear = await readLastYearMappings(dataDir, year);
  // Level by level: Node's recursive mkdir can spin for ever under /proc.
  await makeFolder(dataDir).catch((error: unknown) => {
    throw new AssessError(`The data folder ${dataDir} cannot be made (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`, ExitCode.badInput, {
      location: { file: dataDir },
      found: error instanceof Error ? error.message : String(error),
      fix: 'Check the path given with --data, and that you may create folders there.',
    });
  });
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
  if (lastYear !== undefined) lines.push(await copyMappings(dataDir, year, lastYear));
  lines.push(`Next: read ${path.join(displayPath(dataDir, options.cwd), 'README.md')}, request the extracts, then run assess sources ${year}.`);
  return lines.join('\n') + '\n';
}
