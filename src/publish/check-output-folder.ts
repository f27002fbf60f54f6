import { lstat, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { AssessError, ExitCode } from '../errors.js';
import { MANIFEST_FILE } from '../manifest/manifest.js';

/** What a build reads, and so must never replace. */
export interface KeptPaths {
  dataDir: string;
  configFile: string;
  templatesDir?: string;
  /** The folder the command was run from: the project. */
  cwd: string;
}

const FIX = 'Pass --out with a new or empty folder, or with one that holds an earlier build\'s outputs (out/2024 by default).';

const within = (inner: string, outer: string): boolean => inner === outer || inner.startsWith(outer.endsWith(path.sep) ? outer : outer + path.sep);

function refuse(message: string, outDir: string, found: string): AssessError {
  return new AssessError(message, ExitCode.badInput, { location: { file: outDir }, found, expected: 'a new or empty folder, or one holding an earlier build\'s outputs', fix: FIX });
}

/** The files a build writes, and the district folders of a county batch, by name. */
const OUTPUT_FILE = /^(?:figures\.(?:csv|json)|manifest\.json|strategic-assessment-\d{4}\.(?:pdf|html)|county-summary-\d{4}\.(?:csv|html))$/;
const DISTRICT_FOLDER = /^[A-Z]\d{8}-[a-z0-9-]+$/;

/** Whether every entry is a file a build writes (a district folder holding only such files). */
async function onlyOutputNames(dir: string, depth = 0): Promise<boolean> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => undefined);
  if (entries === undefined) return false;
  for (const entry of entries) {
    if (entry.isFile() && OUTPUT_FILE.test(entry.name)) continue;
    if (depth === 0 && entry.isDirectory() && DISTRICT_FOLDER.test(entry.name) && (await onlyOutputNames(path.join(dir, entry.name), 1))) continue;
    return false;
  }
  return true;
}

/**
 * Whether the folder holds an earlier build's outputs: its manifest says a build wrote it, or (a
 * build of a version before the manifest, or one whose manifest was deleted) it holds nothing but
 * files named as a build names them.
 */
async function holdsOutputs(outDir: string): Promise<boolean> {
  try {
    const manifest = JSON.parse(await readFile(path.join(outDir, MANIFEST_FILE), 'utf8')) as { tool?: { name?: unknown } };
    if (manifest.tool?.name === 'assess') return true;
  } catch {
    // No manifest, or not one of ours: judged by the names below.
  }
  return onlyOutputNames(outDir);
}

/**
 * A build replaces its output folder whole (stage.ts): the folder is moved aside and deleted once
 * the new outputs are in. So it must be new, empty, or an earlier build's outputs. Any other
 * folder (the data, the project, an analyst's documents) would be deleted with everything in it.
 * Checked before anything is read, so a mistaken --out costs nothing.
 */
export async function checkOutputFolder(outDir: string, kept: KeptPaths): Promise<void> {
  const resolved = path.resolve(outDir);
  const reads: [string, string | undefined][] = [['the data folder', kept.dataDir], ['the configuration', kept.configFile], ['the templates folder', kept.templatesDir], ['the folder assess was run from', kept.cwd]];
  for (const [what, place] of reads) {
    if (place !== undefined && within(path.resolve(place), resolved)) {
      throw refuse(`The output folder holds ${what}, and a build replaces its output folder whole`, resolved, `${what}: ${path.resolve(place)}`);
    }
  }
  if (within(resolved, path.resolve(kept.dataDir))) {
    throw refuse('The output folder is inside the data folder, where the next build would read its outputs as data', resolved, `the data folder: ${path.resolve(kept.dataDir)}`);
  }
  const info = await lstat(resolved).catch(() => undefined);
  if (info === undefined) return;
  if (!info.isDirectory()) throw refuse('The output folder is a file, not a folder', resolved, info.isSymbolicLink() ? 'a symbolic link' : 'a file');
  const entries = (await readdir(resolved).catch(() => [] as string[])).sort();
  if (entries.length === 0 || (await holdsOutputs(resolved))) return;
  const shown = entries.slice(0, 5).join(', ') + (entries.length > 5 ? ` and ${entries.length - 5} more` : '');
  throw refuse('The output folder holds files that are not an earlier build\'s outputs, and a build replaces its output folder whole', resolved, shown);
}
