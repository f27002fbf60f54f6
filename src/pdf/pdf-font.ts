import { latin1Text } from './latin1.js';
import type { PdfObjects } from './pdf-objects.js';

/**
 * What one of Chromium's embedded fonts (Type0, Identity-H, a subset) can say about its glyphs:
 * the text each stands for (its /ToUnicode map, which is what a reader extracts and a screen
 * reader speaks) and its width (the /W array, in thousandths of the font size).
 */
export class PdfFont {
  private constructor(
    /** Glyph id (four hex digits, as the content stream writes it) -> its text. */
    private readonly unicode: Map<string, string>,
    private readonly widths: Map<number, number>,
    private readonly defaultWidth: number,
  ) {}

  static read(objects: PdfObjects, n: number): PdfFont | undefined {
    const font = objects.dictionary(n) ?? '';
    const toUnicode = /\/ToUnicode (\d+) 0 R/.exec(font);
    const descendant = /\/DescendantFonts \[(\d+) 0 R\]/.exec(font);
    if (!/\/Encoding \/Identity-H[\s/>]/.test(font) || toUnicode === null || descendant === null) return undefined;
    const cmap = objects.stream(Number(toUnicode[1]));
    const cid = objects.dictionary(Number(descendant[1])) ?? '';
    if (cmap === undefined || !/\/CIDToGIDMap \/Identity[\s/>]/.test(cid)) return undefined;
    const widths = parseWidths(/\/W \[((?:[^\[\]]|\[[^\]]*\])*)\]/.exec(cid)?.[1] ?? '');
    return widths === undefined ? undefined : new PdfFont(parseToUnicode(latin1Text(cmap)), widths, Number(/\/DW (\d+)/.exec(cid)?.[1] ?? 1000));
  }

  /** The text of a run of glyphs. */
  text(glyphs: readonly string[]): string {
    return glyphs.map((glyph) => this.unicode.get(glyph) ?? '\uFFFD').join('');
  }

  width(glyph: string): number {
    return this.widths.get(parseInt(glyph, 16)) ?? this.defaultWidth;
  }

  /**
   * The one glyph in the subset that stands for `char` and is `width` wide, or undefined when there
   * is none (the document never used it, so it was not embedded) or more than one.
   */
  glyphFor(char: string, width: number): string | undefined {
    const found = [...this.unicode].filter(([glyph, text]) => text === char && this.width(glyph) === width);
    return found.length === 1 ? found[0]![0] : undefined;
  }
}

/** UTF-16BE hex, as a CMap writes a destination, to text. */
function utf16(hex: string): string {
  const units = hex.match(/[0-9A-Fa-f]{4}/g) ?? [];
  return String.fromCharCode(...units.map((unit) => parseInt(unit, 16)));
}

function parseToUnicode(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  const glyph = (n: number): string => n.toString(16).toUpperCase().padStart(4, '0');
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const pair of block[1]!.matchAll(/<([0-9A-Fa-f]{4})>\s*<([0-9A-Fa-f]+)>/g)) map.set(pair[1]!.toUpperCase(), utf16(pair[2]!));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const range of block[1]!.matchAll(/<([0-9A-Fa-f]{4})>\s*<([0-9A-Fa-f]{4})>\s*(?:<([0-9A-Fa-f]{4})>|\[([^\]]*)\])/g)) {
      const [first, last] = [parseInt(range[1]!, 16), parseInt(range[2]!, 16)];
      const listed = range[4]?.match(/<[0-9A-Fa-f]+>/g)?.map((hex) => utf16(hex.slice(1, -1)));
      for (let n = first; n <= last && n - first < 65536; n++) {
        const text = listed ? listed[n - first] : String.fromCharCode(parseInt(range[3]!, 16) + n - first);
        if (text !== undefined) map.set(glyph(n), text);
      }
    }
  }
  return map;
}

/** A CIDFont's /W array: "c [w1 w2 ...]" gives c, c+1, ... their widths; "c1 c2 w" gives c1 to c2 one width. */
function parseWidths(array: string): Map<number, number> | undefined {
  const widths = new Map<number, number>();
  const tokens = array.match(/\[[^\]]*\]|-?[\d.]+/g) ?? [];
  for (let i = 0; i < tokens.length; ) {
    const first = Number(tokens[i]);
    const next = tokens[i + 1];
    if (next === undefined || !Number.isInteger(first)) return undefined;
    if (next.startsWith('[')) {
      (next.slice(1, -1).match(/-?[\d.]+/g) ?? []).forEach((width, k) => widths.set(first + k, Number(width)));
      i += 2;
    } else {
      const width = Number(tokens[i + 2]);
      if (Number.isNaN(width)) return undefined;
      for (let n = first; n <= Number(next) && n - first < 65536; n++) widths.set(n, width);
      i += 3;
    }
  }
  return widths;
}
