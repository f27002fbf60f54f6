import { lstat, readdir, stat } from 'node:fs/promises';
import type { Dirent, Stats } from 'node:fs';
import path from 'node:path';
import { AssessError, ExitCode } from '../errors.js';
import { byCodePoint } from '../manifest/hash.js';
import { listZipCsv } from './zip-inputs.js';

/** Police archives nest months in folders (2024-01/2024-01-kent-street.csv); deeper is not data. */
const MAX_DEPTH = 3;

/** What a folder entry is; a link counts as what it points at ('missing' when it points nowhere). */
async function kindOf(dir: string, entry: Dirent): Promise<'file' | 'folder' | 'link to a folder' | 'other' | 'missing'> {
  if (entry.isFile()) return 'file';
  if (entry.isDirectory()) return 'folder';
  if (!entry.isSymbolicLink()) return 'other';
  const target = await stat(path.join(dir, entry.name)).catch(() => undefined);
  return target === undefined ? 'missing' : target.isFile() ? 'file' : target.isDirectory() ? 'link to a folder' : 'other';
}

/** Spreadsheet workbooks: a partner's extract saved as one is not read, and the analyst should hear so. */
const WORKBOOK = /\.(?:xlsx|xlsm|xls|ods|numbers)$/;

interface Found {
  csv: string[];
  workbooks: string[];
  /** Archives that could not be listed, by name in the folder: each is reported with the problems of the other files, not instead of them. */
  unreadable: { name: string; problem: AssessError }[];
}

async function walk(dir: string, prefix: string, depth: number, found: Found): Promise<void> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => byCodePoint(a.name, b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const name = prefix ? `${prefix}/${entry.name}` : entry.name;
    const lower = entry.name.toLowerCase();
    const kind = await kindOf(dir, entry);
    // Anything named .csv is listed, so a folder, pipe or broken link of that name is reported
    // when it is read instead of silently leaving a partner's data out.
    if (lower.endsWith('.csv')) found.csv.push(name);
    // ~$name.xlsx is Excel's lock file, not a workbook.
    else if (WORKBOOK.test(lower) && kind === 'file' && !entry.name.startsWith('~$')) found.workbooks.push(name);
    else if (kind === 'folder' && depth < MAX_DEPTH) await walk(path.join(dir, entry.name), name, depth + 1, found);
    // Bulk police downloads come zipped: their CSVs are listed as archive.zip/2024-01/....csv.
    else if (lower.endsWith('.zip') && kind !== 'folder' && kind !== 'link to a folder') {
      const file = path.join(dir, entry.name);
      try {
        await checkedStat(file, Number.POSITIVE_INFINITY);
        found.csv.push(...(await listZipCsv(file)).map((inner) => `${name}/${inner}`));
      } catch (error) {
        found.unreadable.push({ name, problem: cannotRead(file, error) });
      }
    }
  }
}

/**
 * A read failure in the analyst's terms: permissions, a vanished file, a disk error. An
 * AssessError (a damaged archive, a file too large) already is one, and is returned as it is.
 */
export function cannotRead(file: string, error: unknown): AssessError {
  if (error instanceof AssessError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  const found = error instanceof Error ? error.message : String(error);
  if (code === 'EACCES' || code === 'EPERM') {
    return new AssessError('You do not have permission to read the file', ExitCode.badInput, { location: { file }, found, fix: 'Ask whoever saved it to give you read access, or save a copy you can read into the data folder.' });
  }
  if (code === 'ENOENT') {
    return new AssessError('The file disappeared while it was being read', ExitCode.badInput, { location: { file }, found, fix: 'Check nothing else is moving files in the data folder, then run again.' });
  }
  return new AssessError('The file cannot be read', ExitCode.badInput, { location: { file }, found, fix: 'Check the file is not open elsewhere and that you may read it; copy it into the data folder again.' });
}

function notAFile(file: string, found: string, fix: string): AssessError {
  return new AssessError('This is not a file that can be read', ExitCode.badInput, { location: { file }, found, expected: 'a CSV file saved in the data folder', fix });
}

/** Checks a path is a regular file of a sane size before reading it: a pipe would never finish, a huge file would exhaust memory. */
export async function checkedStat(file: string, limit: number): Promise<Stats> {
  const info = await stat(file).catch(async (error: unknown) => {
    const link = await lstat(file).catch(() => undefined);
    if (link?.isSymbolicLink()) throw notAFile(file, 'a link (shortcut) to a file that does not exist', 'Copy the real file into the data folder, or delete the link.');
    throw cannotRead(file, error);
  });
  if (info.isDirectory()) throw notAFile(file, 'a folder whose name ends in .csv', 'Rename the folder (only files should be named .csv), or move the CSV files inside it into the data folder.');
  if (!info.isFile()) throw notAFile(file, 'a pipe, socket or device rather than a saved file', 'Save the data as an ordinary CSV file in the data folder.');
  if (info.size > limit) {
    throw new AssessError('The file is too large to be a partner extract', ExitCode.badInput, {
      location: { file },
      found: `${Math.round(info.size / 1024 / 1024).toLocaleString('en-GB')} MB`,
      expected: `a file of at most ${limit / 1024 / 1024} MB`,
      fix: 'Check this is the right file; split a genuinely large extract into several files (one per year or per force).',
    });
  }
  return info;
}

/** The archive and the path inside it, when a listed name goes through a .zip. */
export function splitZip(name: string): { archive: string[]; inner: string } | undefined {
  const parts = name.split('/');
  const at = parts.findIndex((part, index) => index < parts.length - 1 && part.toLowerCase().endsWith('.zip'));
  return at < 0 ? undefined : { archive: parts.slice(0, at + 1), inner: parts.slice(at + 1).join('/') };
}

/**
 * Lists every CSV below the data folder in code-point order, so every machine reads the files
 * in the same order and the outputs are identical.
 */
export async function listCsvFiles(dir: string): Promise<string[]> {
  const found = await listDataFolder(dir);
  if (found.unreadable.length > 0) throw found.unreadable[0]!.problem;
  return found.csv;
}

/** The CSVs below the data folder (as listCsvFiles), and the spreadsheet workbooks beside them, which are not read. */
export async function listDataFolder(dir: string): Promise<Found> {
  const year = path.basename(path.resolve(dir));
  // data/<year> is the default; a folder given with --data need not be named after the year.
  const missing = /^\d{4}$/.test(year)
    ? new AssessError(`No data folder for ${year}`, ExitCode.badInput, { location: { file: dir }, fix: `Put the partner extracts in data/${year}/ or pass --data DIR` })
    : new AssessError(`The data folder ${dir} does not exist`, ExitCode.badInput, { location: { file: dir }, fix: 'Check the path given with --data, or put the partner extracts there.' });
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) throw missing;
  const found: Found = { csv: [], workbooks: [], unreadable: [] };
  await walk(dir, '', 1, found);
  if (found.csv.length === 0 && found.unreadable.length === 0) {
    throw new AssessError(`No CSV files in ${dir}`, ExitCode.badInput, {
      location: { file: dir },
      ...(found.workbooks.length > 0 ? { found: `spreadsheet workbooks only: ${found.workbooks.join(', ')}` } : {}),
      expected: 'partner extracts saved as .csv (or zip archives of them), and population.csv',
      fix: found.workbooks.length > 0 ? 'Save each workbook\'s sheet as CSV (UTF-8) in the same folder.' : `Put the partner extracts in ${dir} or pass --data DIR`,
    });
  }
  return found;
}
