/**
 * Counts rows by three byte fields (month, LSOA code, crime type) without making a string per
 * row: each distinct triple is stored once in a byte arena and found again through an
 * open-addressing hash table. A national year has ~6 million rows but only ~1 million distinct
 * triples, so strings are made once per triple when the counts are read out.
 */
export interface TripleCount {
  fields: [Uint8Array, Uint8Array, Uint8Array];
  count: number;
  /** Line (1-based, relative to where counting started) of the first row with this triple. */
  line: number;
}

const EMPTY = -1;

export class TripleCounter {
  private slots = new Int32Array(1 << 16).fill(EMPTY);
  private hashes = new Int32Array(1 << 12);
  /** Per triple: offset in the arena and the lengths of its three fields. */
  private starts = new Int32Array(1 << 12);
  private lengths = new Int32Array(3 << 12);
  private counts = new Int32Array(1 << 12);
  private lines = new Int32Array(1 << 12);
  private arena = new Uint8Array(1 << 16);
  private used = 0;
  size = 0;

  add(bytes: Uint8Array, a0: number, a1: number, b0: number, b1: number, c0: number, c1: number, line: number): void {
    let hash = 0x811c9dc5 | 0;
    for (let i = a0; i < a1; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193);
    hash = Math.imul(hash ^ 0x2c, 0x01000193);
    for (let i = b0; i < b1; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193);
    hash = Math.imul(hash ^ 0x2c, 0x01000193);
    for (let i = c0; i < c1; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot]!;
      if (id === EMPTY) {
        this.slots[slot] = this.insert(hash, bytes, a0, a1, b0, b1, c0, c1, line);
        if (this.size * 2 > this.slots.length) this.rehash();
        return;
      }
      if (this.hashes[id] === hash && this.equal(id, bytes, a0, a1, b0, b1, c0, c1)) {
        this.counts[id]!++;
        return;
      }
    }
  }

  private equal(id: number, bytes: Uint8Array, a0: number, a1: number, b0: number, b1: number, c0: number, c1: number): boolean {
    const l = id * 3;
    if (this.lengths[l] !== a1 - a0 || this.lengths[l + 1] !== b1 - b0 || this.lengths[l + 2] !== c1 - c0) return false;
    const arena = this.arena;
    let at = this.starts[id]!;
    for (let i = a0; i < a1; i++) if (arena[at++] !== bytes[i]) return false;
    for (let i = b0; i < b1; i++) if (arena[at++] !== bytes[i]) return false;
    for (let i = c0; i < c1; i++) if (arena[at++] !== bytes[i]) return false;
    return true;
  }

  private insert(hash: number, bytes: Uint8Array, a0: number, a1: number, b0: number, b1: number, c0: number, c1: number, line: number): number {
    const id = this.size++;
    if (id === this.counts.length) this.grow();
    const length = a1 - a0 + (b1 - b0) + (c1 - c0);
    if (this.used + length > this.arena.length) this.arena = copyInto(new Uint8Array(Math.max(this.arena.length * 2, this.used + length)), this.arena);
    this.starts[id] = this.used;
    this.arena.set(bytes.subarray(a0, a1), this.used);
    this.arena.set(bytes.subarray(b0, b1), this.used + (a1 - a0));
    this.arena.set(bytes.subarray(c0, c1), this.used + (a1 - a0) + (b1 - b0));
    this.used += length;
    this.lengths[id * 3] = a1 - a0;
    this.lengths[id * 3 + 1] = b1 - b0;
    this.lengths[id * 3 + 2] = c1 - c0;
    this.hashes[id] = hash;
    this.counts[id] = 1;
    this.lines[id] = line;
    return id;
  }

  private grow(): void {
    const capacity = this.counts.length * 2;
    this.hashes = copyInto(new Int32Array(capacity), this.hashes);
    this.starts = copyInto(new Int32Array(capacity), this.starts);
    this.counts = copyInto(new Int32Array(capacity), this.counts);
    this.lines = copyInto(new Int32Array(capacity), this.lines);
    this.lengths = copyInto(new Int32Array(capacity * 3), this.lengths);
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

  /** Every distinct triple with its count, in the order first seen. */
  *entries(): Generator<TripleCount> {
    for (let id = 0; id < this.size; id++) {
      const start = this.starts[id]!;
      const a = this.lengths[id * 3]!;
      const b = this.lengths[id * 3 + 1]!;
      const c = this.lengths[id * 3 + 2]!;
      const fields: [Uint8Array, Uint8Array, Uint8Array] = [
        this.arena.slice(start, start + a), this.arena.slice(start + a, start + a + b), this.arena.slice(start + a + b, start + a + b + c),
      ];
      yield { fields, count: this.counts[id]!, line: this.lines[id]! };
    }
  }
}

function copyInto<T extends Int32Array | Uint8Array>(target: T, source: T): T {
  target.set(source);
  return target;
}
