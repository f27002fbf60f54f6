/**
 * Gives each distinct byte string (an LSOA code, a month, a crime type) a small number, without
 * making a string per row: the bytes are stored once in an arena and found again through an
 * open-addressing hash table. A national year has ~6 million rows but only ~35,000 LSOA codes.
 */
const EMPTY = -1;

/**
 * FNV-1a over the length and at most 12 of the bytes: all of a short value (a month, an LSOA
 * code: every digit of a code counts), else the first, three between and the last four. Long
 * values (crime types) are few and differ in length or those bytes, and a full comparison
 * decides equality anyway; hashing every byte of every crime type was a quarter of the time spent
 * counting.
 */
function sampledHash(bytes: Uint8Array, start: number, end: number): number {
  const length = end - start;
  let hash = Math.imul(0x811c9dc5 ^ length, 0x01000193);
  if (length <= 12) {
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193);
    return hash;
  }
  const step = (length - 4) >> 2;
  for (let k = 0, i = start; k < 4; k++, i += step) hash = Math.imul(hash ^ bytes[i]!, 0x01000193);
  for (let i = end - 4; i < end; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193);
  return hash;
}

export class ByteInterner {
  private slots = new Int32Array(1 << 10).fill(EMPTY);
  private hashes = new Int32Array(1 << 9);
  private starts = new Int32Array(1 << 9);
  private lengths = new Int32Array(1 << 9);
  private arena = new Uint8Array(1 << 14);
  private used = 0;
  size = 0;

  id(bytes: Uint8Array, start: number, end: number): number {
    const hash = sampledHash(bytes, start, end);
    const mask = this.slots.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot]!;
      if (id === EMPTY) {
        this.slots[slot] = this.insert(hash, bytes, start, end);
        if (this.size * 2 > this.slots.length) this.rehash();
        return this.size - 1;
      }
      if (this.hashes[id] === hash && this.lengths[id] === length && this.equal(this.starts[id]!, bytes, start, end)) return id;
    }
  }

  private equal(at: number, bytes: Uint8Array, start: number, end: number): boolean {
    const arena = this.arena;
    for (let i = start; i < end; i++) if (arena[at++] !== bytes[i]) return false;
    return true;
  }

  private insert(hash: number, bytes: Uint8Array, start: number, end: number): number {
    const id = this.size++;
    if (id === this.hashes.length) {
      this.hashes = grown(this.hashes);
      this.starts = grown(this.starts);
      this.lengths = grown(this.lengths);
    }
    const length = end - start;
    if (this.used + length > this.arena.length) {
      const arena = new Uint8Array(Math.max(this.arena.length * 2, this.used + length));
      arena.set(this.arena);
      this.arena = arena;
    }
    this.arena.set(bytes.subarray(start, end), this.used);
    this.starts[id] = this.used;
    this.lengths[id] = length;
    this.hashes[id] = hash;
    this.used += length;
    return id;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(EMPTY);
    const mask = slots.length - 1;
    for (let id = 0; id < this.size; id++) {
      let slot = this.hashes[id]! & mask;
      while (slots[slot] !== EMPTY) slot = (slot + 1) & mask;
      slots[slot] = id;
    }
    this.slots = slots;
  }

  /** The bytes of each id, in id order. */
  values(): Uint8Array[] {
    return Array.from({ length: this.size }, (_, id) => this.arena.slice(this.starts[id]!, this.starts[id]! + this.lengths[id]!));
  }
}

/** The array at twice the length, its values kept. */
export function grown(array: Int32Array): Int32Array<ArrayBuffer> {
  const next = new Int32Array(array.length * 2);
  next.set(array);
  return next;
}
