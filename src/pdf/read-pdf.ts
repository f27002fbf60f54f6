import type { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { bookmarkTitle, type PdfLayout } from './pdf-outline.js';

type PdfDocument = Awaited<ReturnType<typeof getDocument>['promise']>;

async function withDocument<T>(pdf: Uint8Array, use: (doc: PdfDocument) => Promise<T>): Promise<T> {
  // Loaded (a tenth of a second, @napi-rs/canvas with it) only when a PDF is read with it: a build
  // reads its own without it (pdf-outline.ts) unless the outline is not as Chromium writes one.
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdf.js takes ownership of the buffer it is given; pass a copy so callers can still write theirs.
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0, isEvalSupported: false }).promise;
  try {
    return await use(doc);
  } finally {
    await doc.destroy();
  }
}

/**
 * Reads the page of every heading from the PDF's bookmarks, which Chrome builds from h1-h6, with
 * pdf.js: for an outline pdf-outline.ts does not read, and in the tests, a reader of its own.
 */
export function readPdfLayout(pdf: Uint8Array): Promise<PdfLayout> {
  return withDocument(pdf, async (doc) => {
    const headingPages = new Map<string, number>();
    const visit = async (items: Awaited<ReturnType<PdfDocument['getOutline']>>): Promise<void> => {
      for (const item of items ?? []) {
        const dest = typeof item.dest === 'string' ? await doc.getDestination(item.dest) : item.dest;
        const ref = dest?.[0];
        const title = bookmarkTitle(item.title);
        if (ref && typeof ref === 'object' && !headingPages.has(title)) headingPages.set(title, (await doc.getPageIndex(ref)) + 1);
        await visit(item.items);
      }
    };
    await visit(await doc.getOutline());
    return { pageCount: doc.numPages, headingPages };
  });
}

/** The text items of page n (1-based), as a reader extracts them. */
async function textItems(doc: PdfDocument, n: number): Promise<string[]> {
  return (await (await doc.getPage(n)).getTextContent()).items.map((item) => ('str' in item ? item.str : ''));
}

/** The text of each page, items joined by spaces; for tests and checks of what a reader sees. */
export function readPdfText(pdf: Uint8Array): Promise<string[]> {
  return withDocument(pdf, async (doc) => {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) pages.push((await textItems(doc, n)).join(' ').replace(/\s+/g, ' '));
    return pages;
  });
}

/** The text items of the given pages (1-based): one list per page. */
export function readPdfTextItems(pdf: Uint8Array, pages: readonly number[]): Promise<string[][]> {
  return withDocument(pdf, async (doc) => {
    const items: string[][] = [];
    for (const n of pages) items.push(await textItems(doc, n));
    return items;
  });
}

export function readPdfInfo(pdf: Uint8Array): Promise<{ title?: string; language?: string; tagged: boolean }> {
  return withDocument(pdf, async (doc) => {
    const { info } = (await doc.getMetadata()) as { info: { Title?: string; Language?: string } };
    const markInfo = (await doc.getMarkInfo()) as { Marked?: boolean } | null;
    return { title: info.Title, language: info.Language, tagged: markInfo?.Marked === true };
  });
}
