import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { AssessError, ExitCode } from '../errors.js';

/**
 * Creates a folder and its missing parents one level at a time. Node's recursive mkdir can spin
 * forever under pseudo file systems such as /proc; level by level, every failure is an error.
 */
export async function makeFolder(dir: string): Promise<void> {
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

/** A failure to write the outputs, in the user's terms; the disk being full is the usual one. */
export function cannotWrite(outDir: string, error: unknown): AssessError {
  if (error instanceof AssessError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  const reason = code ?? (error instanceof Error ? error.message : String(error));
  const full = code === 'ENOSPC' || code === 'EDQUOT';
  const why = full ? ': the disk is full' : code === 'EFBIG' ? ': a file is larger than this file system or the process limit (ulimit -f) allows' : '';
  return new AssessError(`Could not write the outputs to ${outDir} (${reason}${why})`, ExitCode.badInput, {
    fix: full || code === 'EFBIG'
      ? 'Free some disk space (the build needs room for a second copy of the outputs while it writes), then run again. The previous outputs are unchanged.'
      : 'Check that the output folder is writable and the disk is not full, or pass --out with another folder. The previous outputs are unchanged.',
  });
}
