import { MAX_LINE_CHARS } from '../decode.js';
import { CellCounter } from './cell-counter.js';
import { closeQuote, hasLineBreak, isBlank, nextFlagged, type ScanProblem, type StreetColumns } from './scan-bytes.js';

// Module-local, not imported: V8 folds these into the hot loop; imported bindings are loaded each time (measured 15% slower).
const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/** No real record spans this much: a quoted field this long is a quote that is never closed. */
const MAX_RECORD_BYTES = 16 * 1024 * 1024;

/**
 * Counts a data.police.uk street-level file's rows by month, LSOA code and crime type straight
 * from its bytes (RFC 4180 quoting, CRLF or LF), without making a row object or a string per
 * row: this is the hot path of a national build. Bytes are pushed in chunks, so memory stays
 * flat however large the file. It refuses what the general CSV reader refuses (control
 * characters, enormous lines, stray or unclosed quotes, a last row cut short); a file with
 * old Mac line ends (a lone CR) is reported as 'lone-cr' so the caller can use the general reader.
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
  private length = 0;
  private pos = 0;
  /** Absolute offset of buffer[0]. */
  private base: number;
  private headerPending: boolean;
  private previousWidth: number;

  constructor(private readonly columns: StreetColumns, options: { header: boolean; startAt?: number; stopAt?: number; chunkBytes?: number }) {
    this.buffer = new Uint8Array(options.chunkBytes ?? 1 << 22);
    this.base = options.startAt ?? 0;
    this.headerPending = options.header;
    this.previousWidth = columns.width;
    this.stopAt = options.stopAt;
  }

  private readonly stopAt: number | undefined;

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
      const grown = new Uint8Array(this.length + bytes);
      grown.set(this.buffer.subarray(0, this.length));
      this.buffer = grown;
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
    const buf = this.buffer;
    // The same bytes as 32-bit words (buffers start 4-aligned), to pass over 4 plain bytes at a time.
    const words = new Int32Array(buf.buffer, buf.byteOffset, buf.byteLength >> 2);
    const end = this.length;
    // The end of the whole words: nextFlagged looks no further.
    const wordEnd = end & ~3;
    const { month, lsoa, type } = this.columns;
    let pos = this.pos;
    records: while (pos < end && !this.done) {
      if (this.stopAt !== undefined && this.base + pos >= this.stopAt) {
        this.stoppedAt = this.base + pos;
        break;
      }
      const line = this.lines + 1;
      let i = pos;
      let field = 0;
      let start = pos;
      let lineStart = pos;
      let breaks = 0;
      let valueEnd = -1;
      let m0 = 0, m1 = 0, l0 = 0, l1 = 0, t0 = 0, t1 = 0;
      let complete = false;
      for (;;) {
        if (i >= end) break;
        const c = buf[i]!;
        if (c >= 32 && c !== COMMA && c !== QUOTE) {
          i = i + 1 < wordEnd ? nextFlagged(words, i + 1, wordEnd) : i + 1;
          continue;
        }
        if (c === COMMA || c === LF) {
          const s = valueEnd >= 0 ? start + 1 : start;
          const e = valueEnd >= 0 ? valueEnd : c === LF && i > start && buf[i - 1] === CR ? i - 1 : i;
          if (field === month) (m0 = s), (m1 = e);
          else if (field === lsoa) (l0 = s), (l1 = e);
          else if (field === type) (t0 = s), (t1 = e);
          valueEnd = -1;
          i++;
          if (c === LF) {
            complete = true;
            break;
          }
          field++;
          start = i;
          continue;
        }
        if (c === QUOTE) {
          if (i !== start) return this.fail({ kind: 'quote-in-field', line: line + breaks, column: i - lineStart + 1 });
          const quoted = closeQuote(buf, i, end, final, lineStart);
          if (quoted.kind === 'more') break records;
          if (quoted.kind === 'unclosed') return this.fail({ kind: 'unclosed-quote', line });
          if (quoted.kind === 'control') return this.fail({ kind: 'control', line: line + breaks + quoted.breaks, column: quoted.at - quoted.lineStart + 1, detail: quoted.byte });
          const j = quoted.close;
          breaks += quoted.breaks;
          lineStart = quoted.lineStart;
          valueEnd = j;
          i = j + 1;
          const after = i < end ? buf[i]! : -1;
          if (after !== COMMA && after !== LF && after !== CR && !(after === -1 && final)) {
            if (after === -1) break records;
            return this.fail({ kind: 'text-after-quote', line: line + breaks, column: i - lineStart + 1 });
          }
          continue;
        }
        if (c === CR) {
          if (i + 1 >= end && !final) break records;
          if (i + 1 < end && buf[i + 1] !== LF) return this.fail({ kind: 'lone-cr', line: line + breaks });
        } else if (c < 32 && c !== 9 && c !== 11 && c !== 12) {
          return this.fail({ kind: 'control', line: line + breaks, column: i - lineStart + 1, detail: c });
        }
        i++;
      }
      if (i - lineStart > MAX_LINE_CHARS) return this.fail({ kind: 'long-line', line: line + breaks });
      if (!complete) {
        if (!final) break;
        // The last record, with no line break after it.
        const s = valueEnd >= 0 ? start + 1 : start;
        const e = valueEnd >= 0 ? valueEnd : end;
        if (field === month) (m0 = s), (m1 = e);
        else if (field === lsoa) (l0 = s), (l1 = e);
        else if (field === type) (t0 = s), (t1 = e);
      }
      this.lines += 1 + breaks;
      const width = field + 1;
      if (m1 === m0 && l1 === l0 && t1 === t0 && isBlank(buf, pos, i)) {
        pos = i;
        continue;
      }
      if (this.headerPending) {
        this.headerPending = false;
      } else {
        if (!complete && width > 1 && width < Math.min(this.columns.width, this.previousWidth)) return this.fail({ kind: 'cut-short', line, detail: width });
        this.rows++;
        this.counter.add(buf, m0, m1, l0, l1, t0, t1, line);
        this.previousWidth = width;
      }
      pos = i;
    }
    // A record longer than any line may be is refused before the buffer grows without end; one
    // that runs over many lines is an opening quote that is never closed.
    if (!this.done && !final && end - pos > MAX_LINE_CHARS + 2) {
      if (!hasLineBreak(buf, pos, end)) return this.fail({ kind: 'long-line', line: this.lines + 1 });
      if (end - pos > MAX_RECORD_BYTES) return this.fail({ kind: 'unclosed-quote', line: this.lines + 1 });
    }
    this.pos = pos;
  }

  private fail(problem: ScanProblem): void {
    this.problem = problem;
  }
}
