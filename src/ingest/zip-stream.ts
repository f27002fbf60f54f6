import { createInflateRaw } from 'node:zlib';
import * as zlib from 'node:zlib';
import { Readable } from 'node:stream';
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

/** Every entry of an archive's central directory; empty when the directory cannot be found. */
export function zipDirectory(bytes: Uint8Array): ZipEntry[] {
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
  const entries: ZipEntry[] = [];
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
export async function* inflateEntry(bytes: Uint8Array, entry: ZipEntry, shown: string): AsyncGenerator<Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const local = entry.localOffset;
  if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) throw zipUnreadable(shown, `${entry.name}: its local header is missing`);
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  const compressed = bytes.subarray(start, start + entry.compressedSize);
  if (compressed.length < entry.compressedSize) throw zipUnreadable(shown, `${entry.name} is cut short`);
  if (entry.method !== 0 && entry.method !== 8) throw zipUnreadable(shown, `${entry.name} uses compression method ${entry.method}, which assess cannot unpack`);
  const source = Readable.from((function* () {
    for (let at = 0; at < compressed.length; at += CHUNK) yield compressed.subarray(at, at + CHUNK);
  })());
  const chunks: AsyncIterable<Uint8Array> = entry.method === 0 ? source : source.pipe(createInflateRaw({ chunkSize: CHUNK }));
  let size = 0;
  let crc = 0;
  try {
    for await (const chunk of chunks) {
      size += chunk.length;
      if (size > entry.size) throw zipUnreadable(shown, `${entry.name} unpacks to more than the ${entry.size.toLocaleString('en-GB')} bytes the archive records`);
      crc = crc32(chunk, crc);
      yield chunk;
    }
  } catch (error) {
    if (error instanceof AssessError) throw error;
    throw zipUnreadable(shown, `${entry.name}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (size !== entry.size || crc !== entry.crc) throw zipUnreadable(shown, `${entry.name} is damaged: its contents do not match the checksum recorded in the archive`);
}
