import { ProtocolError, TimeoutError, type Browser, type Page, type PDFOptions } from 'puppeteer-core';
import { AssessError, ExitCode } from '../errors.js';
import { contentsChange, replaceContents } from './contents-patch.js';
import { fixPdfDates } from './pdf-dates.js';
import { renumberNodeIds } from './pdf-node-ids.js';
import { layoutPassOptions, pdfOptions, PAGE_TIMEOUT_MS } from './pdf-options.js';
import { readPdfLayout } from './read-pdf.js';

export interface PrintRequest {
  title: string;
  draft: boolean;
  fontFaceCss: string;
  /** Renders the document; given the page of each heading once it is known (contents page). */
  renderHtml: (headingPages: ReadonlyMap<string, number>) => string;
  /**
   * Written into the PDF as its creation and modification date instead of the time of printing,
   * so the same inputs give the same bytes. Without it Chromium's own dates are kept.
   */
  creationDate?: Date;
  /** Called between the two passes, with the browser busy: the build's test hook (build-pause.ts). */
  betweenPasses?: () => Promise<void>;
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
 * Turns the page holding the draft into the final document: only the contents are replaced when
 * that is all that changed. A document without page numbers to fill in (the diff paper) is
 * already the final one and is not loaded again.
 */
async function showFinal(page: Page, draft: string, html: string): Promise<void> {
  if (html === draft) return;
  const nav = contentsChange(draft, html);
  if (nav === undefined || !(await replaceContents(page, nav))) await page.setContent(html, { waitUntil: 'load', timeout: PAGE_TIMEOUT_MS });
}

/**
 * Prints twice: the first pass finds the page of every heading (from the PDF bookmarks),
 * the second prints the contents page with those numbers. Placeholders have the same width
 * as real numbers, so filling them in does not move anything.
 */
export async function printDocument(browser: Browser, request: PrintRequest): Promise<PrintedDocument> {
  let page: Page | undefined;
  try {
    // One page for both passes: a county build prints a dozen documents, and each new page costs.
    page = await offlinePage(browser);
    const draft = request.renderHtml(new Map());
    await page.setContent(draft, { waitUntil: 'load', timeout: PAGE_TIMEOUT_MS });
    const layout = await readPdfLayout(await page.pdf(layoutPassOptions(request)));
    await request.betweenPasses?.();
    const html = request.renderHtml(layout.headingPages);
    await showFinal(page, draft, html);
    const printed = await page.pdf(pdfOptions(request));
    const pdf = request.creationDate === undefined ? printed : renumberNodeIds(fixPdfDates(printed, request.creationDate));
    // The second pass has the first one's pages: only the contents' numbers changed, at the same width.
    return { html, pdf, pageCount: layout.pageCount };
  } catch (error) {
    throw browserFailure(browser, error);
  } finally {
    // A page of a browser that has gone cannot be closed; the error that matters is the first.
    await page?.close().catch(() => undefined);
  }
}
