import { readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { processIsRunning } from './lock.js';
import { outputPaths } from './output-paths.js';

/**
 * Puts right what an interrupted build left beside the output folder; run while holding the
 * folder's lock, so every leftover belongs to a build that is no longer running.
 * - Killed between moving the old outputs aside and moving the new ones in: the output folder is
 *   missing and the old outputs are beside it. They are moved back, exactly as they were.
 * - Killed at any other point: a half-written temporary folder, or old outputs that were already
 *   replaced. Both are deleted.
 */
export async function recoverInterrupted(outDir: string, log: (message: string) => void): Promise<void> {
  const paths = outputPaths(outDir);
  const names = await readdir(paths.parent).catch(() => [] as string[]);
  const leftovers = names.flatMap((name) => {
    const found = paths.leftover(name);
    return found === undefined ? [] : [{ name, file: path.join(paths.parent, name), ...found }];
  });
  if (leftovers.length === 0) return;
  const outputsThere = await stat(paths.outDir).then(() => true, () => false);
  const asides = leftovers.filter((l) => l.kind === 'aside');
  if (!outputsThere && asides.length > 0) {
    // Only one build holds the lock at a time, so there is one such folder; the newest if not.
    const withTimes = await Promise.all(asides.map(async (a) => ({ ...a, mtime: (await stat(a.file)).mtimeMs })));
    const newest = withTimes.sort((a, b) => b.mtime - a.mtime)[0]!;
    await rename(newest.file, paths.outDir);
    log(`Restored ${outDir} from ${newest.name}: a build (process ${newest.pid}) was interrupted while swapping in its outputs.`);
  }
  // A lock file of our own making is being written by a build taking the lock right now, if its process runs.
  const stale = (await readdir(paths.parent)).filter((name) => {
    const found = paths.leftover(name);
    return found !== undefined && (found.kind !== 'lock' || !processIsRunning(found.pid));
  }).sort();
  for (const name of stale) await rm(path.join(paths.parent, name), { recursive: true, force: true });
  if (stale.length > 0) log(`Removed what interrupted builds left beside ${outDir}: ${stale.join(', ')}.`);
}
