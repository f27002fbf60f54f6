import type { StreetColumns } from './scan-bytes.js';
import { PLAIN_ROWS_WASM } from './plain-rows-wasm.js';

/** Rows found per call into the kernel: 32 bytes each of output. */
const ROWS_PER_WALK = 4096;
/** i32s per row found: three cells' start and end, the next row's start, the row's width. */
export const ROW_INTS = 8;
const PAGE_BYTES = 65536;
/** The kernel reads whole 64-byte blocks, up to 63 bytes past the end of what it was given. */
const OVERREAD_BYTES = 64;

type Walk = (pos: number, limit: number, end: number, out: number, max: number, month: number, lsoa: number, type: number) => number;

let compiled: WebAssembly.Module | null | undefined;

/** The kernel, compiled once per thread; null where WebAssembly SIMD is unavailable (the scanner then reads every row in JavaScript). */
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
 * (plain-rows.wat) can find the plain rows in it where they lie, without a copy. The kernel's
 * output follows the buffer, and moves when the buffer grows.
 */
export class PlainRows {
  /** The buffer: bytes are read into it and scanned in place. */
  bytes: Uint8Array;
  /** What the last walk found, ROW_INTS per row. */
  found: Int32Array;
  private readonly memory: WebAssembly.Memory;
  private readonly walkRows: Walk;
  private outAt = 0;

  /** A buffer of `capacity` bytes, or undefined where the kernel cannot run. */
  static create(capacity: number): PlainRows | undefined {
    const module = kernelModule();
    return module === null ? undefined : new PlainRows(new WebAssembly.Instance(module, {}), capacity);
  }

  private constructor(instance: WebAssembly.Instance, capacity: number) {
    this.memory = instance.exports.memory as WebAssembly.Memory;
    this.walkRows = instance.exports.walk as Walk;
    this.bytes = new Uint8Array(0);
    this.found = new Int32Array(0);
    this.grow(capacity);
  }

  /** Makes the buffer at least `capacity` bytes, keeping what it holds. */
  grow(capacity: number): void {
    this.outAt = Math.ceil((capacity + OVERREAD_BYTES) / 32) * 32;
    const needed = this.outAt + ROWS_PER_WALK * ROW_INTS * 4;
    const pages = Math.ceil(needed / PAGE_BYTES) - this.memory.buffer.byteLength / PAGE_BYTES;
    if (pages > 0) this.memory.grow(pages);
    // Growing the memory detaches the views over it.
    this.bytes = new Uint8Array(this.memory.buffer, 0, capacity);
    this.found = new Int32Array(this.memory.buffer, this.outAt, ROWS_PER_WALK * ROW_INTS);
  }

  /**
   * Finds the plain rows from `pos` (a row start) up to the first that is not plain or not
   * complete before `end`, or that starts at or after `limit`; returns how many, described in `found`.
   */
  walk(pos: number, limit: number, end: number, columns: StreetColumns): number {
    return this.walkRows(pos, Math.min(limit, end), end, this.outAt, ROWS_PER_WALK, columns.month, columns.lsoa, columns.type);
  }
}
