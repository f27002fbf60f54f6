import { unzipSync, type UnzipFileInfo } from 'fflate';
import { AssessError, ExitCode } from '../errors.js';
import { MAX_INPUT_BYTES } from './decode.js';

/** data.police.uk archives nest months one folder deep (2024-01/2024-01-kent-street.csv); deeper is not data. */
const MAX_ENTRY_DEPTH = 3;

/**
 * A CSV bigger than this when unpacked is not a partner extract (a year of a county force is
 * ~100 MB); refusing it keeps a zip bomb from exhausting memory. The same limit as a plain file.
 */
export const MAX_ENTRY_BYTES = MAX_INPUT_BYTES;

/** An archive bigger than this is not a download of partner data; it is refused before it is read. */
export const MAX_ARCHIVE_BYTES = 1024 * 1024 * 1024;

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = crcTable[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/**
 * The CRC-32 of each entry, in central-directory order (the order fflate visits entries in).
 * fflate does not check CRCs, and damaged deflate data can inflate to plausible wrong text.
 * Empty when the directory cannot be found: fflate then reports the archive as unreadable.
 */
function directoryCrcs(bytes: Uint8Array): number[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) return [];
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const crcs: number[] = [];
  for (let i = 0; i < count && at + 46 <= bytes.length && view.getUint32(at, true) === 0x02014b50; i++) {
    crcs.push(view.getUint32(at + 16, true));
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return crcs;
}

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

/** Unpacks one entry, as listed by listZipCsv, checking it against the CRC the archive records. */
export function readZipEntry(bytes: Uint8Array, name: string, shown: string): Uint8Array {
  let large: UnzipFileInfo | undefined;
  let files: Record<string, Uint8Array>;
  let index = -1;
  let position = -1;
  try {
    files = unzipSync(bytes, {
      filter: (info) => {
        index++;
        if (entryName(info.name) !== name) return false;
        position = index;
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
  const expected = directoryCrcs(bytes)[position];
  if (expected !== undefined && crc32(found[1]) !== expected) {
    throw unreadable(shown, new Error(`${name} is damaged: its contents do not match the checksum recorded in the archive`));
  }
  return found[1];
}
