import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { YEAR_MAPPINGS_FILE } from '../config/load-year-config.js';
import { byCodePoint, hashFile, sha256 } from './hash.js';

export interface HashedFile {
  file: string;
  size: number;
  sha256: string;
}

/** Where the cover date came from: "today" is the one source that changes by itself. */
export type DateSource = '--date' | 'document_date' | 'SOURCE_DATE_EPOCH' | 'today';

/** The choices of a build that change its outputs without being in a file. */
export interface BuildSettings {
  documentDate: string;
  documentDateFrom: DateSource;
  /** The date written into the PDF as its creation date (ISO 8601, UTC). */
  pdfDate: string;
  draft: boolean;
  allAreas: boolean;
}

export interface ConfigurationFingerprint {
  /** SHA-256 of the configuration file's bytes followed by the year's mappings.yaml, if any. */
  sha256: string;
  files: HashedFile[];
  /** Every file of the --templates (or templates:) folder; null with the bundled templates. */
  templates: HashedFile[] | null;
  settings: BuildSettings;
}

async function readOptional(file: string): Promise<Buffer | undefined> {
  return readFile(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
}

async function templateFiles(dir: string, prefix = ''): Promise<HashedFile[]> {
  const entries = await readdir(path.join(dir, prefix), { withFileTypes: true });
  const files: HashedFile[] = [];
  for (const entry of entries.sort((a, b) => byCodePoint(a.name, b.name))) {
    const name = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...(await templateFiles(dir, name)));
    else if (entry.isFile()) files.push({ file: name, ...(await hashFile(path.join(dir, name))) });
  }
  return files;
}

/**
 * The configuration a build used: the configuration file and the year's mappings (named by their
 * base name, so the fingerprint does not depend on where they are), the branding templates and
 * the settings given on the command line.
 */
export async function configurationFingerprint(input: { configFile: string; dataDir: string; templatesDir?: string; settings: BuildSettings }): Promise<ConfigurationFingerprint> {
  const config = await readFile(input.configFile);
  const mappings = await readOptional(path.join(input.dataDir, YEAR_MAPPINGS_FILE));
  const files: HashedFile[] = [{ file: path.basename(input.configFile), size: config.length, sha256: sha256(config) }];
  if (mappings !== undefined) files.push({ file: `${YEAR_MAPPINGS_FILE} (data folder)`, size: mappings.length, sha256: sha256(mappings) });
  return {
    sha256: sha256(Buffer.concat(mappings === undefined ? [config] : [config, mappings])),
    files,
    templates: input.templatesDir === undefined ? null : await templateFiles(input.templatesDir).catch(() => null),
    settings: input.settings,
  };
}
