import { ProtocolError, TimeoutError, type Browser, type Page, type PDFOptions } from 'puppeteer-core';
import { AssessError, ExitCode } from '../errors.js';
import { numberInPlace } from './number-contents.js';
import { applyEdits, contentsEdits, type PageEdit } from './page-edits.js';
import { fixPdfDates } from './pdf-dates.js';
import { renumberNodeIds } from './pdf-node-ids.js';
import { pdfOptions, PAGE_TIMEOUT_MS } from './pdf-options.js';
import { loadPdfReader, readPdfLayout, type PdfLayout } from './read-pdf.js';

export interface PrintRequest {
  title: string;
  draft: boolean;
  fontFaceCss: string;
  /** Renders the document; given the page of each heading once it is known (contents page). */
  renderHtml: (headingPages: ReadonlyMap<string, number>) => string;
  /**
   * Work left out of the draft (the charts' marks), done while the browser loads it. The draft is
   * then renderDraft's document, and renderHtml is only called after.
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
  /** Called with the document loaded, just before it is printed: the build's test hook (build-pause.ts). */
  beforePrint?: () => Promise<void>;
}

export interface DeferredWork {
  /** The draft with the work done: what renderHtml gives but for the contents' page numbers. */
  fill: (draft: string) => string;
  /** The same change, made in the page the browser holds. */
  edits: PageEdit[];
  /** False when the work changed the draft's layout, so the document must be loaded again. */
  sameLayout: boolean;
}

export interface PrintedDocument {
  html: string;
  pdf: Uint8Array;
  pageCount: number;
  /** How many times the browser printed it: 1 unless the contents could not be numbered in place. */
  printings: number;
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
 * Shows the final document, `html`, in the page that holds `shown`: when the contents' numbers
 * are all that differ, they are put in; otherwise the document is loaded whole.
 */
async function showFinal(page: Page, shown: string, html: string): Promise<void> {
  const contents = contentsEdits(shown, html);
  if (contents === undefined || !(await applyEdits(page, contents))) await page.setContent(html, { waitUntil: 'load', timeout: PAGE_TIMEOUT_MS });
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

/**
 * Loads the document without its page numbers. Deferred work (the charts) is finished while the
 * browser loads the draft, then put into the page; work that changed the layout loads the whole
 * document instead. Returns what the page shows.
 */
async function loadUnnumbered(page: Page, request: PrintRequest): Promise<string> {
  const load = (html: string): Promise<unknown> => page.setContent(html, { waitUntil: 'load', timeout: PAGE_TIMEOUT_MS });
  const { deferred } = request;
  if (deferred === undefined) {
    const html = request.renderHtml(new Map());
    await load(html);
    return html;
  }
  const draft = deferred.renderDraft(new Map());
  const loading = load(draft);
  const finishing = deferred.finish();
  // Awaited below; a failure must not count as unhandled while the page is still loading.
  finishing.catch(() => undefined);
  await loading.catch(async (error: unknown) => {
    // The browser's failure is the one reported, once the deferred work has stopped.
    await finishing.catch(() => undefined);
    throw error;
  });
  const done = await finishing;
  if (done.sameLayout && (await applyEdits(page, done.edits))) return done.fill(draft);
  const html = request.renderHtml(new Map());
  await load(html);
  return html;
}

/**
 * Prints `html`, numbered from `layout`, and checks the printed document against it. The
 * contents must give the pages of the document as printed, and a template's styles could make
 * numbering move something (a page number wider than its placeholder): then it is printed again
 * with the pages just found, which settles at once unless the numbers keep moving the pages.
 */
async function printSettled(page: Page, request: PrintRequest, shown: string, layout: PdfLayout): Promise<PrintedDocument> {
  let html = request.renderHtml(layout.headingPages);
  await showFinal(page, shown, html);
  let printed = await page.pdf(pdfOptions(request));
  let printings = 1;
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
    await showFinal(page, html, next);
    html = next;
    printed = await page.pdf(pdfOptions(request));
    printings++;
  }
  return { html, pdf: printed, pageCount: layout.pageCount, printings };
}

/**
 * Prints the document once, with placeholders for the contents' page numbers, and finds the page
 * of every heading from the PDF's bookmarks. The numbers are then written into the printed PDF
 * (number-contents.ts); where that cannot be done, the document is printed again with them.
 */
export async function printDocument(browser: Browser, request: PrintRequest): Promise<PrintedDocument> {
  let page: Page | undefined;
  try {
    // A county build prints a dozen documents, and each new page costs.
    page = await offlinePage(browser);
    // Wanted once printed; a failure to load it is reported there.
    loadPdfReader().catch(() => undefined);
    const shown = await loadUnnumbered(page, request);
    await request.beforePrint?.();
    let pdf = await page.pdf(pdfOptions(request));
    const layout = await readPdfLayout(pdf);
    let html = request.renderHtml(layout.headingPages);
    let pageCount = layout.pageCount;
    let printings = 1;
    const inPlace = html === shown ? pdf : await numberInPlace(pdf, shown, html);
    if (inPlace === undefined) {
      const reprinted = await printSettled(page, request, shown, layout);
      ({ html, pdf, pageCount } = reprinted);
      printings += reprinted.printings;
    } else pdf = inPlace;
    if (request.creationDate !== undefined) pdf = renumberNodeIds(fixPdfDates(pdf, request.creationDate));
    return { html, pdf, pageCount, printings };
  } catch (error) {
    throw browserFailure(browser, error);
  } finally {
    // A page of a browser that has gone cannot be closed; the error that matters is the first.
    await page?.close().catch(() => undefined);
  }
}
