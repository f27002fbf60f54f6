import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { COMMENTARY_FOLDER } from '../ingest/read-commentary.js';
import { mapInParallel } from '../ingest/in-parallel.js';
import { listDataFolder, splitZip } from '../ingest/list-inputs.js';
import { byCodePoint, hashFile } from './hash.js';

/** A file of the data folder that a build reads, as it is on disk. */
export interface InputFile {
  /** Path relative to the data folder, with forward slashes; an archive is one file. */
  file: string;
  size: number;
  sha256: string;
}

/** The file on disk a listed CSV comes from: the archive for a CSV inside a .zip. */
export function fileOnDisk(listed: string): string {
  return splitZip(listed)?.archive.join('/') ?? listed;
}

/** The analyst's commentary files: every file of the folder, since a stray one stops the build too. */
async function commentaryFiles(dataDir: string): Promise<string[]> {
  const dir = path.join(dataDir, COMMENTARY_FOLDER);
  if (!(await stat(dir).catch(() => undefined))?.isDirectory()) return [];
  const entries = await readdir(dir, { withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && !entry.name.startsWith('.')).map((entry) => `${COMMENTARY_FOLDER}/${entry.name}`);
}

/**
 * A name that is not a readable regular file (a pipe would never finish) is not hashed: ingest
 * reports it, in the analyst's terms, when the build reads it.
 */
async function hashInput(file: string): Promise<{ size: number; sha256: string }> {
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) return { size: -1, sha256: 'not a readable file' };
  return hashFile(file).catch(() => ({ size: -1, sha256: 'not a readable file' }));
}

/**
 * Every file of the data folder that a build reads (the CSVs and archives ingest lists, and the
 * commentary), hashed before anything is parsed: `--if-changed` decides from this alone.
 * The names are relative to the folder, so the list does not depend on where the folder is.
 */
export async function listInputFiles(dataDir: string): Promise<InputFile[]> {
  const listed = await listDataFolder(dataDir);
  const names = new Set(listed.csv.map(fileOnDisk));
  // An archive that cannot be listed is hashed whole: reading then reports it beside the other files' problems.
  for (const archive of listed.unreadable) names.add(archive.name);
  for (const name of await commentaryFiles(dataDir)) names.add(name);
  return mapInParallel([...names].sort(byCodePoint), async (file) => ({ file, ...(await hashInput(path.join(dataDir, ...file.split('/')))) }));
}
