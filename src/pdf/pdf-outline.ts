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

/** The bytes of the literal string starting at `open` (its '('), as a latin1 string. */
function literalBytes(text: string, open: number): string | undefined {
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
      if (--depth === 0) return bytes;
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

/** The /Title of an outline item's dictionary. */
function title(item: string): string | undefined {
  const at = /\/Title\s*([(<])/.exec(item);
  if (at === null) return undefined;
  const start = at.index + at[0].length - 1;
  if (at[1] === '(') {
    const bytes = literalBytes(item, start);
    return bytes === undefined ? undefined : textString(bytes);
  }
  const hex = /^<([0-9A-Fa-f\s]*)>/.exec(item.slice(start))?.[1]?.replace(/\s/g, '');
  if (hex === undefined) return undefined;
  const padded = hex.length % 2 === 0 ? hex : `${hex}0`;
  return textString(padded.replace(/../g, (pair) => String.fromCharCode(parseInt(pair, 16))));
}

const reference = (item: string, key: string): number | undefined => {
  const found = new RegExp(`/${key} (\\d+) 0 R`).exec(item);
  return found === null ? undefined : Number(found[1]);
};

/** The bookmarks' pages; undefined for an outline not written as Chromium writes one. */
export function outlineLayout(objects: PdfObjects): PdfLayout | undefined {
  const pages = objects.pages();
  const pageIndex = new Map(pages.map((n, i) => [n, i + 1]));
  const headingPages = new Map<string, number>();
  const outlines = reference(objects.catalog() ?? '', 'Outlines');
  if (pages.length === 0) return undefined;
  if (outlines === undefined) return { pageCount: pages.length, headingPages };
  const seen = new Set<number>();
  // Depth first, each item before its children, as a reader lists them: the first of a repeated title counts.
  const visit = (first: number | undefined): boolean => {
    for (let n = first; n !== undefined; ) {
      if (seen.has(n)) return false;
      seen.add(n);
      const item = objects.dictionary(n);
      const text = item === undefined ? undefined : title(item);
      const page = item === undefined ? undefined : /\/Dest \[(\d+) 0 R /.exec(item);
      const number = page === null || page === undefined ? undefined : pageIndex.get(Number(page[1]));
      if (item === undefined || text === undefined || number === undefined) return false;
      const heading = bookmarkTitle(text);
      if (!headingPages.has(heading)) headingPages.set(heading, number);
      if (!visit(reference(item, 'First'))) return false;
      n = reference(item, 'Next');
    }
    return true;
  };
  return visit(reference(objects.dictionary(outlines) ?? '', 'First')) ? { pageCount: pages.length, headingPages } : undefined;
}
