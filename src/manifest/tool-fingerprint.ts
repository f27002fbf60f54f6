import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { version } from '../version.js';
import { byCodePoint, hashFile, sha256 } from './hash.js';

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

/** The folder of the running code (dist/ when installed, src/ under the tests) and the package root. */
const CODE_DIR = fileURLToPath(new URL('../', import.meta.url));
const PACKAGE_DIR = path.dirname(path.resolve(CODE_DIR));

async function filesUnder(dir: string, keep: (name: string) => boolean, prefix = ''): Promise<string[]> {
  const entries = await readdir(path.join(dir, prefix), { withFileTypes: true }).catch(() => []);
  const found: string[] = [];
  for (const entry of entries) {
    const name = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) found.push(...(await filesUnder(dir, keep, name)));
    else if (entry.isFile() && keep(entry.name)) found.push(name);
  }
  return found;
}

/** One hash for many files: each file's name and hash, in code-point order. */
async function treeHash(dir: string, keep: (name: string) => boolean): Promise<string> {
  const names = (await filesUnder(dir, keep)).sort(byCodePoint);
  const lines: string[] = [];
  for (const name of names) lines.push(`${name}\0${(await hashFile(path.join(dir, name))).sha256}`);
  return sha256(lines.join('\n'));
}

async function dependencyVersions(): Promise<Record<string, string>> {
  const own = JSON.parse(await readFile(path.join(PACKAGE_DIR, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  const versions: Record<string, string> = {};
  for (const name of Object.keys(own.dependencies ?? {}).sort()) {
    const installed = await readFile(path.join(PACKAGE_DIR, 'node_modules', name, 'package.json'), 'utf8').catch(() => undefined);
    versions[name] = installed === undefined ? 'not found' : (JSON.parse(installed) as { version: string }).version;
  }
  return versions;
}

let cached: Promise<ToolFingerprint> | undefined;

/** The fingerprint of this installation of assess; worked out once per process. */
export function toolFingerprint(): Promise<ToolFingerprint> {
  cached ??= (async () => {
    const code = sha256(`${await treeHash(CODE_DIR, (name) => /\.(js|ts)$/.test(name) && !name.endsWith('.d.ts'))}\n${await treeHash(path.join(PACKAGE_DIR, 'templates'), () => true)}`);
    return { name: 'assess', version, node: process.version, code, dependencies: await dependencyVersions() };
  })();
  return cached;
}
