import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

/**
 * Temporary folders for one test file, deleted when its tests are done: a run of the suite makes a
 * few hundred MB of builds and PDFs, which would otherwise pile up in the machine's temporary
 * folder run after run. ASSESS_KEEP_TEST_FILES=1 keeps them, to look at after a failure.
 * (Imported by a test file, this module is that file's own, so is the hook below.)
 */
const made: string[] = [];

afterAll(async () => {
  const dirs = made.splice(0);
  if (process.env.ASSESS_KEEP_TEST_FILES === '1') return;
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A new empty folder, os.tmpdir()/assess-<name>-XXXXXX, deleted after the file's tests. */
export async function tempDir(name: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `assess-${name}-`));
  made.push(dir);
  return dir;
}
