import { open, readFile, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { decodeInput, hasUtf16Mark, MAX_INPUT_BYTES } from './decode.js';
import type { StreamedFile } from './formats/format.js';
import { cannotRead, checkedStat, splitZip } from './list-inputs.js';
import { zipEntry, readZipEntry } from './zip-inputs.js';
import { inflateEntry } from './zip-stream.js';

/** Enough of a file to read its header and tell its format; a header longer than this is looked at up to a line's limit. */
const HEAD_BYTES = 64 * 1024;
const LONG_HEAD_BYTES = 1024 * 1024 + 2;
const CHUNK_BYTES = 1 << 20;

/** A data file known by its first bytes: its format is chosen from the head, and it is read whole or streamed. */
export interface InputHead extends Omit<StreamedFile, 'header'> {
  /** The decoded start of the file, ending at a line break unless it is the whole file. */
  head: string;
}

/** The bytes up to the last line break, so a multi-byte character is never cut in half. */
function wholeLines(bytes: Uint8Array, complete: boolean): Uint8Array {
  if (complete) return bytes;
  const lf = bytes.lastIndexOf(10);
  return lf < 0 ? bytes : bytes.subarray(0, lf + 1);
}

/**
 * Unpacked zip entries kept from reading their heads (a small entry is unpacked whole to be
 * checked against its CRC), so that reading them afterwards does not unpack them again; at
 * most this many bytes in all, so a national archive of thousands of entries is not held in memory.
 */
export class KeptEntries {
  constructor(private left = 64 * 1024 * 1024) {}

  keep(bytes: Uint8Array): Uint8Array | undefined {
    if (bytes.length > this.left) return undefined;
    this.left -= bytes.length;
    return bytes;
  }
}

/** The first bytes of an entry as they are unpacked, and all of them when the entry is that short. */
async function entryStart(chunks: AsyncIterable<Uint8Array>): Promise<{ start: Uint8Array; whole?: Uint8Array }> {
  const parts: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of chunks) {
    parts.push(chunk);
    length += chunk.length;
    if (length >= LONG_HEAD_BYTES) return { start: headOf(Buffer.concat(parts)) };
  }
  const whole = Buffer.concat(parts);
  return { start: headOf(whole), whole };
}

/** The first 64 KB, or up to a line's limit when the first line is longer than that. */
function headOf(bytes: Uint8Array): Uint8Array {
  return bytes.subarray(0, bytes.subarray(0, HEAD_BYTES).includes(10) ? HEAD_BYTES : LONG_HEAD_BYTES);
}

/** Fills `buffer` from `offset` with the file's next bytes; returns how far it got (short only at the end of the file). */
async function fill(handle: FileHandle, buffer: Uint8Array, offset: number): Promise<number> {
  let filled = offset;
  while (filled < buffer.length) {
    const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return filled;
}

/**
 * The same bytes as entryStart, read from a file on disk: 64 KB, and more only when the first
 * line is longer (a megabyte read to look at 64 KB of it was most of the cost of opening a file).
 */
async function fileStart(file: string): Promise<{ start: Uint8Array; whole?: Uint8Array }> {
  const handle = await open(file);
  try {
    const head = new Uint8Array(HEAD_BYTES);
    const filled = await fill(handle, head, 0);
    if (filled < HEAD_BYTES) return { start: head.subarray(0, filled), whole: head.subarray(0, filled) };
    if (head.includes(10)) return { start: head };
    const long = new Uint8Array(LONG_HEAD_BYTES);
    long.set(head);
    return { start: long.subarray(0, await fill(handle, long, HEAD_BYTES)) };
  } finally {
    await handle.close();
  }
}

async function* fileChunks(file: string): AsyncGenerator<Uint8Array> {
  const handle = await open(file);
  try {
    for (;;) {
      const buffer = new Uint8Array(CHUNK_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, CHUNK_BYTES, null);
      if (bytesRead === 0) return;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}

async function* chunksOf(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

/**
 * Opens an input by its head only: the rest is read whole (text()) by the general readers, or
 * streamed (open()) by the street-level reader, which is what lets a file of gigabytes through.
 * A file or entry short enough to have been read whole for its head is not read again.
 */
export async function readInputHead(dir: string, name: string, kept = new KeptEntries(0)): Promise<InputHead> {
  const shown = path.join(dir, ...name.split('/'));
  const zipped = splitZip(name);
  try {
    let size: number;
    let open: () => AsyncIterable<Uint8Array>;
    let whole: () => Promise<Uint8Array>;
    let filePath: string | undefined;
    let read: { start: Uint8Array; whole?: Uint8Array };
    if (zipped === undefined) {
      size = (await checkedStat(shown, Number.POSITIVE_INFINITY)).size;
      filePath = shown;
      read = await fileStart(shown);
      open = () => fileChunks(shown);
      whole = async () => {
        await checkedStat(shown, MAX_INPUT_BYTES);
        return new Uint8Array(await readFile(shown));
      };
    } else {
      const archive = path.join(dir, ...zipped.archive);
      const entry = await zipEntry(archive, zipped.inner);
      size = entry.size;
      read = await entryStart(inflateEntry(archive, entry));
      const unpacked = read.whole === undefined ? undefined : kept.keep(read.whole);
      open = unpacked === undefined ? () => inflateEntry(archive, entry) : () => chunksOf(unpacked);
      whole = unpacked === undefined ? () => readZipEntry(archive, zipped.inner) : async () => unpacked;
    }
    const { start } = read;
    const headBytes = wholeLines(start, start.length >= size);
    const head = decodeInput(headBytes, shown);
    // A head that is the whole file is its text: decoding the same bytes again gives the same string.
    const text = read.whole !== undefined && headBytes.length === read.whole.length
      ? async (): Promise<string> => head
      : async (): Promise<string> => decodeInput(await whole().catch(readFailure(shown)), shown);
    return { name, shown, head, size, utf16: hasUtf16Mark(start), ...(filePath === undefined ? {} : { path: filePath }), open, text };
  } catch (error) {
    return readFailure(shown)(error);
  }
}

/** A read failure in the analyst's terms, whenever it happens (opening the file or reading it whole later). */
function readFailure(shown: string): (error: unknown) => never {
  return (error) => {
    throw cannotRead(shown, error);
  };
}

/** A whole input as text, for the files read on their own (the priority scoring sheet). */
export async function readInputText(dir: string, name: string): Promise<{ name: string; shown: string; text: string }> {
  const input = await readInputHead(dir, name, new KeptEntries());
  return { name, shown: input.shown, text: await input.text() };
}
