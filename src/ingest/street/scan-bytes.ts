/** Byte-level pieces of the street-level scanner, and what it reports. */

/** Zero-based positions of the three columns counted, and how many columns the header has. */
export interface StreetColumns {
  month: number;
  lsoa: number;
  type: number;
  width: number;
}

export type ScanProblemKind = 'control' | 'long-line' | 'unclosed-quote' | 'quote-in-field' | 'text-after-quote' | 'lone-cr' | 'cut-short';

/** The first thing that stops a file being read; lines are relative to where scanning began. */
export interface ScanProblem {
  kind: ScanProblemKind;
  line: number;
  column?: number;
  /** The byte found, for control characters; the field count, for a cut-short row. */
  detail?: number;
}

export const QUOTE = 34;
export const COMMA = 44;
export const LF = 10;
export const CR = 13;

/** Tab, vertical tab and form feed are text; the other control characters are never in an export. */
export const isControl = (byte: number): boolean => byte < 32 && byte !== 9 && byte !== 11 && byte !== 12 && byte !== LF && byte !== CR;

/** Where a quoted field that opens at `open` closes, or that more bytes are needed, or why it cannot. */
export type QuotedField =
  | { kind: 'closed'; close: number; breaks: number; lineStart: number }
  | { kind: 'more' }
  | { kind: 'control'; at: number; breaks: number; lineStart: number; byte: number }
  | { kind: 'unclosed' };

export function closeQuote(buf: Uint8Array, open: number, end: number, final: boolean, lineStart: number): QuotedField {
  let breaks = 0;
  for (let j = open + 1; ; j++) {
    if (j >= end) return final ? { kind: 'unclosed' } : { kind: 'more' };
    const q = buf[j]!;
    if (q === QUOTE) {
      // A quote that is the last byte closes the cell at the end of the file; until then, the next byte says.
      if (j + 1 >= end) return final ? { kind: 'closed', close: j, breaks, lineStart } : { kind: 'more' };
      if (buf[j + 1] !== QUOTE) return { kind: 'closed', close: j, breaks, lineStart };
      j++;
    } else if (q === LF) {
      breaks++;
      lineStart = j + 1;
    } else if (isControl(q)) {
      return { kind: 'control', at: j, breaks, lineStart, byte: q };
    }
  }
}

/** Flags, in each byte's top bit, the bytes of a little-endian word below 32 or equal to ',' or '"'. */
const flagged = (x: number): number => {
  const comma = x ^ 0x2c2c2c2c;
  const quote = x ^ 0x22222222;
  return (((x - 0x20202020) & ~x) | ((comma - 0x01010101) & ~comma) | ((quote - 0x01010101) & ~quote)) & 0x80808080;
};

/**
 * From `from` (below `wordEnd`, a multiple of 4), the first byte that may be a comma, a quote or a
 * control byte, a word at a time (SWAR); `wordEnd` when there is none before it. A flag can also
 * fall on the byte after a true one (a borrow), which the caller looks at and passes; a true one
 * is never missed. Spaces are not flagged, which matters: addresses and outcomes are full of them.
 */
export function nextFlagged(words: Int32Array, from: number, wordEnd: number): number {
  let w = from >> 2;
  // Bytes of the first word before `from` are already passed.
  let flags = flagged(words[w]!) & (-1 << ((from & 3) << 3));
  const last = wordEnd >> 2;
  while (flags === 0 && ++w < last) flags = flagged(words[w]!);
  return flags === 0 ? wordEnd : (w << 2) + ((31 - Math.clz32(flags & -flags)) >> 3);
}

/** A row of nothing but commas, spaces and empty quotes: spreadsheets leave these below the data. */
export function isBlank(buf: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = buf[i]!;
    if (c !== COMMA && c !== 32 && c !== 9 && c !== CR && c !== LF && c !== QUOTE) return false;
  }
  return true;
}

export function hasLineBreak(buf: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (buf[i] === LF) return true;
  return false;
}
