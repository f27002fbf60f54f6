import { readdirSync, readFileSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ownPackage, version } from '../version.js';
import { PACKAGE_DIR } from './package-dir.js';
import { byCodePoint, sha256 } from './hash.js';

/** What produced a build: a different tool can give different outputs from the same inputs. */
export interface ToolFingerprint {
  name: 'assess';
  version: string;
  /** Node's version: number formatting comes from its ICU data. */
  node: string;
  /** SHA-256 over the tool's own code and bundled templates, so an unreleased change counts too. */
  code: string;
  /** The installed version of each runtime dependency (charts, PDF, templates, parsing). */
  dependencies: Record<string, string>;
}

/**
 * The folder of the running code: dist/bundle/ when the command runs (the bundle holds all of it),
 * dist/ for the compiled modules (the benchmark's scripts), src/ under the tests. Never the
 * benchmark's own bundle in dist/bench/, which running the benchmark writes.
 */
const HERE = fileURLToPath(new URL('./', import.meta.url));
const CODE_DIR = path.basename(HERE) === 'bundle' ? HERE : path.dirname(HERE);
const NOT_CODE = new Set(['bundle', 'bench']);

function filesUnder(dir: string, keep: (name: string) => boolean, prefix = ''): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(path.join(dir, prefix), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const name = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return prefix === '' && NOT_CODE.has(entry.name) ? [] : filesUnder(dir, keep, name);
    return entry.isFile() && keep(entry.name) ? [name] : [];
  });
}

/**
 * One hash for many files: each file's name and hash, in code-point order. The files are the
 * tool's own code and templates, a few hundred small files on the local disk, read as the module
 * loader reads them, synchronously: through the thread pool, four round trips a file, the same
 * reads took three times as long (20 ms against 7), on the way to every build's first step.
 */
function treeHash(dir: string, keep: (name: string) => boolean): string {
  const names = filesUnder(dir, keep).sort(byCodePoint);
  return sha256(names.map((name) => `${name}\0${sha256(readFileSync(path.join(dir, name)))}`).join('\n'));
}

function installedVersion(name: string): string {
  let text: string;
  try {
    text = readFileSync(path.join(PACKAGE_DIR, 'node_modules', name, 'package.json'), 'utf8');
  } catch {
    return 'not found';
  }
  return (JSON.parse(text) as { version: string }).version;
}

function dependencyVersions(): Record<string, string> {
  const versions: Record<string, string> = {};
  for (const name of Object.keys(ownPackage.dependencies ?? {}).sort()) versions[name] = installedVersion(name);
  return versions;
}

let cached: Promise<ToolFingerprint> | undefined;

/** The fingerprint of this installation of assess; worked out once per process. */
export function toolFingerprint(): Promise<ToolFingerprint> {
  cached ??= (async () => {
    const code = sha256(`${treeHash(CODE_DIR, (name) => /\.(js|ts)$/.test(name) && !name.endsWith('.d.ts'))}\n${treeHash(path.join(PACKAGE_DIR, 'templates'), () => true)}`);
    return { name: 'assess', version, node: process.version, code, dependencies: dependencyVersions() };
  })();
  return cached;
}
