import { ByteInterner, grown } from './byte-interner.js';
import { cellText, type StreetCells } from './street-cells.js';

const EMPTY = -1;
const DIGIT_0 = 48;
const LETTER_E = 69;
const LETTER_W = 87;
const POWERS = [1, 10, 100, 1000, 10_000, 100_000];

const PAGE_BITS = 10;
const PAGE_MASK = (1 << PAGE_BITS) - 1;
/** A page for each 1,024 of the million six-digit numbers, none made yet (packed, not sparse, so V8 keeps it fast). */
const emptyPages = (): (Int32Array | undefined)[] => Array.from({ length: (1_000_000 >> PAGE_BITS) + 1 }, () => undefined);

/** The hash of a (month, LSOA, type) id triple: one function, so adding and rehashing find the same slots. */
const cellHash = (m: number, l: number, t: number): number => Math.imul(l, 0x9e3779b1) ^ Math.imul(m, 0x85ebca6b) ^ Math.imul(t, 0xc2b2ae35);

/**
 * Counts rows by (month, LSOA, crime type) straight from the bytes of their cells: each cell is
 * interned to a small number and the combination counted in an open-addressing table of
 * integers, so no string is made until the distinct values are read out at the end.
 */
export class CellCounter {
  private readonly months = new ByteInterner();
  private readonly lsoas = new ByteInterner();
  private readonly types = new ByteInterner();
  /** By the number in an E01 and a W01 code, in pages of 1,024 made as first needed: id + 1, 0 for not seen yet. */
  private readonly lsoaPages: (Int32Array | undefined)[][] = [emptyPages(), emptyPages()];
  private slots = new Int32Array(1 << 12).fill(EMPTY);
  private month = new Int32Array(1 << 11);
  private lsoa = new Int32Array(1 << 11);
  private type = new Int32Array(1 << 11);
  private count = new Int32Array(1 << 11);
  private line = new Int32Array(1 << 11);
  size = 0;
  /** Files are monthly: the month of the last row is nearly always the month of the next. */
  private lastMonth = { id: -1, bytes: new Uint8Array(0) };

  add(bytes: Uint8Array, m0: number, m1: number, l0: number, l1: number, t0: number, t1: number, line: number): void {
    const m = this.monthId(bytes, m0, m1);
    const l = this.lsoaId(bytes, l0, l1);
    const t = this.types.id(bytes, t0, t1);
    const mask = this.slots.length - 1;
    for (let slot = cellHash(m, l, t) & mask; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot]!;
      if (id === EMPTY) {
        this.slots[slot] = this.insert(m, l, t, line);
        if (this.size * 2 > this.slots.length) this.rehash();
        return;
      }
      if (this.lsoa[id] === l && this.month[id] === m && this.type[id] === t) {
        this.count[id]!++;
        return;
      }
    }
  }

  /**
   * LSOA codes are E01 or W01 and six digits: such a code is looked up by its number in a table,
   * without hashing it. The table is in pages made as first needed: a file holds one force's
   * LSOAs, numbered close together, and a zip of monthly files makes a counter per month.
   */
  private lsoaId(bytes: Uint8Array, start: number, end: number): number {
    if (end - start === 9 && bytes[start + 1] === DIGIT_0 && bytes[start + 2] === DIGIT_0 + 1) {
      const letter = bytes[start];
      const nation = letter === LETTER_E ? 0 : letter === LETTER_W ? 1 : -1;
      let key = nation < 0 ? -1 : 0;
      for (let i = start + 3; i < end && key >= 0; i++) {
        const digit = bytes[i]! - DIGIT_0;
        key = digit >= 0 && digit <= 9 ? key + digit * POWERS[end - 1 - i]! : -1;
      }
      if (key >= 0) {
        const pages = this.lsoaPages[nation]!;
        const page = (pages[key >> PAGE_BITS] ??= new Int32Array(1 << PAGE_BITS));
        const known = page[key & PAGE_MASK]!;
        if (known > 0) return known - 1;
        const id = this.lsoas.id(bytes, start, end);
        page[key & PAGE_MASK] = id + 1;
        return id;
      }
    }
    return this.lsoas.id(bytes, start, end);
  }

  private monthId(bytes: Uint8Array, start: number, end: number): number {
    const last = this.lastMonth;
    if (last.id >= 0 && end - start === last.bytes.length) {
      let same = true;
      for (let i = 0; i < last.bytes.length; i++) if (bytes[start + i] !== last.bytes[i]) same = false;
      if (same) return last.id;
    }
    const id = this.months.id(bytes, start, end);
    this.lastMonth = { id, bytes: bytes.slice(start, end) };
    return id;
  }

  private insert(m: number, l: number, t: number, line: number): number {
    const id = this.size++;
    if (id === this.count.length) {
      this.month = grown(this.month);
      this.lsoa = grown(this.lsoa);
      this.type = grown(this.type);
      this.count = grown(this.count);
      this.line = grown(this.line);
    }
    this.month[id] = m;
    this.lsoa[id] = l;
    this.type[id] = t;
    this.count[id] = 1;
    this.line[id] = line;
    return id;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(EMPTY);
    const mask = slots.length - 1;
    for (let id = 0; id < this.size; id++) {
      let slot = cellHash(this.month[id]!, this.lsoa[id]!, this.type[id]!) & mask;
      while (slots[slot] !== EMPTY) slot = (slot + 1) & mask;
      slots[slot] = id;
    }
    this.slots = slots;
  }

  /** The counts, with the distinct values made text once each. */
  cells(): StreetCells {
    const n = this.size;
    return {
      months: this.months.values().map(cellText),
      lsoas: this.lsoas.values().map(cellText),
      types: this.types.values().map(cellText),
      size: n,
      month: this.month.slice(0, n), lsoa: this.lsoa.slice(0, n), type: this.type.slice(0, n), count: this.count.slice(0, n), line: this.line.slice(0, n),
    };
  }
}
