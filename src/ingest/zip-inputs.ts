import { stat } from 'node:fs/promises';
import { AssessError, ExitCode } from '../errors.js';
import { byCodePoint } from '../manifest/hash.js';
import { MAX_INPUT_BYTES } from './decode.js';
import { inflateEntry, zipDirectory, zipUnreadable, type ZipEntry } from './zip-stream.js';

/** data.police.uk archives nest months one folder deep (2024-01/2024-01-kent-street.csv); deeper is not data. */
const MAX_ENTRY_DEPTH = 3;

/**
 * A CSV read whole (every format but street-level crime, which is streamed) bigger than this
 * when unpacked is not a partner extract; refusing it keeps a zip bomb from exhausting memory.
 */
export const MAX_ENTRY_BYTES = MAX_INPUT_BYTES;


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

/**
 * The archive's directory, read once per run for each archive (a bulk download lists every
 * month of every force), and again if the archive has changed.
 */
let lastDirectory: { file: string; size: number; mtimeMs: number; entries: Promise<ZipEntry[]> } | undefined;

async function directoryOf(file: string): Promise<ZipEntry[]> {
  const info = await stat(file);
  if (lastDirectory?.file !== file || lastDirectory.size !== info.size || lastDirectory.mtimeMs !== info.mtimeMs) {
    lastDirectory = { file, size: info.size, mtimeMs: info.mtimeMs, entries: zipDirectory(file) };
  }
  const entries = await lastDirectory.entries;
  if (entries.length === 0 && info.size > 0) throw zipUnreadable(file, 'no list of contents (central directory) at the end of the file');
  return entries;
}

/** The CSVs inside an archive, in code-point order; only the directory is read, nothing is unpacked. */
export async function listZipCsv(file: string): Promise<string[]> {
  return (await directoryOf(file)).map((entry) => entry.name).filter(isCsvEntry).sort(byCodePoint);
}

/** The directory record of an entry listed by listZipCsv. */
export async function zipEntry(file: string, name: string): Promise<ZipEntry> {
  const entry = (await directoryOf(file)).find((candidate) => candidate.name === name);
  if (entry === undefined) throw zipUnreadable(file, `${name} is not in the archive`);
  return entry;
}

/** Unpacks one whole entry (for the formats read whole), checked against the size and CRC the archive records. */
export async function readZipEntry(file: string, name: string): Promise<Uint8Array> {
  const entry = await zipEntry(file, name);
  if (entry.size > MAX_ENTRY_BYTES) throw tooBig(file, entry);
  const chunks: Uint8Array[] = [];
  for await (const chunk of inflateEntry(file, entry)) chunks.push(chunk);
  return Buffer.concat(chunks);
}
