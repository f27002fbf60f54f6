import { AssessError, ExitCode } from '../errors.js';
import { MAX_INPUT_BYTES } from './decode.js';
import { inflateEntry, zipDirectory, zipUnreadable, type ZipEntry } from './zip-stream.js';

/** data.police.uk archives nest months one folder deep (2024-01/2024-01-kent-street.csv); deeper is not data. */
const MAX_ENTRY_DEPTH = 3;

/**
 * A CSV read whole (every format but street-level crime, which is streamed) bigger than this
 * when unpacked is not a partner extract; refusing it keeps a zip bomb from exhausting memory.
 */
export const MAX_ENTRY_BYTES = MAX_INPUT_BYTES;

/** An archive bigger than this is not a download of partner data; it is refused before it is read. */
export const MAX_ARCHIVE_BYTES = 2 * 1024 * 1024 * 1024 - 1;

function isCsvEntry(name: string): boolean {
  const parts = name.split('/');
  return name.toLowerCase().endsWith('.csv')
    && parts.length <= MAX_ENTRY_DEPTH
    // macOS adds __MACOSX/._name resource forks beside every file: they are not data.
    && !parts.some((part) => part.startsWith('.') || part === '__MACOSX');
}

function tooBig(shown: string, entry: ZipEntry): AssessError {
  return new AssessError(`${entry.name} in the zip archive is too large to read`, ExitCode.badInput, {
    location: { file: shown },
    found: `${Math.round(entry.size / 1024 / 1024)} MB unpacked`,
    expected: `a CSV of at most ${MAX_ENTRY_BYTES / 1024 / 1024} MB`,
    fix: 'Split the extract into smaller files, or remove this one from the archive.',
  });
}

/** The CSVs inside an archive, in code-point order; only the directory is read, nothing is unpacked. */
export function listZipCsv(bytes: Uint8Array, shown: string): string[] {
  const entries = zipDirectory(bytes);
  if (entries.length === 0 && bytes.length > 0) throw zipUnreadable(shown, 'no list of contents (central directory) at the end of the file');
  return entries.map((entry) => entry.name).filter(isCsvEntry).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The directory record of an entry listed by listZipCsv. */
export function zipEntry(bytes: Uint8Array, name: string, shown: string): ZipEntry {
  const entry = zipDirectory(bytes).find((candidate) => candidate.name === name);
  if (entry === undefined) throw zipUnreadable(shown, `${name} is not in the archive`);
  return entry;
}

/** Unpacks one whole entry, checked against the size and CRC the archive records. */
export async function readZipEntry(bytes: Uint8Array, name: string, shown: string): Promise<Uint8Array> {
  const entry = zipEntry(bytes, name, shown);
  if (entry.size > MAX_ENTRY_BYTES) throw tooBig(shown, entry);
  const chunks: Uint8Array[] = [];
  for await (const chunk of inflateEntry(bytes, entry, shown)) chunks.push(chunk);
  return Buffer.concat(chunks);
}
