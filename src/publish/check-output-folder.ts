import { lstat, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { AssessError, ExitCode } from '../errors.js';
import { MANIFEST_FILE } from '../manifest/manifest.js';
import { isWithin } from '../path-within.js';

/** What a build reads, and so must never replace. */
export interface KeptPaths {
  dataDir: string;
  configFile: string;
  templatesDir?: string;
  /** The folder the command was run from: the project. */
  cwd: string;
}

const FIX = 'Pass --out with a new or empty folder, or with one that holds an earlier build\'s outputs (out/2024 by default).';

function refuse(message: string, outDir: string, found: string): AssessError {
  return new AssessError(message, ExitCode.badInput, { location: { file: outDir }, found, expected: 'a new or empty folder, or one holding an earlier build\'s outputs', fix: FIX });
}

/** The files a build writes, and the district folders of a county batch, by name. */
const OUTPUT_FILE = /^(?:figures\.(?:csv|json)|manifest\.json|strategic-assessment-\d{4}\.(?:pdf|html)|county-summary-\d{4}\.(?:csv|html))$/;
const DISTRICT_FOLDER = /^[A-Z]\d{8}-[a-z0-9-]+$/;

/** The outputs the folder's manifest lists, when a build wrote it; empty otherwise. */
async function listedOutputs(outDir: string): Promise<Set<string>> {
  try {
    const manifest = JSON.parse(await readFile(path.join(outDir, MANIFEST_FILE), 'utf8')) as { tool?: { name?: unknown }; outputs?: { file?: unknown }[] };
    if (manifest.tool?.name !== 'assess' || !Array.isArray(manifest.outputs)) return new Set();
    return new Set(manifest.outputs.flatMap((output) => (typeof output.file === 'string' ? [output.file] : [])));
  } catch {
    return new Set();
  }
}

/**
 * What in the folder is not an earlier build's output: not listed in its manifest, nor (for a
 * build before the manifest, or one whose manifest was deleted) named as a build names its files
 * and district folders. An analyst's notes saved among the outputs are found here, and kept.
 */
async function notOutputs(outDir: string): Promise<string[]> {
  const listed = await listedOutputs(outDir);
  const strays: string[] = [];
  const visit = async (dir: string, prefix: string): Promise<void> => {
    const entries = (await readdir(dir, { withFileTypes: true }).catch(() => [])).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
      const name = prefix + entry.name;
      if (entry.isFile() && (listed.has(name) || OUTPUT_FILE.test(entry.name))) continue;
      const ownFolder = [...listed].some((file) => file.startsWith(`${name}/`)) || DISTRICT_FOLDER.test(entry.name);
      if (prefix === '' && entry.isDirectory() && ownFolder) await visit(path.join(dir, entry.name), `${name}/`);
      else strays.push(entry.isDirectory() ? `${name}/` : name);
    }
  };
  await visit(outDir, '');
  return strays;
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
    if (place !== undefined && isWithin(path.resolve(place), resolved)) {
      throw refuse(`The output folder holds ${what}, and a build replaces its output folder whole`, resolved, `${what}: ${path.resolve(place)}`);
    }
  }
  if (isWithin(resolved, path.resolve(kept.dataDir))) {
    throw refuse('The output folder is inside the data folder, where the next build would read its outputs as data', resolved, `the data folder: ${path.resolve(kept.dataDir)}`);
  }
  const info = await lstat(resolved).catch(() => undefined);
  if (info === undefined) return;
  if (info.isSymbolicLink()) throw refuse('The output folder is a link (shortcut), which a build would replace by a folder', resolved, 'a symbolic link');
  if (!info.isDirectory()) throw refuse('The output folder is a file, not a folder', resolved, 'a file');
  const strays = await notOutputs(resolved);
  if (strays.length === 0) return;
  const shown = strays.slice(0, 5).join(', ') + (strays.length > 5 ? ` and ${strays.length - 5} more` : '');
  throw refuse('The output folder holds files that are not an earlier build\'s outputs, and a build replaces its output folder whole', resolved, shown);
}
