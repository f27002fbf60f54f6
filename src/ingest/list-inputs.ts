import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { AssessError, ExitCode } from '../errors.js';
import { decodeText } from './decode.js';

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
  }
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
      expected: 'partner extracts saved as .csv, and population.csv',
      fix: `Put the partner extracts in ${dir} or pass --data DIR`,
    });
  }
  return names;
}

export async function readInputText(dir: string, name: string): Promise<InputText> {
  const shown = path.join(dir, ...name.split('/'));
  try {
    return { name, shown, text: decodeText(await readFile(shown)).text };
  } catch (error) {
    throw new AssessError('The file cannot be read', ExitCode.badInput, { location: { file: shown }, found: (error as Error).message, fix: 'Check the file is not open elsewhere and that you may read it.' });
  }
}
