import { open, readFile } from 'node:fs/promises';
import path from 'node:path';
import { AssessError } from '../errors.js';
import { decodeInput, MAX_INPUT_BYTES } from './decode.js';
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

/** The first 64 KB, or up to a line's limit when the first line is longer than that. */
async function firstBytes(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of chunks) {
    parts.push(chunk);
    length += chunk.length;
    if (length >= LONG_HEAD_BYTES) break;
  }
  const bytes = Buffer.concat(parts);
  return bytes.subarray(0, bytes.subarray(0, HEAD_BYTES).includes(10) ? HEAD_BYTES : LONG_HEAD_BYTES);
}

/**
 * Opens an input by its head only: the rest is read whole (text()) by the general readers, or
 * streamed (open()) by the street-level reader, which is what lets a file of gigabytes through.
 */
export async function readInputHead(dir: string, name: string): Promise<InputHead> {
  const shown = path.join(dir, ...name.split('/'));
  const zipped = splitZip(name);
  try {
    let size: number;
    let open: () => AsyncIterable<Uint8Array>;
    let whole: () => Promise<Uint8Array>;
    let filePath: string | undefined;
    if (zipped === undefined) {
      size = (await checkedStat(shown, Number.POSITIVE_INFINITY)).size;
      filePath = shown;
      open = () => fileChunks(shown);
      whole = async () => {
        await checkedStat(shown, MAX_INPUT_BYTES);
        return new Uint8Array(await readFile(shown));
      };
    } else {
      const archive = path.join(dir, ...zipped.archive);
      const entry = await zipEntry(archive, zipped.inner);
      size = entry.size;
      open = () => inflateEntry(archive, entry);
      whole = () => readZipEntry(archive, zipped.inner);
    }
    const start = await firstBytes(open());
    const head = decodeInput(wholeLines(start, start.length >= size), shown);
    const utf16 = (start[0] === 0xff && start[1] === 0xfe) || (start[0] === 0xfe && start[1] === 0xff);
    const text = async (): Promise<string> => decodeInput(await whole().catch(readFailure(shown)), shown);
    return { name, shown, head, size, utf16, ...(filePath === undefined ? {} : { path: filePath }), open, text };
  } catch (error) {
    return readFailure(shown)(error);
  }
}

/** A read failure in the analyst's terms, whenever it happens (opening the file or reading it whole later). */
function readFailure(shown: string): (error: unknown) => never {
  return (error) => {
    throw error instanceof AssessError ? error : cannotRead(shown, error);
  };
}

/** A whole input as text, for the files read on their own (the priority scoring sheet). */
export async function readInputText(dir: string, name: string): Promise<{ name: string; shown: string; text: string }> {
  const input = await readInputHead(dir, name);
  return { name, shown: input.shown, text: await input.text() };
}
