import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { AssessError, ExitCode } from '../errors.js';

export interface OutputFile {
  name: string;
  content: string | Uint8Array;
}

/**
 * Writes every output into a staging folder beside the destination first, then moves each
 * file into place. Nothing is written until the whole build has succeeded, and a failure
 * while writing leaves the previous outputs as they were rather than half-replaced.
 */
export async function writeOutputs(outDir: string, files: OutputFile[]): Promise<string[]> {
  const parent = path.dirname(path.resolve(outDir));
  const staging = path.join(parent, `.${path.basename(outDir)}.staging-${process.pid}`);
  try {
    await mkdir(staging, { recursive: true });
    for (const file of files) await writeFile(path.join(staging, file.name), file.content);
    await mkdir(outDir, { recursive: true });
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
    await rm(staging, { recursive: true, force: true });
  }
}
