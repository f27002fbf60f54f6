import { describe, expect, it } from 'vitest';
import { ByteInterner } from '../../../src/ingest/street/byte-interner.js';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const idOf = (interner: ByteInterner, text: string): number => {
  // Placed inside a larger buffer, as the scanner passes cells of a chunk.
  const padded = bytes(`,,${text},`);
  return interner.id(padded, 2, padded.length - 1);
};

describe('ByteInterner', () => {
  it('gives one id per distinct value, however many times it is seen', () => {
    const interner = new ByteInterner();
    const values = ['E01000001', 'E01000002', 'Burglary', 'E01000001', 'Burglary', ''];
    expect(values.map((v) => idOf(interner, v))).toEqual([0, 1, 2, 0, 2, 3]);
    expect(interner.values().map((v) => new TextDecoder().decode(v))).toEqual(['E01000001', 'E01000002', 'Burglary', '']);
  });

  it('tells apart values that differ only in bytes the hash does not look at', () => {
    // Values over 12 bytes are hashed on a sample of their bytes (here 0, 6, 12, 18 and the last four):
    // these three differ only at 1 and 13, so they hash alike and only the comparison parts them.
    const interner = new ByteInterner();
    const a = 'Violence and sexual offences';
    const b = 'VIolence and sexual offences';
    const c = 'Violence and Sexual offences';
    const ids = [a, b, c, a, b, c].map((v) => idOf(interner, v));
    expect(ids).toEqual([0, 1, 2, 0, 1, 2]);
  });

  it('keeps every id through the table growing, with 50,000 LSOA codes', () => {
    const interner = new ByteInterner();
    const codes = Array.from({ length: 50_000 }, (_, i) => `E01${String(i).padStart(6, '0')}`);
    expect(codes.map((code) => idOf(interner, code))).toEqual(codes.map((_, i) => i));
    expect(codes.map((code) => idOf(interner, code))).toEqual(codes.map((_, i) => i));
    expect(interner.size).toBe(50_000);
  });
});
