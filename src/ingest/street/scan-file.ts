import { closeSync, openSync, readSync } from 'node:fs';
import type { ScanProblem, StreetColumns } from './scan-bytes.js';
import { StreetScanner } from './street-scanner.js';
import type { StreetCells } from './street-cells.js';

const CHUNK_BYTES = 1 << 22;

/** One byte range of a street-level file to count; a range after the first starts at the first line break in it. */
export interface RangeTask {
  path: string;
  columns: StreetColumns;
  start: number;
  /** Exclusive; the record that straddles it is finished by this range. Undefined: to the end of the file. */
  end?: number;
  /** Start exactly at `start` (a known record boundary) instead of after the next line break. */
  exact?: boolean;
}

export interface RangeOutcome {
  /** Lines in the cells are relative to where this range began. */
  cells: StreetCells;
  rows: number;
  /** Lines consumed, so the next range's line numbers can be made absolute. */
  lines: number;
  problem?: ScanProblem;
  /** Offset of the first record this range counted, and of the first record after it. */
  startedAt: number;
  stoppedAt: number;
}

function outcomeOf(scanner: StreetScanner, startedAt: number, stoppedAt: number): RangeOutcome {
  const { rows, lines, problem } = scanner;
  return { cells: scanner.counter.cells(), rows, lines, ...(problem === undefined ? {} : { problem }), startedAt, stoppedAt };
}

/** The offset just past the first line break at or after `from - 1`: where a record surely starts, outside quotes. */
function recordStart(fd: number, from: number): number {
  const probe = Buffer.allocUnsafe(1 << 16);
  for (let at = from - 1; ; at += probe.length) {
    const read = readSync(fd, probe, 0, probe.length, at);
    if (read === 0) return at;
    const lf = probe.subarray(0, read).indexOf(10);
    if (lf >= 0) return at + lf + 1;
  }
}

function bomLength(fd: number): number {
  const head = Buffer.alloc(3);
  readSync(fd, head, 0, 3, 0);
  return head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
}

/**
 * Counts one range of a file with positioned reads, in constant memory. Synchronous: it runs in
 * a worker thread, or inline for small inputs where starting threads costs more than it saves.
 */
export function scanFileRange(task: RangeTask): RangeOutcome {
  const fd = openSync(task.path, 'r');
  try {
    const startedAt = task.start === 0 ? bomLength(fd) : task.exact ? task.start : recordStart(fd, task.start);
    const scanner = new StreetScanner(task.columns, { header: task.start === 0, startAt: startedAt, stopAt: task.end, chunkBytes: CHUNK_BYTES });
    let position = startedAt;
    for (;;) {
      const { buffer, offset } = scanner.space(CHUNK_BYTES);
      const read = readSync(fd, buffer, offset, CHUNK_BYTES, position);
      if (read === 0) {
        scanner.finish();
        break;
      }
      position += read;
      scanner.commit(read);
      if (scanner.done) break;
    }
    return outcomeOf(scanner, startedAt, scanner.stoppedAt ?? position);
  } finally {
    closeSync(fd);
  }
}

/** Counts a stream of bytes (a file inside a zip archive) in constant memory. */
export async function scanChunks(chunks: AsyncIterable<Uint8Array>, columns: StreetColumns): Promise<RangeOutcome> {
  // Room for an inflated chunk (up to 1 MB, zip-stream.ts) and the row it cuts, without growing.
  const scanner = new StreetScanner(columns, { header: true, chunkBytes: 2 << 20 });
  let first = true;
  let bytes = 0;
  for await (const raw of chunks) {
    const chunk = first && raw[0] === 0xef && raw[1] === 0xbb && raw[2] === 0xbf ? raw.subarray(3) : raw;
    first = false;
    bytes += raw.length;
    scanner.push(chunk);
    if (scanner.done) break;
  }
  if (!scanner.done) scanner.finish();
  return outcomeOf(scanner, 0, bytes);
}
