import { lstat, mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { sha256 } from '../manifest/hash.js';
import { cannotWrite, makeFolder } from './make-folder.js';
import { outputPaths, type OutputPaths } from './output-paths.js';

export interface WrittenFile {
  /** Relative to the output folder, with forward slashes. */
  file: string;
  size: number;
  sha256: string;
}

/** Named points of a swap, for the build's test hook (build-pause.ts). */
export type SwapPoint = 'swapping';

/**
 * Written to disk before it is trusted: a full disk can report itself only when the data is
 * flushed (delayed allocation, network drives), and the swap must not publish a file that was
 * never really written.
 */
async function writeDurably(file: string, content: string | Uint8Array): Promise<void> {
  const handle = await open(file, 'wx');
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * A build's outputs, written into a temporary folder beside the output folder (out/.2024.tmp-<pid>)
 * and swapped in whole only when everything has been written. Until then the previous outputs are
 * untouched; a build that fails or is killed leaves only the temporary folder, which the next
 * build deletes (recover.ts).
 */
export class OutputStage {
  private readonly written: WrittenFile[] = [];

  private constructor(
    private readonly paths: OutputPaths,
    readonly folder: string,
  ) {}

  static async open(outDir: string): Promise<OutputStage> {
    const paths = outputPaths(outDir);
    const folder = paths.temp(process.pid);
    try {
      await makeFolder(paths.parent);
      await rm(folder, { recursive: true, force: true });
      await mkdir(folder);
    } catch (error) {
      throw cannotWrite(outDir, error);
    }
    return new OutputStage(paths, folder);
  }

  /** Writes one output (e.g. "figures.csv", "E07000105-ashford/figures.csv") and records its hash. */
  async write(file: string, content: string | Uint8Array): Promise<WrittenFile> {
    const target = path.join(this.folder, ...file.split('/'));
    try {
      if (path.dirname(target) !== this.folder) await mkdir(path.dirname(target), { recursive: true });
      await writeDurably(target, content);
    } catch (error) {
      throw cannotWrite(this.paths.outDir, error);
    }
    const bytes = typeof content === 'string' ? Buffer.from(content) : content;
    const entry = { file, size: bytes.length, sha256: sha256(bytes) };
    this.written.push(entry);
    return entry;
  }

  /** Every file written so far, in the order each was finished (the manifest sorts them). */
  get files(): readonly WrittenFile[] {
    return this.written;
  }

  /** The path a written file will have once the outputs are swapped in. */
  finalPath(file: string): string {
    return path.join(this.paths.outDir, ...file.split('/'));
  }

  /**
   * Swaps the new outputs in: the old folder is moved aside, the new one moved into its place, and
   * the old one deleted. Each move is a rename within one folder, so the output folder is always
   * either the old outputs or the new ones; if the process dies between the two moves, the next
   * build moves the old outputs back (recover.ts).
   */
  async commit(pause: (point: SwapPoint) => Promise<void> = async () => undefined): Promise<void> {
    const { outDir } = this.paths;
    const aside = this.paths.aside(process.pid);
    try {
      const existing = await lstat(outDir).catch(() => undefined);
      if (existing !== undefined && !existing.isDirectory()) throw Object.assign(new Error(`${outDir} is not a folder`), { code: 'ENOTDIR' });
      if (existing !== undefined) await rename(outDir, aside);
      await pause('swapping');
      try {
        await rename(this.folder, outDir);
      } catch (error) {
        if (existing !== undefined) await rename(aside, outDir);
        throw error;
      }
    } catch (error) {
      throw cannotWrite(outDir, error);
    }
    // The new outputs are in place; failing to delete the old ones only leaves a folder the next build removes.
    await rm(aside, { recursive: true, force: true }).catch(() => undefined);
  }

  /** Deletes the temporary folder: the build failed, and the previous outputs stay as they were. */
  async discard(): Promise<void> {
    await rm(this.folder, { recursive: true, force: true }).catch(() => undefined);
  }
}
