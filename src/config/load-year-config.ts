import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { AssessError, ExitCode } from '../errors.js';
import type { AssessConfig } from '../model.js';
import { loadConfig } from './load-config.js';
import { parseMappingsFile } from './parse-mappings-file.js';

/** The name of a year's own mappings file in its data folder. */
export const YEAR_MAPPINGS_FILE = 'mappings.yaml';

/** The text of the year's mappings file, or undefined when the folder has none. */
async function readYearMappings(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // No file (or no data folder yet, before `assess init`): the configuration's mappings apply.
    if (code === 'ENOENT') return undefined;
    throw new AssessError(`The mappings file cannot be read (${code ?? 'unknown error'})`, ExitCode.badInput, {
      location: { file },
      found: (error as Error).message,
      fix: `Check that ${YEAR_MAPPINGS_FILE} in the data folder is a readable YAML file.`,
    });
  }
}

/**
 * The configuration for one year's data folder: assess.config.yaml plus the folder's own
 * mappings.yaml when there is one. The year's mappings come first, so they win over the
 * configuration's for a file both match (the first matching mapping reads a file): a layout
 * that changed this year is described next to this year's files without editing the
 * configuration, and older years keep reading as before.
 */
export async function loadYearConfig(configFile: string, dataDir: string): Promise<AssessConfig> {
  const config = await loadConfig(configFile);
  if ((await stat(dataDir).catch(() => undefined))?.isDirectory() === false) {
    throw new AssessError(`The data folder ${dataDir} is a file, not a folder`, ExitCode.badInput, {
      location: { file: dataDir },
      expected: 'the folder that holds the year\'s extracts (data/<year> by default)',
      fix: 'Pass --data with the folder the file is in, or leave --data out to read data/<year>.',
    });
  }
  const file = path.join(dataDir, YEAR_MAPPINGS_FILE);
  const text = await readYearMappings(file);
  if (text === undefined) return config;
  // A BOM from Windows editors would otherwise become part of the first key.
  const yearMappings = parseMappingsFile(text.replace(/^\uFEFF/, ''), file, config.measures);
  const mappings = [...yearMappings, ...(config.mappings ?? [])];
  // Absent rather than empty, as parseConfig leaves it when nothing is mapped.
  return mappings.length === 0 ? config : { ...config, mappings };
}
