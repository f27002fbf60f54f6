import type { StreetColumns } from './scan-bytes.js';
import { PLAIN_ROWS_WASM } from './plain-rows-wasm.js';

/** Rows found per call into the kernel: 32 bytes each of output. */
const ROWS_PER_WALK = 4096;
/**
 * How each row found is laid out, ROW_INTS i32s: the start and end of its month, LSOA and
 * crime-type cells (0 and 0 for a column it does not have), where the next row starts, and its
 * number of columns. A record read byte by byte is laid out the same way (read-record.ts).
 */
export const MONTH_START = 0;
export const NEXT_ROW = 6;
export const WIDTH = 7;
export const ROW_INTS = 8;
const PAGE_BYTES = 65536;
/** The kernel reads whole 64-byte blocks, up to 63 bytes past the end of what it was given. */
const OVERREAD_BYTES = 64;

type Walk = (pos: number, limit: number, end: number, out: number, max: number, month: number, lsoa: number, type: number) => number;

let compiled: WebAssembly.Module | null | undefined;

/** The kernel, compiled once per thread; null where WebAssembly SIMD is unavailable. */
function kernelModule(): WebAssembly.Module | null {
  if (compiled === undefined) {
    try {
      compiled = new WebAssembly.Module(Buffer.from(PLAIN_ROWS_WASM, 'base64'));
    } catch {
      compiled = null;
    }
  }
  return compiled;
}

/**
 * A street-level scanner's byte buffer, held in WebAssembly memory so that the kernel
 * (plain-rows.wat) can find the plain rows in it where they lie: bytes read from disk go
 * straight into it. The kernel's output follows the buffer, and moves when the buffer grows.
 */
export class PlainRows {
  /** The buffer: bytes are read into it and scanned in place. */
  bytes: Uint8Array;
  /** What the last walk found, ROW_INTS per row. */
  found: Int32Array;
  private readonly memory: WebAssembly.Memory;
  private readonly walkRows: Walk;
  private outAt = 0;

  /**
   * A buffer of `capacity` bytes, or undefined where the kernel cannot run: no WebAssembly SIMD,
   * or no address space for its memory (each reserves several GB; `ulimit -v` can refuse it).
   * The scanner then reads every row in JavaScript.
   */
  static create(capacity: number): PlainRows | undefined {
    const module = kernelModule();
    if (module === null) return undefined;
    try {
      const rows = new PlainRows(new WebAssembly.Instance(module, {}));
      return rows.grow(capacity) ? rows : undefined;
    } catch {
      return undefined;
    }
  }

  private constructor(instance: WebAssembly.Instance) {
    this.memory = instance.exports.memory as WebAssembly.Memory;
    this.walkRows = instance.exports.walk as Walk;
    this.bytes = new Uint8Array(0);
    this.found = new Int32Array(0);
  }

  /** Makes the buffer at least `capacity` bytes, keeping what it holds; false if the memory cannot grow. */
  grow(capacity: number): boolean {
    const outAt = Math.ceil((capacity + OVERREAD_BYTES) / 32) * 32;
    const pages = Math.ceil((outAt + ROWS_PER_WALK * ROW_INTS * 4) / PAGE_BYTES) - this.memory.buffer.byteLength / PAGE_BYTES;
    try {
      if (pages > 0) this.memory.grow(pages);
    } catch {
      return false;
    }
    this.outAt = outAt;
    // Growing the memory detaches the views over it.
    this.bytes = new Uint8Array(this.memory.buffer, 0, capacity);
    this.found = new Int32Array(this.memory.buffer, outAt, ROWS_PER_WALK * ROW_INTS);
    return true;
  }

  /**
   * Finds the plain rows from `pos` (a row start) up to the first that is not plain or not
   * complete before `end`, or that starts at or after `limit`; returns how many, described in `found`.
   */
  walk(pos: number, limit: number, end: number, columns: StreetColumns): number {
    // An i32 parameter would take Infinity as 0, and 2^31 and over as negative.
    const before = limit < end ? Math.max(0, Math.floor(limit)) : end;
    return this.walkRows(pos, before, end, this.outAt, ROWS_PER_WALK, columns.month, columns.lsoa, columns.type);
  }
}
