import { readlinkSync, rmSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { processIsRunning } from '../publish/lock.js';

/**
 * The browser's profile folder, one per browser: os.tmpdir()/assess-chromium-<where>-<pid>-XXXXXX.
 * Puppeteer's own temporary profile goes when the browser is closed, but a run that is killed
 * (kill -9, the OOM killer, a second Ctrl-C, a closed terminal) never closes it, and nothing would
 * ever delete it. Named with the process id, a profile whose process has gone is known to be left
 * over, and each launch deletes those it finds. A process id means something only where it was
 * given, so <where> names the machine and, on Linux, the PID namespace: a temporary folder shared
 * with a container or another machine never loses a profile that is still in use there.
 */
const PREFIX = 'assess-chromium-';

/** This machine and PID namespace, in characters a folder name can hold and without the '-' that separates the name's parts. */
export function processesHere(): string {
  let namespace = '';
  try {
    namespace = readlinkSync('/proc/self/ns/pid').replace(/\D/g, '');
  } catch {
    // Not Linux: the machine alone.
  }
  return `${os.hostname()}${namespace === '' ? '' : `.${namespace}`}`.replace(/[^A-Za-z0-9.]/g, '_');
}

/** Deletes the profiles of this machine's runs that are no longer running; returns their names. */
export async function removeLeftOverProfiles(folder = os.tmpdir(), isRunning: (pid: number) => boolean = processIsRunning, here = processesHere()): Promise<string[]> {
  const names = await readdir(folder).catch(() => [] as string[]);
  const left = names.filter((name) => {
    const match = /^assess-chromium-([A-Za-z0-9._]+)-(\d+)-/.exec(name);
    if (match === null || match[1] !== here) return false;
    const pid = Number(match[2]);
    // Another user's profile cannot be deleted, and one of a process we cannot see is kept.
    return pid > 0 && pid !== process.pid && !isRunning(pid);
  });
  await Promise.all(left.map((name) => rm(path.join(folder, name), { recursive: true, force: true }).catch(() => undefined)));
  return left;
}

/** A new profile folder for a browser about to start, after clearing away those left over. */
export async function newProfile(): Promise<string> {
  const here = processesHere();
  await removeLeftOverProfiles(os.tmpdir(), processIsRunning, here);
  return mkdtemp(path.join(os.tmpdir(), `${PREFIX}${here}-${process.pid}-`));
}

/** The browser's process, as far as its exit matters here. */
interface BrowserProcess {
  exitCode: number | null;
  signalCode: NodeJS.Signals | null;
  once(event: 'exit', listener: () => void): unknown;
}

/**
 * Deletes the profile once the browser's process has exited. Synchronous, in the exit event, so
 * that it is gone before the browser's close() resolves: the process may end right after.
 */
export function removeWithBrowser(child: BrowserProcess | null, profile: string): void {
  if (child === null || child.exitCode !== null || child.signalCode !== null) return removeProfileNow(profile);
  child.once('exit', () => removeProfileNow(profile));
}

export function removeProfileNow(profile: string): void {
  try {
    rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
  } catch {
    // A profile that cannot be deleted now is deleted by a later launch, once this process has gone.
  }
}
