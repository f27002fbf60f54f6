import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { hashFile } from './hash.js';
import type { HashedFile } from './configuration.js';
import { MANIFEST_FILE, MANIFEST_FORMAT, type BuildFingerprint, type Manifest } from './manifest.js';

/** The manifest of the last build in the folder; undefined when there is none or it is unreadable. */
export async function readManifest(outDir: string): Promise<Manifest | undefined> {
  try {
    const manifest = JSON.parse(await readFile(path.join(outDir, MANIFEST_FILE), 'utf8')) as Manifest;
    return manifest.manifest === MANIFEST_FORMAT ? manifest : undefined;
  } catch {
    return undefined;
  }
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

function listDifference(what: string, before: readonly HashedFile[], now: readonly HashedFile[]): string | undefined {
  const old = new Map(before.map((f) => [f.file, f]));
  const current = new Map(now.map((f) => [f.file, f]));
  const added = now.filter((f) => !old.has(f.file)).map((f) => f.file);
  const removed = before.filter((f) => !current.has(f.file)).map((f) => f.file);
  const changed = now.filter((f) => old.has(f.file) && (old.get(f.file)!.sha256 !== f.sha256 || old.get(f.file)!.size !== f.size)).map((f) => f.file);
  const parts = [
    ...(changed.length > 0 ? [`changed: ${changed.join(', ')}`] : []),
    ...(added.length > 0 ? [`new: ${added.join(', ')}`] : []),
    ...(removed.length > 0 ? [`removed: ${removed.join(', ')}`] : []),
  ];
  return parts.length === 0 ? undefined : `${what} ${parts.join('; ')}`;
}

/**
 * Why the last build's manifest does not match the build about to run, in a few words; undefined
 * when nothing changed. A cover date of "today" is not a change: a scheduled run would otherwise
 * rebuild every day for the date alone.
 */
export function whatChanged(previous: Manifest | undefined, now: BuildFingerprint): string | undefined {
  if (previous === undefined) return 'no manifest from an earlier build';
  // A manifest edited by hand or cut short: rebuilt, rather than compared field by missing field.
  const whole = typeof previous.year === 'number' && typeof previous.tool?.version === 'string' && typeof previous.configuration?.sha256 === 'string' && typeof previous.configuration.settings === 'object' && Array.isArray(previous.inputs);
  if (!whole) return 'the manifest of the earlier build is damaged';
  if (previous.year !== now.year) return `the manifest is for ${previous.year}`;
  if (!same(previous.tool, now.tool)) return previous.tool.version === now.tool.version ? 'assess itself has changed' : `assess ${previous.tool.version} -> ${now.tool.version}`;
  const before = previous.configuration;
  const current = now.configuration;
  if (before.sha256 !== current.sha256) return `the configuration has changed (${current.files.map((f) => f.file).join(', ')})`;
  const templates = listDifference('templates', before.templates ?? [], current.templates ?? []);
  if (templates !== undefined || (before.templates === null) !== (current.templates === null)) return templates ?? 'the templates folder has changed';
  const floating = (s: typeof current.settings): unknown => (s.documentDateFrom === 'today' ? { ...s, documentDate: 'today', pdfDate: 'today' } : s);
  if (!same(floating(before.settings), floating(current.settings))) return 'the build settings have changed (--date, --draft, --all-areas or SOURCE_DATE_EPOCH)';
  return listDifference('inputs', previous.inputs, now.inputs);
}

/** The outputs the manifest lists, checked on disk: a deleted or edited output is rebuilt. */
export async function outputsIntact(outDir: string, manifest: Manifest): Promise<string | undefined> {
  for (const output of manifest.outputs) {
    const found = await hashFile(path.join(outDir, ...output.file.split('/'))).catch(() => undefined);
    if (found === undefined) return `${output.file} is missing`;
    if (found.sha256 !== output.sha256) return `${output.file} has been changed since it was built`;
  }
  return undefined;
}

/** Why the build must run, or undefined when the folder already holds exactly its outputs. */
export async function reasonToBuild(outDir: string, fingerprint: BuildFingerprint): Promise<string | undefined> {
  const previous = await readManifest(outDir);
  return whatChanged(previous, fingerprint) ?? (previous === undefined ? undefined : await outputsIntact(outDir, previous));
}
