import type { PdfObjects } from './pdf-objects.js';

/**
 * The page of every bookmark, read from the outline as Chromium writes it: items linked by
 * /First and /Next, each with a /Title and a /Dest naming its page directly. Reading it here takes
 * a few milliseconds; pdf.js took a tenth of a second to load and a twentieth to read, on every
 * build. Anything else (a named destination, a title in an encoding other than ASCII or UTF-16,
 * a loop) gives undefined, and the caller reads the PDF with pdf.js instead.
 */

export interface PdfLayout {
  pageCount: number;
  /** Bookmark title (a heading's text) -> 1-based page number where it starts. */
  headingPages: Map<string, number>;
}

/**
 * Chromium 143 doubles the bookmark title of a heading that starts a page break
 * ("1. Introduction1. Introduction"); read it once.
 */
export function bookmarkTitle(raw: string): string {
  const title = raw.trim();
  const half = title.length / 2;
  return Number.isInteger(half) && half > 0 && title.slice(0, half) === title.slice(half) ? title.slice(0, half) : title;
}

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '(': '(', ')': ')', '\\': '\\' };

/** The bytes of the literal string starting at `open` (its '('), as a latin1 string, and where it ends. */
function literalBytes(text: string, open: number): { bytes: string; end: number } | undefined {
  let bytes = '';
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const char = text[i]!;
    if (char === '\\') {
      const next = text[++i] ?? '';
      const octal = /^[0-7]{1,3}/.exec(text.slice(i, i + 3));
      if (octal !== null) {
        bytes += String.fromCharCode(parseInt(octal[0], 8) & 0xff);
        i += octal[0].length - 1;
      } else if (next === '\r' || next === '\n') {
        if (next === '\r' && text[i + 1] === '\n') i++;
      } else bytes += ESCAPES[next] ?? next;
    } else if (char === '(') {
      if (depth++ > 0) bytes += char;
    } else if (char === ')') {
      if (--depth === 0) return { bytes, end: i + 1 };
      bytes += char;
    } else bytes += char;
  }
  return undefined;
}

/** A text string's bytes as text: UTF-16BE after its byte order mark, or ASCII (where PDFDocEncoding is ASCII). */
function textString(bytes: string): string | undefined {
  if (bytes.startsWith('\xfe\xff')) {
    if (bytes.length % 2 !== 0) return undefined;
    let text = '';
    for (let i = 2; i < bytes.length; i += 2) text += String.fromCharCode((bytes.charCodeAt(i) << 8) | bytes.charCodeAt(i + 1));
    return text;
  }
  return /^[\x20-\x7e\t\n\r]*$/.test(bytes) ? bytes : undefined;
}

/** Where an outline item's /Title value starts and ends, and its text; undefined if it cannot be read. */
function title(item: string): { start: number; end: number; text: string } | undefined {
  const at = /\/Title\s*([(<])/.exec(item);
  if (at === null) return undefined;
  const start = at.index + at[0].length - 1;
  if (at[1] === '(') {
    const literal = literalBytes(item, start);
    const text = literal === undefined ? undefined : textString(literal.bytes);
    return text === undefined ? undefined : { start, end: literal!.end, text };
  }
  const hex = /^<([0-9A-Fa-f\s]*)>/.exec(item.slice(start));
  if (hex === null) return undefined;
  const digits = hex[1]!.replace(/\s/g, '');
  const text = textString((digits.length % 2 === 0 ? digits : `${digits}0`).replace(/../g, (pair) => String.fromCharCode(parseInt(pair, 16))));
  return text === undefined ? undefined : { start, end: start + hex[0].length, text };
}

/** The object a key of a dictionary refers to ("/Next 12 0 R"), read with the dictionary's strings blanked out. */
const reference = (dictionary: string, key: string): number | undefined => {
  const found = new RegExp(`/${key}\\s+(\\d+)\\s+0\\s+R`).exec(dictionary);
  return found === null ? undefined : Number(found[1]);
};

/**
 * The bookmarks' pages; undefined for an outline not written as Chromium writes one, or a file
 * whose objects are not all where its table says: the caller then asks pdf.js.
 */
export function outlineLayout(objects: PdfObjects): PdfLayout | undefined {
  const catalog = objects.catalog();
  const pages = objects.pages();
  if (catalog === undefined || pages === undefined || pages.length === 0 || !objects.soundTable()) return undefined;
  const pageIndex = new Map(pages.map((n, i) => [n, i + 1]));
  const headingPages = new Map<string, number>();
  const outlines = reference(catalog, 'Outlines');
  if (outlines === undefined) return /\/Outlines/.test(catalog) ? undefined : { pageCount: pages.length, headingPages };
  const root = objects.dictionary(outlines);
  const count = root === undefined ? null : /\/Count\s+(\d+)/.exec(root);
  if (root === undefined || count === null) return undefined;
  const seen = new Set<number>();
  // Depth first, each item before its children, as a reader lists them: the first of a repeated title counts.
  const visit = (first: number | undefined): boolean => {
    for (let n = first; n !== undefined; ) {
      const item = seen.has(n) ? undefined : objects.dictionary(n);
      const titled = item === undefined ? undefined : title(item);
      if (item === undefined || titled === undefined) return false;
      seen.add(n);
      // Keys are read with the title blanked out, so a title that reads "/Next 3 0 R" is only a title.
      const keys = item.slice(0, titled.start) + ' '.repeat(titled.end - titled.start) + item.slice(titled.end);
      const page = /\/Dest\s*\[\s*(\d+)\s+0\s+R\s/.exec(keys);
      const number = page === null ? undefined : pageIndex.get(Number(page[1]));
      if (number === undefined) return false;
      const heading = bookmarkTitle(titled.text);
      if (!headingPages.has(heading)) headingPages.set(heading, number);
      if (!visit(reference(keys, 'First'))) return false;
      n = reference(keys, 'Next');
    }
    return true;
  };
  // Every item Chromium writes is open, so the root counts them all: a link not followed shows here.
  return visit(reference(root, 'First')) && seen.size === Number(count[1]) ? { pageCount: pages.length, headingPages } : undefined;
}
