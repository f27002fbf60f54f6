import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { assembledModule } from '../../../scripts/assemble-wasm.mjs';
import { PlainRows, ROW_INTS } from '../../../src/ingest/street/plain-rows.js';
import type { StreetColumns } from '../../../src/ingest/street/scan-bytes.js';
import { StreetScanner } from '../../../src/ingest/street/street-scanner.js';
import { tallies, whole } from './tallies.js';

const columns: StreetColumns = { month: 1, lsoa: 7, type: 9, width: 12 };

function kernelOver(text: string): { rows: PlainRows; end: number } {
  const bytes = new TextEncoder().encode(text);
  const rows = PlainRows.create(bytes.length)!;
  rows.bytes.set(bytes);
  return { rows, end: bytes.length };
}

/** What the kernel found, as [month, lsoa, type, next row's start, width] per row. */
function walked(text: string, limit = Number.MAX_SAFE_INTEGER): (string | number)[][] {
  const { rows, end } = kernelOver(text);
  const found = rows.walk(0, limit, end, columns);
  const cell = (at: number): string => new TextDecoder().decode(rows.bytes.subarray(rows.found[at]!, rows.found[at + 1]!));
  return Array.from({ length: found }, (_, row) => {
    const at = row * ROW_INTS;
    return [cell(at), cell(at + 2), cell(at + 4), rows.found[at + 6]!, rows.found[at + 7]!];
  });
}

const row = (id: string, month: string, lsoa: string, type: string): string =>
  `${id},${month},Kent Police,Kent Police,0.51,51.27,On or near Church Road,${lsoa},Medbury 001A,${type},Under investigation,`;

describe('the plain-rows kernel', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('runs here: Node 20 has WebAssembly SIMD on x64 and arm64, so the suites "with the kernel" test it', () => {
    expect(PlainRows.create(64)).toBeInstanceOf(PlainRows);
  });

  it('is assembled from its source as committed', async () => {
    const source = readFileSync(new URL('../../../src/ingest/street/plain-rows.wat', import.meta.url), 'utf8');
    const committed = readFileSync(new URL('../../../src/ingest/street/plain-rows-wasm.ts', import.meta.url), 'utf8');
    expect(await assembledModule(source)).toBe(committed);
  });

  it('finds the counted cells of each plain row, LF or CRLF, and where the next starts', () => {
    const a = row('a'.repeat(64), '2024-01', 'E01000001', 'Burglary');
    const b = row('', '2024-02', 'W01000002', 'Anti-social behaviour');
    const text = `${a}\r\n${b}\n`;
    expect(walked(text)).toEqual([
      ['2024-01', 'E01000001', 'Burglary', a.length + 2, 12],
      ['2024-02', 'W01000002', 'Anti-social behaviour', text.length, 12],
    ]);
  });

  it('gives empty cells for columns a short row does not have', () => {
    expect(walked('x,2024-01\n\n')).toEqual([
      ['2024-01', '', '', 10, 2],
      ['', '', '', 11, 1],
    ]);
  });

  it.each([
    ['a quote', '"On or near, Mill Lane"'],
    ['a tab', 'On or near\tMill Lane'],
    ['a lone CR', 'On or near\rMill Lane'],
    ['a control byte', 'On or near\u0001Mill Lane'],
  ])('stops before a row with %s, for the byte-by-byte reader', (_, location) => {
    const plain = row('a1', '2024-01', 'E01000001', 'Burglary');
    const text = `${plain}\n${plain.replace('On or near Church Road', location)}\n${plain}\n`;
    expect(walked(text).map((found) => found[3])).toEqual([plain.length + 1]);
  });

  it('stops before a row not complete in the buffer, and before one starting at the limit', () => {
    const plain = row('a1', '2024-01', 'E01000001', 'Burglary');
    expect(walked(`${plain}\n${plain}`)).toHaveLength(1);
    expect(walked(`${plain}\r\n${plain}\r`)).toHaveLength(1);
    expect(walked(`${plain}\n${plain}\n${plain}\n`, plain.length + 1)).toHaveLength(1);
    expect(walked(`${plain}\n${plain}\n`, 0)).toEqual([]);
  });

  it('finds at most 4,096 rows a walk, and the scanner goes on from there', () => {
    const plain = row('a1', '2024-01', 'E01000001', 'Burglary');
    const text = `${plain}\n`.repeat(10_000);
    expect(walked(text)).toHaveLength(4096);
    const scanner = new StreetScanner(columns, { header: false });
    scanner.push(new TextEncoder().encode(text));
    scanner.finish();
    expect(scanner.rows).toBe(10_000);
  });
});

const counted = (scanner: StreetScanner): object => ({ rows: scanner.rows, lines: scanner.lines, problem: scanner.problem, tallies: tallies(whole(scanner.counter.cells())) });

/** 3,000 rows of the real layout, some quoted, in pieces of 100 KB: far more than a 64-byte buffer holds, so it grows mid-row. */
function pushedInPieces(kernel: boolean): StreetScanner {
  const lines = Array.from({ length: 3000 }, (_, i) => (i % 7 === 0 ? row(`q${i}`, '2024-01', '"E0100000' + (i % 5) + '"', 'Burglary') : row(`p${i}`, '2024-0' + (1 + (i % 3)), 'E0100000' + (i % 5), i % 2 ? 'Burglary' : 'Anti-social behaviour')));
  const bytes = new TextEncoder().encode(['Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context', ...lines].join('\r\n'));
  const scanner = new StreetScanner(columns, { header: true, chunkBytes: 64, kernel });
  for (let at = 0; at < bytes.length; at += 100_000) scanner.push(bytes.subarray(at, at + 100_000));
  scanner.finish();
  return scanner;
}

describe('the scanner\'s buffer', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('grows in the kernel\'s memory keeping what it holds', () => {
    const scanner = pushedInPieces(true);
    expect(scanner.rows).toBe(3000);
    expect(counted(scanner)).toEqual(counted(pushedInPieces(false)));
  });

  it('is an ordinary buffer when the kernel gets no memory (a low ulimit -v), and counts the same', () => {
    vi.spyOn(WebAssembly, 'Instance').mockImplementation(() => {
      throw new RangeError('WebAssembly.Instance(): Out of memory: Cannot allocate Wasm memory for new instance');
    });
    expect(PlainRows.create(64)).toBeUndefined();
    expect(counted(pushedInPieces(true))).toEqual(counted(pushedInPieces(false)));
  });

  it('carries on without the kernel, keeping what it holds, when its memory cannot grow', () => {
    const grow = WebAssembly.Memory.prototype.grow;
    let refused = 0;
    // Three pages is what a 64-byte buffer starts with; the first 100 KB needs more.
    vi.spyOn(WebAssembly.Memory.prototype, 'grow').mockImplementation(function (this: WebAssembly.Memory, pages: number) {
      if (this.buffer.byteLength + pages * 65536 > 3 * 65536) {
        refused++;
        throw new RangeError('WebAssembly.Memory.grow(): Maximum memory size exceeded');
      }
      return grow.call(this, pages);
    });
    const scanner = pushedInPieces(true);
    expect(refused).toBe(1);
    expect(counted(scanner)).toEqual(counted(pushedInPieces(false)));
  });
});

/** A deterministic stream of numbers in [0, 1) (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = ['', 'On or near Church Road', 'E01000001', 'W01000123', '2024-01', '2024-02', 'Burglary', 'Anti-social behaviour', 'a'.repeat(70), 'é', ' ', '"', '""', '"a,b"', '"x\ny"', '\t', '\r', '\u0001', ',', '\n', '\r\n', '"unclosed', 'On "or" near'];

/** Street-like text, mostly plain rows, with every awkward thing scattered through it. */
function randomText(next: () => number): string {
  const lines: string[] = ['Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context'];
  const count = 1 + Math.floor(next() * 40);
  for (let i = 0; i < count; i++) {
    const cells = Array.from({ length: 12 }, (_, c) => (c === 1 ? '2024-0' + (1 + Math.floor(next() * 3)) : c === 7 ? 'E0100000' + Math.floor(next() * 4) : c === 9 ? PIECES[6 + Math.floor(next() * 2)]! : PIECES[1]!));
    if (next() < 0.3) cells[Math.floor(next() * 12)] = PIECES[Math.floor(next() * PIECES.length)]!;
    if (next() < 0.1) cells.length = Math.floor(next() * 12);
    lines.push(cells.join(','));
  }
  return lines.join(next() < 0.5 ? '\n' : '\r\n') + (next() < 0.8 ? '\n' : '');
}

function scanned(bytes: Uint8Array, chunk: number, kernel: boolean, stopAt: number | undefined): object {
  const scanner = new StreetScanner(columns, { header: true, chunkBytes: 64, kernel, ...(stopAt === undefined ? {} : { stopAt }) });
  for (let at = 0; at < bytes.length && !scanner.done; at += chunk) scanner.push(bytes.subarray(at, at + chunk));
  if (!scanner.done) scanner.finish();
  const { rows, lines, problem, stoppedAt } = scanner;
  return { rows, lines, problem, stoppedAt, tallies: tallies(whole(scanner.counter.cells())) };
}

describe('the scanner with and without the kernel', () => {
  it('agrees on counts, lines, problems and where it stopped, on 1,000 random texts', () => {
    const next = random(20241120);
    for (let run = 0; run < 1000; run++) {
      const text = randomText(next);
      const bytes = new TextEncoder().encode(text);
      const chunk = 1 + Math.floor(next() * (next() < 0.5 ? 16 : bytes.length));
      const stopAt = next() < 0.3 ? Math.floor(next() * bytes.length) : undefined;
      expect(scanned(bytes, chunk, true, stopAt), `run ${run}: chunks of ${chunk}, stop at ${stopAt}\n${JSON.stringify(text)}`).toEqual(scanned(bytes, chunk, false, stopAt));
    }
  });
});
