import { createReadStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import * as zlib from 'node:zlib';
import { AssessError, ExitCode } from '../errors.js';

/** One file in an archive, from its central-directory record. */
export interface ZipEntry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const CHUNK = 1 << 20;

/** Windows zip tools write backslashes; entries are named with forward slashes throughout. */
function entryName(raw: string): string {
  return raw.replace(/\\/g, '/').replace(/^\/+/, '');
}

/** The end-of-directory record is in the last 64 KB + 22 bytes (its comment is at most 64 KB). */
const TAIL_BYTES = 0xffff + 22;

async function readAt(handle: FileHandle, position: number, length: number): Promise<Uint8Array> {
  const buffer = new Uint8Array(length);
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  return buffer.subarray(0, bytesRead);
}

/**
 * Every entry of an archive's central directory, read from the end of the file (nothing is
 * unpacked, and the archive is never held in memory whole). Empty when there is no directory.
 */
export async function zipDirectory(file: string): Promise<ZipEntry[]> {
  const handle = await open(file);
  try {
    const { size } = await handle.stat();
    const tailStart = Math.max(0, size - TAIL_BYTES);
    const tail = await readAt(handle, tailStart, size - tailStart);
    const tailView = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
    let end = -1;
    for (let at = tail.length - 22; at >= 0; at--) {
      if (tailView.getUint32(at, true) === 0x06054b50) {
        end = at;
        break;
      }
    }
    if (end < 0) return [];
    const count = tailView.getUint16(end + 10, true);
    const directorySize = tailView.getUint32(end + 12, true);
    const directoryStart = tailView.getUint32(end + 16, true);
    if (count === 0xffff || directoryStart === 0xffffffff) throw zipUnreadable(file, 'a ZIP64 archive (over 4 GB or 65,535 files), which assess does not unpack');
    const bytes = await readAt(handle, directoryStart, Math.min(directorySize, size - directoryStart));
    return directoryEntries(bytes, count);
  } finally {
    await handle.close();
  }
}

function directoryEntries(bytes: Uint8Array, count: number): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries: ZipEntry[] = [];
  let at = 0;
  for (let i = 0; i < count && at + 46 <= bytes.length && view.getUint32(at, true) === 0x02014b50; i++) {
    const nameLength = view.getUint16(at + 28, true);
    const utf8 = (view.getUint16(at + 8, true) & 0x800) !== 0;
    const rawName = Buffer.from(bytes.subarray(at + 46, at + 46 + nameLength)).toString(utf8 ? 'utf8' : 'latin1');
    entries.push({
      name: entryName(rawName),
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/** An archive that cannot be read, in the analyst's terms. */
export function zipUnreadable(shown: string, found: string): AssessError {
  return new AssessError('The zip archive cannot be read', ExitCode.badInput, {
    location: { file: shown },
    found,
    expected: 'a complete .zip archive of CSV files (as downloaded from data.police.uk)',
    fix: 'Download the archive again (it may be incomplete), or unzip it into the data folder yourself.',
  });
}

/** The running CRC-32 of the bytes seen: zlib's own where this Node has it (20.15+), else a table. */
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const nativeCrc = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;
function crc32(bytes: Uint8Array, previous: number): number {
  if (nativeCrc !== undefined) return nativeCrc(bytes, previous);
  let crc = ~previous;
  for (let i = 0; i < bytes.length; i++) crc = crcTable[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return ~crc >>> 0;
}

/**
 * The unpacked bytes of one entry, in chunks, inflated as they are read so an archive of a
 * national year never sits unpacked in memory. The size and CRC the archive records are
 * checked at the end: damaged deflate data can inflate to plausible wrong text.
 */
export async function* inflateEntry(file: string, entry: ZipEntry): AsyncGenerator<Uint8Array> {
  const handle = await open(file);
  let start: number;
  try {
    const local = await readAt(handle, entry.localOffset, 30);
    const view = new DataView(local.buffer, local.byteOffset, local.byteLength);
    if (local.length < 30 || view.getUint32(0, true) !== 0x04034b50) throw zipUnreadable(file, `${entry.name}: its local header is missing`);
    start = entry.localOffset + 30 + view.getUint16(26, true) + view.getUint16(28, true);
    if (start + entry.compressedSize > (await handle.stat()).size) throw zipUnreadable(file, `${entry.name} is cut short`);
  } finally {
    await handle.close();
  }
  if (entry.method !== 0 && entry.method !== 8) throw zipUnreadable(file, `${entry.name} uses compression method ${entry.method}, which assess cannot unpack`);
  if (entry.compressedSize === 0) {
    if (entry.size !== 0) throw zipUnreadable(file, `${entry.name} is damaged: it records ${entry.size.toLocaleString('en-GB')} bytes but holds none`);
    return;
  }
  const source = createReadStream(file, { start, end: start + entry.compressedSize - 1, highWaterMark: CHUNK });
  const chunks: AsyncIterable<Uint8Array> = entry.method === 0 ? source : source.pipe(zlib.createInflateRaw({ chunkSize: CHUNK }));
  let size = 0;
  let crc = 0;
  try {
    for await (const chunk of chunks) {
      size += chunk.length;
      if (size > entry.size) throw zipUnreadable(file, `${entry.name} unpacks to more than the ${entry.size.toLocaleString('en-GB')} bytes the archive records`);
      crc = crc32(chunk, crc);
      yield chunk;
    }
  } catch (error) {
    if (error instanceof AssessError) throw error;
    throw zipUnreadable(file, `${entry.name}: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    source.destroy();
  }
  if (size !== entry.size || crc !== entry.crc) throw zipUnreadable(file, `${entry.name} is damaged: its contents do not match the checksum recorded in the archive`);
}
