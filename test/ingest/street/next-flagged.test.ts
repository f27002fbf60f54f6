import { describe, expect, it } from 'vitest';
import { nextFlagged } from '../../../src/ingest/street/scan-bytes.js';

/** The text's bytes as the scanner sees them: a 4-aligned buffer read as 32-bit words. */
function wordsOf(text: string): { words: Int32Array; wordEnd: number; bytes: Uint8Array } {
  const encoded = new TextEncoder().encode(text);
  const bytes = new Uint8Array(Math.ceil(encoded.length / 4) * 4 + 4);
  bytes.set(encoded);
  return { words: new Int32Array(bytes.buffer), wordEnd: encoded.length & ~3, bytes };
}

/** The first comma, quote or control byte at or after `from`, byte by byte. */
function firstSpecial(bytes: Uint8Array, from: number, wordEnd: number): number {
  for (let i = from; i < wordEnd; i++) if (bytes[i]! < 32 || bytes[i] === 44 || bytes[i] === 34) return i;
  return wordEnd;
}

describe('nextFlagged', () => {
  it('passes letters, spaces and UTF-8, and stops at a comma, a quote or a line break', () => {
    const { words, wordEnd } = wordsOf('On or near Église Road,E01000001,"Burglary"\r\n');
    expect(nextFlagged(words, 0, wordEnd)).toBe('On or near Église Road'.length + 1);
  });

  it('never passes a byte that matters, from any starting point', () => {
    const text = 'ab,cd "ef\ngh\rij,,k\tl-m#n!o,p q-r';
    const { words, wordEnd, bytes } = wordsOf(text);
    for (let from = 0; from < wordEnd; from++) {
      const found = nextFlagged(words, from, wordEnd);
      const truth = firstSpecial(bytes, from, wordEnd);
      // It may stop early on the byte after a true one (then the caller passes it), never late.
      expect(found).toBeGreaterThanOrEqual(from);
      expect(found).toBeLessThanOrEqual(truth);
      if (found < truth) expect(found - 1 >= from && firstSpecial(bytes, found - 1, found) === found - 1).toBe(true);
    }
  });

  it('gives the end of the whole words when there is nothing to stop at', () => {
    const { words, wordEnd } = wordsOf('E01000001 Burglary and other theft');
    expect(nextFlagged(words, 3, wordEnd)).toBe(wordEnd);
  });
});
