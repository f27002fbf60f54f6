/**
 * Runs of text in a page's content stream as Chromium's PDF backend (Skia) writes them: found,
 * and one written again with other glyphs in the same font and place.
 */
import type { PdfFont } from './pdf-font.js';

/**
 * Skia's text for one run: a text object with one font and one position, its glyphs either in one
 * string or each placed after the one before ("7.18 0 Td <0085> Tj"), as it writes them.
 */
const RUN = /BT\n(\/[A-Za-z0-9]+) ([\d.]+) Tf\n1 0 0 -1 (-?[\d.]+) (-?[\d.]+) Tm\n<((?:[0-9A-F]{4})+)> Tj\n((?:[\d.]+ 0 Td <(?:[0-9A-F]{4})+> Tj\n)*)ET/g;

export interface Run {
  start: number;
  end: number;
  font: string;
  size: string;
  x: number;
  y: string;
  glyphs: string[];
  /** The Td operands before the second glyph on, when each glyph is placed; empty when written as one string. */
  advances: string[];
  /** False when some glyphs share a string and others are placed: not a shape written back here. */
  regular: boolean;
}

const glyphsOf = (hex: string): string[] => hex.match(/[0-9A-F]{4}/g) ?? [];

export function runsOf(content: string): Run[] {
  return [...content.matchAll(RUN)].map((m) => {
    const placed = [...m[6]!.matchAll(/([\d.]+) 0 Td <([0-9A-F]+)> Tj\n/g)];
    const first = glyphsOf(m[5]!);
    const rest = placed.map((p) => glyphsOf(p[2]!));
    return {
      start: m.index!, end: m.index! + m[0].length, font: m[1]!, size: m[2]!, x: Number(m[3]), y: m[4]!,
      glyphs: [...first, ...rest.flat()], advances: placed.map((p) => p[1]!),
      regular: placed.length === 0 || (first.length === 1 && rest.every((g) => g.length === 1) && placed.every((p) => p[1] === placed[0]![1])),
    };
  });
}

/**
 * Whether the run is all that is drawn for its marked-content sequence (its element): a number
 * with an underline or a box drawn to its width would be left with the placeholder's.
 */
export function drawnAlone(content: string, run: Run): boolean {
  const end = content.indexOf('\nEMC', run.end);
  // Between the run and the end of its sequence only the graphics state may change: no painting.
  const after = end < 0 ? 'f' : content.slice(run.end, end);
  return run.start >= 4 && content.startsWith('BDC\n', run.start - 4) && !/(?:^|\s)(?:[fFSsBb]\*?|Do|sh|Tj|TJ|BI|'|")(?:\s|$)/.test(after);
}

/** A coordinate as Skia writes one: at most five decimals, no trailing zeros. */
function coordinate(value: number): string {
  return String(Number(value.toFixed(5)));
}

/**
 * Chromium lays text out in 1/64 px units and rounds a run's width up to one. The widths in the
 * PDF are written to five decimals, hence the tolerance.
 */
function laidOutWidth(width: number): number {
  return Math.ceil(width * 64 - 1e-3) / 64;
}

/** The run drawn with `number`'s digits in its place, moved right as Chromium would draw a shorter number; undefined if it cannot be. */
export function numberRun(run: Run, font: PdfFont, number: string): string | undefined {
  const width = font.width(run.glyphs[0]!);
  const glyphs = [...number].map((digit) => font.glyphFor(digit, width));
  if (!run.regular || glyphs.some((glyph) => glyph === undefined)) return undefined;
  const advance = (width / 1000) * Number(run.size);
  const shift = laidOutWidth(advance * run.glyphs.length) - laidOutWidth(advance * number.length);
  const gap = run.advances[0];
  const placed = gap === undefined ? `<${glyphs.join('')}> Tj\n` : glyphs.map((glyph, i) => (i === 0 ? `<${glyph}> Tj\n` : `${gap} 0 Td <${glyph}> Tj\n`)).join('');
  return `BT\n${run.font} ${run.size} Tf\n1 0 0 -1 ${coordinate(run.x + shift)} ${run.y} Tm\n${placed}ET`;
}
