/** Writes one output file whole or not at all: into a temporary name beside it, then renamed into place. */
import { rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { AssessError, ExitCode } from '../errors.js';
import { makeFolder } from '../publish/make-folder.js';

export async function writeWhole(file: string, content: string | Uint8Array, shown: string): Promise<void> {
  if ((await stat(file).catch(() => undefined))?.isDirectory()) {
    throw new AssessError(`Could not write ${shown}: it is a folder`, ExitCode.badInput, {
      found: `--out ${shown}`,
      expected: 'the name of the file to write',
      fix: `Pass --out with a file name, e.g. --out ${path.join(shown, 'what-changed.md')}.`,
    });
  }
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.tmp-${process.pid}`);
  try {
    await makeFolder(path.dirname(file));
    await writeFile(temporary, content, { flag: 'wx' });
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
    throw new AssessError(`Could not write ${shown} (${reason})`, ExitCode.badInput, {
      fix: 'Check that the folder is writable and the disk is not full, or pass --out with another file (- for the terminal).',
    });
  }
}
