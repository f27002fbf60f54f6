import { unzipSync, type UnzipFileInfo } from 'fflate';
import { AssessError, ExitCode } from '../errors.js';

/** data.police.uk archives nest months one folder deep (2024-01/2024-01-kent-street.csv); deeper is not data. */
const MAX_ENTRY_DEPTH = 3;

/**
 * A CSV bigger than this when unpacked is not a partner extract (a year of a county force is
 * ~100 MB); refusing it keeps a zip bomb from exhausting memory.
 */
export const MAX_ENTRY_BYTES = 1024 * 1024 * 1024;

/** Windows zip tools write backslashes; entries are named with forward slashes throughout. */
function entryName(raw: string): string {
  return raw.replace(/\\/g, '/').replace(/^\/+/, '');
}

function isCsvEntry(name: string): boolean {
  const parts = name.split('/');
  return name.toLowerCase().endsWith('.csv')
    && parts.length <= MAX_ENTRY_DEPTH
    // macOS adds __MACOSX/._name resource forks beside every file: they are not data.
    && !parts.some((part) => part.startsWith('.') || part === '__MACOSX');
}

function unreadable(shown: string, error: unknown): AssessError {
  return new AssessError('The zip archive cannot be read', ExitCode.badInput, {
    location: { file: shown },
    found: error instanceof Error ? error.message : String(error),
    expected: 'a complete .zip archive of CSV files (as downloaded from data.police.uk)',
    fix: 'Download the archive again (it may be incomplete), or unzip it into the data folder yourself.',
  });
}

function tooBig(shown: string, info: UnzipFileInfo): AssessError {
  return new AssessError(`${entryName(info.name)} in the zip archive is too large to read`, ExitCode.badInput, {
    location: { file: shown },
    found: `${Math.round(info.originalSize / 1024 / 1024)} MB unpacked`,
    expected: `a CSV of at most ${MAX_ENTRY_BYTES / 1024 / 1024} MB`,
    fix: 'Split the extract into smaller files, or remove this one from the archive.',
  });
}

/** The CSVs inside an archive, in code-point order; only the directory is read, nothing is unpacked. */
export function listZipCsv(bytes: Uint8Array, shown: string): string[] {
  const names: string[] = [];
  try {
    unzipSync(bytes, {
      filter: (info) => {
        const name = entryName(info.name);
        if (isCsvEntry(name)) names.push(name);
        return false;
      },
    });
  } catch (error) {
    throw unreadable(shown, error);
  }
  return names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Unpacks one entry, as listed by listZipCsv. */
export function readZipEntry(bytes: Uint8Array, name: string, shown: string): Uint8Array {
  let large: UnzipFileInfo | undefined;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (info) => {
        if (entryName(info.name) !== name) return false;
        if (info.originalSize > MAX_ENTRY_BYTES) large = info;
        return large === undefined;
      },
    });
  } catch (error) {
    throw unreadable(shown, error);
  }
  if (large !== undefined) throw tooBig(shown, large);
  const found = Object.entries(files).find(([raw]) => entryName(raw) === name);
  if (found === undefined) throw unreadable(shown, new Error(`${name} is not in the archive`));
  return found[1];
}
