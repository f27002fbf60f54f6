import { MAX_LINE_CHARS } from '../decode.js';
import { CellCounter } from './cell-counter.js';
import { MONTH_START, NEXT_ROW, PlainRows, ROW_INTS, WIDTH } from './plain-rows.js';
import { BREAKS, COMPLETE, readRecord, RECORD_INTS } from './read-record.js';
import { hasLineBreak, isBlank, type ScanProblem, type StreetColumns } from './scan-bytes.js';

/** No real record spans this much: a quoted field this long is a quote that is never closed. */
const MAX_RECORD_BYTES = 16 * 1024 * 1024;
/**
 * Rows read byte by byte after one the kernel could not read, before it is asked again: rows
 * near a quoted row are often quoted too (R's write.csv quotes every cell), and asking the
 * kernel for each would read every such row twice.
 */
const KERNEL_PAUSE_ROWS = 16;

/**
 * Counts a data.police.uk street-level file's rows by month, LSOA code and crime type straight
 * from its bytes (RFC 4180 quoting, CRLF or LF), without making a row object or a string per
 * row: this is the hot path of a national build. Bytes are pushed in chunks, so memory stays
 * flat however large the file. Plain rows (no quote, no control byte) are found by a
 * WebAssembly kernel (plain-rows.wat); every other row is read here byte by byte. It refuses
 * what the general CSV reader refuses (control characters, enormous lines, stray or unclosed
 * quotes, a last row cut short); a file with old Mac line ends (a lone CR) is reported as
 * 'lone-cr' so the caller can use the general reader.
 */
export class StreetScanner {
  readonly counter = new CellCounter();
  rows = 0;
  /** Lines consumed, including the header and blank lines. */
  lines = 0;
  problem: ScanProblem | undefined;
  /** Absolute offset of the first record that starts at or after `stopAt`, once reached. */
  stoppedAt: number | undefined;
  private buffer: Uint8Array;
  /** The same bytes as 32-bit words, for the byte-by-byte reader to pass over 4 plain bytes at a time. */
  private words: Int32Array;
  /** Undefined without WebAssembly SIMD, or once its memory could not grow: every row is then read byte by byte. */
  private kernel: PlainRows | undefined;
  private kernelPause = 0;
  private length = 0;
  private pos = 0;
  /** Absolute offset of buffer[0]. */
  private base: number;
  private headerPending: boolean;
  private previousWidth: number;
  private readonly stopAt: number | undefined;
  /** The record read byte by byte, laid out as the kernel lays out each row it finds. */
  private readonly record = new Int32Array(RECORD_INTS);

  constructor(private readonly columns: StreetColumns, options: { header: boolean; startAt?: number; stopAt?: number; chunkBytes?: number; kernel?: boolean }) {
    const capacity = options.chunkBytes ?? 1 << 22;
    this.kernel = options.kernel === false ? undefined : PlainRows.create(capacity);
    this.buffer = this.kernel?.bytes ?? new Uint8Array(capacity);
    this.words = wordsOf(this.buffer);
    this.base = options.startAt ?? 0;
    this.headerPending = options.header;
    this.previousWidth = columns.width;
    this.stopAt = options.stopAt;
  }

  get done(): boolean {
    return this.problem !== undefined || this.stoppedAt !== undefined;
  }

  /** Where to put the next bytes: at least `bytes` free, growing only for a record longer than a chunk. */
  space(bytes: number): { buffer: Uint8Array; offset: number } {
    if (this.pos > 0) {
      this.buffer.copyWithin(0, this.pos, this.length);
      this.length -= this.pos;
      this.base += this.pos;
      this.pos = 0;
    }
    if (this.buffer.length - this.length < bytes) {
      if (this.kernel?.grow(this.length + bytes)) {
        this.buffer = this.kernel.bytes;
      } else {
        this.kernel = undefined;
        const grown = new Uint8Array(this.length + bytes);
        grown.set(this.buffer.subarray(0, this.length));
        this.buffer = grown;
      }
      this.words = wordsOf(this.buffer);
    }
    return { buffer: this.buffer, offset: this.length };
  }

  /** Counts the complete records among the bytes just written into space(). */
  commit(bytes: number): void {
    this.length += bytes;
    this.scan(false);
  }

  push(chunk: Uint8Array): void {
    const { buffer, offset } = this.space(chunk.length);
    buffer.set(chunk, offset);
    this.commit(chunk.length);
  }

  /** Counts the last record, which may have no line break after it. */
  finish(): void {
    // A DOS end-of-file mark (Ctrl-Z) left by old tools is not data.
    while (this.length > this.pos && this.buffer[this.length - 1] === 26) this.length--;
    this.scan(true);
  }

  private scan(final: boolean): void {
    const end = this.length;
    const limit = this.stopAt === undefined ? end : this.stopAt - this.base;
    let pos = this.pos;
    while (pos < end && !this.done) {
      if (pos >= limit) {
        this.stoppedAt = this.base + pos;
        break;
      }
      if (this.kernel !== undefined && this.kernelPause === 0) {
        const walked = this.plainRows(pos, limit, end);
        if (walked !== pos) {
          pos = walked;
          continue;
        }
        this.kernelPause = KERNEL_PAUSE_ROWS;
      } else if (this.kernelPause > 0) this.kernelPause--;
      const next = this.readRecord(pos, end, final);
      if (next < 0) break;
      pos = next;
    }
    // A record longer than any line may be is refused before the buffer grows without end; one
    // that runs over many lines is an opening quote that is never closed.
    if (!this.done && !final && end - pos > MAX_LINE_CHARS + 2) {
      if (!hasLineBreak(this.buffer, pos, end)) this.fail({ kind: 'long-line', line: this.lines + 1 });
      else if (end - pos > MAX_RECORD_BYTES) this.fail({ kind: 'unclosed-quote', line: this.lines + 1 });
    }
    this.pos = pos;
  }

  /** Counts the plain rows the kernel finds from `pos`; returns where the next row starts. */
  private plainRows(pos: number, limit: number, end: number): number {
    const kernel = this.kernel!;
    const found = kernel.walk(pos, limit, end, this.columns);
    const rows = kernel.found;
    for (let at = 0; at < found * ROW_INTS && !this.done; at += ROW_INTS) {
      const next = rows[at + NEXT_ROW]!;
      if (next - pos > MAX_LINE_CHARS) {
        this.fail({ kind: 'long-line', line: this.lines + 1 });
        break;
      }
      this.lines++;
      this.tally(rows, at, pos, true, this.lines);
      pos = next;
    }
    return pos;
  }

  /** Reads and counts one record byte by byte; returns where the next starts, or -1 when it needs more bytes or the file cannot be read. */
  private readRecord(pos: number, end: number, final: boolean): number {
    const record = this.record;
    const line = this.lines + 1;
    const outcome = readRecord(this.buffer, this.words, pos, end, final, this.columns, line, record);
    if (outcome === 'more') return -1;
    if (outcome !== undefined) return this.fail(outcome);
    this.lines += 1 + record[BREAKS]!;
    this.tally(record, 0, pos, record[COMPLETE] === 1, line);
    return this.done ? -1 : record[NEXT_ROW]!;
  }

  /** Counts one record laid out as the kernel lays out a row, unless it is blank or the header. */
  private tally(record: Int32Array, at: number, start: number, complete: boolean, line: number): void {
    const buf = this.buffer;
    const cells = at + MONTH_START;
    const m0 = record[cells]!, m1 = record[cells + 1]!, l0 = record[cells + 2]!, l1 = record[cells + 3]!, t0 = record[cells + 4]!, t1 = record[cells + 5]!;
    const width = record[at + WIDTH]!;
    if (m1 === m0 && l1 === l0 && t1 === t0 && isBlank(buf, start, record[at + NEXT_ROW]!)) return;
    if (this.headerPending) {
      this.headerPending = false;
      return;
    }
    if (!complete && width > 1 && width < Math.min(this.columns.width, this.previousWidth)) return void this.fail({ kind: 'cut-short', line, detail: width });
    this.rows++;
    this.counter.add(buf, m0, m1, l0, l1, t0, t1, line);
    this.previousWidth = width;
  }

  private fail(problem: ScanProblem): -1 {
    this.problem = problem;
    return -1;
  }
}

/** Buffers start 4-aligned (a fresh ArrayBuffer, or WebAssembly memory at offset 0). */
const wordsOf = (buffer: Uint8Array): Int32Array => new Int32Array(buffer.buffer, buffer.byteOffset, buffer.byteLength >> 2);
