import { ProtocolError, TimeoutError, type Browser, type Page } from 'puppeteer-core';
import { AssessError, ExitCode } from '../errors.js';
import { numberInPlace } from './number-contents.js';
import { takeOfflinePage } from './offline-page.js';
import { applyEdits, type PageEdit } from './page-edits.js';
import { fixPdfDates } from './pdf-dates.js';
import { renumberNodeIds } from './pdf-node-ids.js';
import { pdfOptions, PAGE_TIMEOUT_MS } from './pdf-options.js';
import { printSettled } from './print-settled.js';
import { printedLayout } from './printed-layout.js';
import { withRunningHeads } from './running-heads.js';

export interface PrintRequest {
  /** The running header and footer's title (running-heads.ts); the PDF's own title is the document's <title>. */
  title: string;
  draft: boolean;
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
  /** Work for this thread while the browser prints: called once the print has been asked for. */
  whilePrinting?: () => void;
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

/** Resolves once the page's fonts are loaded, as puppeteer's own wait before printing does, within the page timeout. */
async function fontsReady(page: Page): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`the document's fonts did not load within ${PAGE_TIMEOUT_MS / 1000} s`)), PAGE_TIMEOUT_MS);
  });
  try {
    await Promise.race([page.evaluate(() => document.fonts.ready.then(() => undefined)), timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

/** The request with every document it renders carrying its running header and footer. */
function withHeads(request: PrintRequest): PrintRequest {
  const heads = { title: request.title, draft: request.draft };
  const headed = (render: (pages: ReadonlyMap<string, number>) => string) => (pages: ReadonlyMap<string, number>) => withRunningHeads(render(pages), heads);
  const { deferred } = request;
  return { ...request, renderHtml: headed(request.renderHtml), ...(deferred ? { deferred: { ...deferred, renderDraft: headed(deferred.renderDraft) } } : {}) };
}

/**
 * Prints the document once, with placeholders for the contents' page numbers, and finds the page
 * of every heading from the PDF's bookmarks. The numbers are then written into the printed PDF
 * (number-contents.ts); where that cannot be done, the document is printed again with them.
 */
export async function printDocument(browser: Browser, asked: PrintRequest): Promise<PrintedDocument> {
  const request = withHeads(asked);
  let page: Page | undefined;
  try {
    // One page for the document and any reprint: a county build prints a dozen, and each new page costs.
    page = await takeOfflinePage(browser);
    const shown = await loadUnnumbered(page, request);
    await request.beforePrint?.();
    // Puppeteer waits for the fonts before asking for the print; waited for here instead, the
    // print is asked for as page.pdf is called, and this thread is free for other work meanwhile.
    await fontsReady(page);
    const printing = page.pdf({ ...pdfOptions(), waitForFonts: false });
    // Awaited below; if the work meanwhile fails, the print's own failure must not go unhandled.
    printing.catch(() => undefined);
    request.whilePrinting?.();
    let pdf = await printing;
    const layout = await printedLayout(pdf);
    let html = request.renderHtml(layout.headingPages);
    let pageCount = layout.pageCount;
    let printings = 1;
    const inPlace = html === shown ? pdf : numberInPlace(pdf, shown, html);
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
