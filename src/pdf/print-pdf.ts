import { ProtocolError, TimeoutError, type Browser, type Page, type PDFOptions } from 'puppeteer-core';
import { AssessError, ExitCode } from '../errors.js';
import { applyEdits, contentsEdits, layoutOnly, type PageEdit } from './page-edits.js';
import { fixPdfDates } from './pdf-dates.js';
import { renumberNodeIds } from './pdf-node-ids.js';
import { layoutPassOptions, pdfOptions, PAGE_TIMEOUT_MS } from './pdf-options.js';
import { readPdfLayout, type PdfLayout } from './read-pdf.js';

export interface PrintRequest {
  title: string;
  draft: boolean;
  fontFaceCss: string;
  /** Renders the document; given the page of each heading once it is known (contents page). */
  renderHtml: (headingPages: ReadonlyMap<string, number>) => string;
  /**
   * Work left out of the draft that the first pass lays out (the charts' marks), done while the
   * browser works. The draft is then renderDraft's document, and renderHtml is only called after.
   */
  deferred?: {
    renderDraft: (headingPages: ReadonlyMap<string, number>) => string;
    finish: () => Promise<DeferredWork>;
  };
  /**
   * Written into the PDF as its creation and modification date instead of the time of printing,
   * so the same inputs give the same bytes. Without it Chromium's own dates are kept.
   */
  creationDate?: Date;
  /** Called between the two passes, with the browser busy: the build's test hook (build-pause.ts). */
  betweenPasses?: () => Promise<void>;
}

export interface DeferredWork {
  /** The draft with the work done: what renderHtml gives but for the contents' page numbers. */
  fill: (draft: string) => string;
  /** The same change, made in the page the browser holds. */
  edits: PageEdit[];
  /** False when the work changed the draft's layout, so the first pass must be done again. */
  sameLayout: boolean;
}

export interface PrintedDocument {
  html: string;
  pdf: Uint8Array;
  pageCount: number;
}

const BROWSER_FIX = 'Run the build again. If it happens every time, check the machine has free memory and disk space in its temporary folder, or pass --browser with another Chrome or Chromium. The previous outputs have been left as they were.';

/**
 * A browser that crashed, was killed, ran out of room or timed out shows up as a protocol or
 * timeout error from puppeteer; the user needs to know it was the browser, not their data.
 */
function browserFailure(browser: Browser, error: unknown): unknown {
  if (error instanceof AssessError) return error;
  const found = error instanceof Error ? error.message.split('\n')[0] : String(error);
  if (!browser.connected) return new AssessError('The browser stopped while printing the PDF (it crashed or was killed)', ExitCode.noBrowser, { found, fix: BROWSER_FIX });
  if (error instanceof ProtocolError || error instanceof TimeoutError) return new AssessError('The browser could not print the PDF', ExitCode.noBrowser, { found, fix: BROWSER_FIX });
  return error;
}

/** A page that refuses every request: the document is self-contained and nothing may leave the machine. */
async function offlinePage(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  page.setDefaultTimeout(PAGE_TIMEOUT_MS);
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    const url = req.url();
    if (url.startsWith('data:') || url === 'about:blank') void req.continue();
    else void req.abort('blockedbyclient');
  });
  await page.setJavaScriptEnabled(false);
  return page;
}

/**
 * Turns the page laid out by the first pass into the final document. `shown` is what the page
 * holds once `edits` are made: when the contents' numbers are all that it lacks, they are put in
 * too; otherwise the final document is loaded whole.
 */
async function showFinal(page: Page, shown: string, edits: PageEdit[], html: string): Promise<void> {
  const contents = contentsEdits(shown, html);
  if (contents === undefined || !(await applyEdits(page, [...edits, ...contents]))) await page.setContent(html, { waitUntil: 'load', timeout: PAGE_TIMEOUT_MS });
}

const MAX_REPRINTS = 2;

/** Every heading the printed document has is where the contents were numbered from. */
function sameHeadingPages(printed: PdfLayout, numberedFrom: PdfLayout): boolean {
  if (printed.pageCount !== numberedFrom.pageCount) return false;
  for (const [heading, page] of printed.headingPages) if (numberedFrom.headingPages.get(heading) !== page) return false;
  return true;
}

function unsettled(printed: PdfLayout, numberedFrom: PdfLayout): AssessError {
  const moved = [...printed.headingPages].find(([heading, page]) => numberedFrom.headingPages.get(heading) !== page);
  return new AssessError('The contents page numbers did not settle: each printing moved a heading to another page', ExitCode.internal, {
    found: moved ? `"${moved[0]}" on page ${moved[1]}, numbered ${numberedFrom.headingPages.get(moved[0]) ?? 'without a page'}` : `${printed.pageCount} pages, numbered for ${numberedFrom.pageCount}`,
    fix: 'Check the templates for contents entries whose width changes with the page number (give the numbers a fixed width), then run the build again.',
  });
}

/** Lays `html` out in `page` and reads where each heading falls. */
async function layOut(page: Page, html: string, request: PrintRequest): Promise<PdfLayout> {
  await page.setContent(layoutOnly(html), { waitUntil: 'load', timeout: PAGE_TIMEOUT_MS });
  return readPdfLayout(await page.pdf(layoutPassOptions(request)));
}

/**
 * Prints twice: the first pass finds the page of every heading (from the PDF bookmarks),
 * the second prints the contents page with those numbers. Placeholders have the same width
 * as real numbers, so filling them in does not move anything. Deferred work (the charts) is
 * done while the browser makes the first pass, then put into the page it laid out.
 */
export async function printDocument(browser: Browser, request: PrintRequest): Promise<PrintedDocument> {
  let page: Page | undefined;
  try {
    // One page for both passes: a county build prints a dozen documents, and each new page costs.
    page = await offlinePage(browser);
    const { deferred } = request;
    let shown = (deferred?.renderDraft ?? request.renderHtml)(new Map());
    const laying = layOut(page, shown, request);
    const finishing = deferred?.finish();
    // Awaited below; a failure must not count as unhandled while the layout is still running.
    finishing?.catch(() => undefined);
    let layout = await laying.catch(async (error: unknown) => {
      // The browser's failure is the one reported, once the deferred work has stopped.
      await finishing?.catch(() => undefined);
      throw error;
    });
    const done = await finishing;
    await request.betweenPasses?.();
    let edits: PageEdit[] = [];
    if (done?.sameLayout) {
      shown = done.fill(shown);
      edits = done.edits;
    } else if (done !== undefined) {
      // The work moved things: the contents must number the document as it now is.
      shown = request.renderHtml(new Map());
      layout = await layOut(page, shown, request);
    }
    let html = request.renderHtml(layout.headingPages);
    await showFinal(page, shown, edits, html);
    let printed = await page.pdf(pdfOptions(request));
    // The contents must give the pages of the document as printed. The draft is laid out to match,
    // but a template's styles can make it differ (a hidden heading, collapsed table rows), and a
    // page number wider than its placeholder can move what follows: then it is printed again with
    // the pages just found, which settles at once unless the numbers keep moving the pages.
    for (let reprints = 0; ; reprints++) {
      const printedLayout = await readPdfLayout(printed);
      if (sameHeadingPages(printedLayout, layout)) break;
      // A document that does not number its headings (or not those that moved) is right as printed.
      const next = request.renderHtml(printedLayout.headingPages);
      if (next === html) {
        layout = printedLayout;
        break;
      }
      if (reprints === MAX_REPRINTS) throw unsettled(printedLayout, layout);
      layout = printedLayout;
      await showFinal(page, html, [], next);
      html = next;
      printed = await page.pdf(pdfOptions(request));
    }
    const pdf = request.creationDate === undefined ? printed : renumberNodeIds(fixPdfDates(printed, request.creationDate));
    return { html, pdf, pageCount: layout.pageCount };
  } catch (error) {
    throw browserFailure(browser, error);
  } finally {
    // A page of a browser that has gone cannot be closed; the error that matters is the first.
    await page?.close().catch(() => undefined);
  }
}
