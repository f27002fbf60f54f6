import { readFileSync } from 'node:fs';
import { link, readFile, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { AssessError, ExitCode } from '../errors.js';
import { cannotWrite, makeFolder } from './make-folder.js';
import { outputPaths } from './output-paths.js';

/** What a lock file holds: who is building, since when, on which machine. */
export interface LockOwner {
  pid: number;
  started: string;
  host: string;
}

export interface LockOptions {
  log: (message: string) => void;
  /** Whether a process is running; injectable for tests. */
  isRunning?: (pid: number) => boolean;
  now?: () => Date;
}

/** A held lock; release() is safe to call more than once. */
export interface OutputLock {
  release(): Promise<void>;
}

/**
 * A killed process whose parent has not collected it yet (a zombie: in containers whose first
 * process does not reap orphans it can stay for good) still answers signal 0, but runs no build.
 */
function isZombie(pid: number): boolean {
  if (process.platform !== 'linux') return false;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return /^[ZX]/.test(stat.slice(stat.lastIndexOf(')') + 1).trim());
  } catch {
    return false;
  }
}

/** Signal 0 tests for a process without touching it; EPERM means it exists under another user. */
export function processIsRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return !isZombie(pid);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function parseOwner(text: string): LockOwner | undefined {
  try {
    const owner = JSON.parse(text) as Partial<LockOwner>;
    return typeof owner.pid === 'number' && typeof owner.started === 'string' && typeof owner.host === 'string' ? (owner as LockOwner) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Creates the lock with its content in one step: the content goes into a file of our own, which
 * is then linked under the lock's name. Linking fails if the name exists, so exactly one build
 * wins, and a lock is never seen empty.
 */
async function tryCreate(lock: string, owner: LockOwner): Promise<boolean> {
  const mine = `${lock}.${owner.pid}`;
  await writeFile(mine, `${JSON.stringify(owner)}\n`);
  try {
    await link(mine, lock);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    await rm(mine, { force: true });
  }
}

/**
 * Moves a stale lock out of the way. Two builds may find the same stale lock: each renames it to
 * a name of its own, and a build that finds it has moved a fresh lock (the other build's) puts
 * it back.
 */
async function removeStale(lock: string, staleText: string): Promise<void> {
  const moved = `${lock}.stale-${process.pid}`;
  try {
    await rename(lock, moved);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  if ((await readFile(moved, 'utf8').catch(() => '')) !== staleText) await link(moved, lock).catch(() => undefined);
  await rm(moved, { force: true });
}

function lockHeld(lock: string, owner: LockOwner | undefined, outDir: string): AssessError {
  const who = owner ? `process ${owner.pid} on ${owner.host}, started ${owner.started}` : 'the lock file cannot be read';
  return new AssessError(`Another build is writing ${outDir} (${who})`, ExitCode.badInput, {
    location: { file: lock },
    fix: `Wait for that build to finish and run again. If no assess build is running (the machine was restarted, say), delete ${lock} and run again.`,
  });
}

/**
 * Takes the lock of an output folder (out/.2024.lock beside out/2024), so two builds of the same
 * year never write at once. A lock whose process is no longer running on this machine is stale
 * (a build that was killed) and is taken over, saying so in the log.
 */
export async function lockOutputs(outDir: string, options: LockOptions): Promise<OutputLock> {
  const { lock, parent } = outputPaths(outDir);
  const isRunning = options.isRunning ?? processIsRunning;
  const owner: LockOwner = { pid: process.pid, started: (options.now?.() ?? new Date()).toISOString(), host: os.hostname() };
  try {
    await makeFolder(parent);
    for (let attempt = 0; attempt < 5; attempt++) {
      if (await tryCreate(lock, owner)) return held(lock, owner);
      const text = await readFile(lock, 'utf8').catch(() => undefined);
      if (text === undefined) continue; // released in between: try again
      const current = parseOwner(text);
      // A lock from another machine (a shared drive) cannot be checked: it is respected.
      if (current === undefined || current.host !== owner.host || isRunning(current.pid)) throw lockHeld(lock, current, outDir);
      options.log(`Took over the lock of ${outDir}: process ${current.pid} that held it (started ${current.started}) is no longer running.`);
      await removeStale(lock, text);
    }
  } catch (error) {
    throw cannotWrite(outDir, error);
  }
  throw lockHeld(lock, undefined, outDir);
}

function held(lock: string, owner: LockOwner): OutputLock {
  let released = false;
  return {
    async release() {
      if (released) return;
      released = true;
      // Only our own lock is removed, never one another build has taken over since.
      const text = await readFile(lock, 'utf8').catch(() => undefined);
      const current = text === undefined ? undefined : parseOwner(text);
      if (current?.pid === owner.pid && current.started === owner.started) await rm(lock, { force: true });
    },
  };
}
