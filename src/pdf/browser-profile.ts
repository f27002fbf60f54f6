import { rmSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { processIsRunning } from '../publish/lock.js';

/**
 * The browser's profile folder: os.tmpdir()/assess-chromium-<pid>-XXXXXX, one per browser.
 * Puppeteer's own temporary profile goes when the browser is closed, but a run that is killed
 * (kill -9, the OOM killer, a second Ctrl-C, a closed terminal) never closes it, and nothing would
 * ever delete it. Named with the process id, a profile whose process has gone is known to be left
 * over, and each launch deletes those it finds.
 */
const PREFIX = 'assess-chromium-';

/** Deletes the profiles of runs that are no longer running; returns their names. */
export async function removeLeftOverProfiles(folder = os.tmpdir(), isRunning: (pid: number) => boolean = processIsRunning): Promise<string[]> {
  const names = await readdir(folder).catch(() => [] as string[]);
  const left = names.filter((name) => {
    const pid = Number(/^assess-chromium-(\d+)-/.exec(name)?.[1]);
    // Another user's profile cannot be deleted, and one of a process we cannot see is kept.
    return Number.isInteger(pid) && pid > 0 && pid !== process.pid && !isRunning(pid);
  });
  await Promise.all(left.map((name) => rm(path.join(folder, name), { recursive: true, force: true }).catch(() => undefined)));
  return left;
}

/** A new profile folder for a browser about to start, after clearing away those left over. */
export async function newProfile(): Promise<string> {
  await removeLeftOverProfiles();
  return mkdtemp(path.join(os.tmpdir(), `${PREFIX}${process.pid}-`));
}

/**
 * Deletes the profile once the browser's process has exited. Synchronous, in the exit event, so
 * that it is gone before the browser's close() resolves: the process may end right after.
 */
export function removeWithBrowser(child: { once(event: 'exit', listener: () => void): unknown } | null, profile: string): void {
  if (child === null) return removeProfileNow(profile);
  child.once('exit', () => removeProfileNow(profile));
}

export function removeProfileNow(profile: string): void {
  try {
    rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
  } catch {
    // A profile that cannot be deleted now is deleted by a later launch, once this process has gone.
  }
}
