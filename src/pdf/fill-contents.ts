import { latin1Bytes, latin1Text } from './latin1.js';
import { PdfFont } from './pdf-font.js';
import { PdfObjects } from './pdf-objects.js';
import { drawnAlone, numberRun, runsOf } from './text-runs.js';

/**
 * Writes the contents' page numbers into a printed PDF, so the document is printed once instead
 * of twice. Chromium has no target-counter(), so the pages of the headings are only known from a
 * print: the document is printed with a placeholder where each number goes ("00", "01", ...: one
 * of its own for each entry, so the page says which is which whatever order it draws them in),
 * its bookmarks give the pages, and here each placeholder's glyphs are swapped for the number's.
 * The placeholders are as wide as the widest number and the digits are tabular, so nothing else
 * on the page moves; a shorter number is moved right by what Chromium would have (it rounds text widths
 * up to 1/64 px). Each placeholder stays in its marked-content sequence, so the tags and the
 * text a reader extracts are the number's. Anything unexpected returns undefined, and the
 * caller prints the document again with the numbers instead.
 */

interface ContentsNumbers {
  /** Each placeholder the document printed -> the number that replaces it, no longer than it. */
  numbers: ReadonlyMap<string, string>;
  /** The pages that may hold the contents, 1-based. */
  pages: readonly number[];
}

interface FilledContents {
  pdf: Uint8Array;
  /** The pages where numbers were written, 1-based. */
  pages: number[];
  /** The numbers in the order the pages draw them: the order a reader extracts them in. */
  drawn: string[];
  /** For each page of `pages`, where its numbers are among the runs of text it draws (see readNumbers). */
  runs: number[][];
}

/** The object numbers of a page's content stream and of the fonts it names. */
function pageParts(objects: PdfObjects, page: number): { content: number; fonts: Map<string, number> } | undefined {
  const dictionary = objects.dictionary(page) ?? '';
  const content = /\/Contents (\d+) 0 R/.exec(dictionary);
  const fonts = /\/Font <<([^>]*)>>/.exec(dictionary);
  if (content === null || fonts === null) return undefined;
  return { content: Number(content[1]), fonts: new Map([...fonts[1]!.matchAll(/(\/[A-Za-z0-9]+) (\d+) 0 R/g)].map((m) => [m[1]!, Number(m[2])])) };
}

interface PageText {
  /** The object number of the page's content stream. */
  content: number;
  text: string;
  /** The font a run names (its resource name, "/F3"). */
  font: (name: string) => PdfFont | undefined;
}

/** Reads pages (1-based) of `objects`: each page's content stream as text, and its fonts, each parsed once. */
function pageReader(objects: PdfObjects): ((page: number) => PageText | undefined) | undefined {
  const pageObjects = objects.pages();
  if (pageObjects === undefined) return undefined;
  const fonts = new Map<number, PdfFont | undefined>();
  const fontOf = (n: number): PdfFont | undefined => (fonts.has(n) ? fonts.get(n) : fonts.set(n, PdfFont.read(objects, n)).get(n));
  return (page) => {
    const parts = pageObjects[page - 1] === undefined ? undefined : pageParts(objects, pageObjects[page - 1]!);
    const data = parts === undefined ? undefined : objects.stream(parts.content);
    if (parts === undefined || data === undefined) return undefined;
    return { content: parts.content, text: latin1Text(data), font: (name) => (parts.fonts.has(name) ? fontOf(parts.fonts.get(name)!) : undefined) };
  };
}

/** The PDF with every placeholder replaced by its number; undefined unless each was found once and could be. */
export function fillContents(pdf: Uint8Array, want: ContentsNumbers): FilledContents | undefined {
  if ([...want.numbers].some(([placeholder, number]) => !/^\d+$/.test(number) || number.length > placeholder.length)) return undefined;
  const objects = PdfObjects.read(pdf);
  const readPage = objects === undefined ? undefined : pageReader(objects);
  if (objects === undefined || readPage === undefined) return undefined;
  const replaced = new Map<number, Uint8Array>();
  const pages: number[] = [];
  const drawn: string[] = [];
  const runs: number[][] = [];
  const found = new Set<string>();
  for (const pageNumber of want.pages) {
    const page = readPage(pageNumber);
    if (page === undefined) return undefined;
    const content = page.text;
    let filled = '';
    let from = 0;
    const numberRuns: number[] = [];
    for (const [index, run] of runsOf(content).entries()) {
      const font = page.font(run.font);
      const placeholder = font?.text(run.glyphs);
      const number = placeholder === undefined ? undefined : want.numbers.get(placeholder);
      if (number === undefined) continue;
      // A placeholder drawn twice (or some other text that reads the same) cannot say which is the entry.
      if (found.has(placeholder!)) return undefined;
      found.add(placeholder!);
      drawn.push(number);
      const written = drawnAlone(content, run) ? numberRun(run, font!, number) : undefined;
      if (written === undefined) return undefined;
      filled += content.slice(from, run.start) + written;
      from = run.end;
      numberRuns.push(index);
    }
    if (from === 0) continue;
    replaced.set(page.content, latin1Bytes(filled + content.slice(from)));
    pages.push(pageNumber);
    runs.push(numberRuns);
  }
  if (found.size !== want.numbers.size) return undefined;
  const written = objects.withStreams(replaced);
  return written === undefined ? undefined : { pdf: written, pages, drawn, runs };
}

/**
 * The text of the given runs of the given pages of `pdf` (a FilledContents' pages and runs), read
 * back from the file as written: every object where its cross-reference table says, the page's
 * stream inflated and split into runs again, the glyphs through the font's /ToUnicode map, which
 * is what a reader extracts and a screen reader speaks. Undefined when the file cannot be read so.
 */
export function readNumbers(pdf: Uint8Array, pages: readonly number[], runs: readonly (readonly number[])[]): string[] | undefined {
  const objects = PdfObjects.read(pdf);
  const readPage = objects === undefined || !objects.soundTable() ? undefined : pageReader(objects);
  if (readPage === undefined) return undefined;
  const texts: string[] = [];
  for (const [i, pageNumber] of pages.entries()) {
    const page = readPage(pageNumber);
    if (page === undefined) return undefined;
    const drawn = runsOf(page.text);
    for (const index of runs[i] ?? []) {
      const run = drawn[index];
      const text = run === undefined ? undefined : page.font(run.font)?.text(run.glyphs);
      if (text === undefined) return undefined;
      texts.push(text);
    }
  }
  return texts;
}
