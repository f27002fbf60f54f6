import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { AssessError, ExitCode } from '../errors.js';
import { decodeText } from './decode.js';
import { listZipCsv, readZipEntry } from './zip-inputs.js';

/** Police archives nest months in folders (2024-01/2024-01-kent-street.csv); deeper is not data. */
const MAX_DEPTH = 3;

export interface InputText {
  /** Path relative to the data folder, with forward slashes: the name shown in the document. */
  name: string;
  /** The path shown in messages. */
  shown: string;
  text: string;
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

async function walk(dir: string, prefix: string, depth: number, found: string[]): Promise<void> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => byCodePoint(a.name, b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const name = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory() && depth < MAX_DEPTH) await walk(path.join(dir, entry.name), name, depth + 1, found);
    else if (entry.isFile() && entry.name.toLowerCase().endsWith('.csv')) found.push(name);
    // Bulk police downloads come zipped: their CSVs are listed as archive.zip/2024-01/....csv.
    else if (entry.isFile() && entry.name.toLowerCase().endsWith('.zip')) {
      const file = path.join(dir, entry.name);
      const bytes = await zipBytes(file).catch((error: Error) => {
        throw new AssessError('The file cannot be read', ExitCode.badInput, { location: { file }, found: error.message, fix: 'Check the file is not open elsewhere and that you may read it.' });
      });
      found.push(...listZipCsv(bytes, file).map((inner) => `${name}/${inner}`));
    }
  }
}

/**
 * The last archive read, so reading its CSVs one by one does not read a large zip from disk
 * once per month. Checked against size and time, so an archive replaced between runs is re-read.
 */
let lastZip: { file: string; size: number; mtimeMs: number; bytes: Uint8Array } | undefined;

async function zipBytes(file: string): Promise<Uint8Array> {
  const info = await stat(file);
  if (lastZip?.file === file && lastZip.size === info.size && lastZip.mtimeMs === info.mtimeMs) return lastZip.bytes;
  const bytes = new Uint8Array(await readFile(file));
  lastZip = { file, size: info.size, mtimeMs: info.mtimeMs, bytes };
  return bytes;
}

/** The archive and the path inside it, when a listed name goes through a .zip. */
function splitZip(name: string): { archive: string[]; inner: string } | undefined {
  const parts = name.split('/');
  const at = parts.findIndex((part, index) => index < parts.length - 1 && part.toLowerCase().endsWith('.zip'));
  return at < 0 ? undefined : { archive: parts.slice(0, at + 1), inner: parts.slice(at + 1).join('/') };
}

/**
 * Lists every CSV below the data folder in code-point order, so every machine reads the files
 * in the same order and the outputs are identical.
 */
export async function listCsvFiles(dir: string): Promise<string[]> {
  const year = path.basename(path.resolve(dir));
  const missing = new AssessError(`No data folder for ${year}`, ExitCode.badInput, {
    location: { file: dir },
    fix: `Put the partner extracts in data/${year}/ or pass --data DIR`,
  });
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) throw missing;
  const names: string[] = [];
  await walk(dir, '', 1, names);
  if (names.length === 0) {
    throw new AssessError(`No CSV files in ${dir}`, ExitCode.badInput, {
      location: { file: dir },
      expected: 'partner extracts saved as .csv (or zip archives of them), and population.csv',
      fix: `Put the partner extracts in ${dir} or pass --data DIR`,
    });
  }
  return names;
}

export async function readInputText(dir: string, name: string): Promise<InputText> {
  const shown = path.join(dir, ...name.split('/'));
  const zipped = splitZip(name);
  try {
    if (zipped === undefined) return { name, shown, text: decodeText(await readFile(shown)).text };
    const archive = path.join(dir, ...zipped.archive);
    return { name, shown, text: decodeText(readZipEntry(await zipBytes(archive), zipped.inner, archive)).text };
  } catch (error) {
    if (error instanceof AssessError) throw error;
    throw new AssessError('The file cannot be read', ExitCode.badInput, { location: { file: shown }, found: (error as Error).message, fix: 'Check the file is not open elsewhere and that you may read it.' });
  }
}
