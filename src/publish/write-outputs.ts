import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { AssessError, ExitCode } from '../errors.js';

export interface OutputFile {
  name: string;
  content: string | Uint8Array;
}

/**
 * Creates a folder and its missing parents one level at a time. Node's recursive mkdir can spin
 * forever under pseudo file systems such as /proc; level by level, every failure is an error.
 */
async function makeFolder(dir: string): Promise<void> {
  const missing: string[] = [];
  let current = path.resolve(dir);
  for (;;) {
    const info = await stat(current).catch(() => undefined);
    if (info?.isDirectory()) break;
    if (info) throw Object.assign(new Error(`${current} is a file`), { code: 'ENOTDIR' });
    const parent = path.dirname(current);
    if (parent === current) break;
    missing.unshift(current);
    current = parent;
  }
  for (const folder of missing) await mkdir(folder);
}

/**
 * Writes every output into a staging folder beside the destination first, then moves each
 * file into place. Nothing is written until the whole build has succeeded, and a failure while
 * staging leaves the previous outputs as they were.
 */
export async function writeOutputs(outDir: string, files: OutputFile[]): Promise<string[]> {
  const parent = path.dirname(path.resolve(outDir));
  const staging = path.join(parent, `.${path.basename(outDir)}.staging-${process.pid}`);
  try {
    await makeFolder(parent);
    await mkdir(staging);
    for (const file of files) await writeFile(path.join(staging, file.name), file.content);
    await makeFolder(outDir);
    const written: string[] = [];
    for (const file of files) {
      const target = path.join(outDir, file.name);
      await rename(path.join(staging, file.name), target);
      written.push(target);
    }
    return written;
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
    throw new AssessError(`Could not write the outputs to ${outDir} (${reason})`, ExitCode.badInput, {
      fix: 'Check that the output folder is writable and the disk is not full, or pass --out with another folder.',
    });
  } finally {
    // Cleaning up must never hide the error that brought us here.
    await rm(staging, { recursive: true, force: true }).catch(() => undefined);
  }
}
