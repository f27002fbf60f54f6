import type { Browser } from 'puppeteer-core';
import { pdfOptions, PAGE_TIMEOUT_MS } from './pdf-options.js';
import { readPdfLayout } from './read-pdf.js';

export interface PrintRequest {
  title: string;
  draft: boolean;
  fontFaceCss: string;
  /** Renders the document; given the page of each heading once it is known (contents page). */
  renderHtml: (headingPages: ReadonlyMap<string, number>) => string;
}

export interface PrintedDocument {
  html: string;
  pdf: Uint8Array;
  pageCount: number;
}

async function printOnce(browser: Browser, html: string, request: PrintRequest): Promise<Uint8Array> {
  const page = await browser.newPage();
  try {
    page.setDefaultTimeout(PAGE_TIMEOUT_MS);
    // The document is self-contained; nothing may leave the machine, so any request is refused.
    await page.setRequestInterception(true);
    page.on('request', (req) => {
      const url = req.url();
      if (url.startsWith('data:') || url === 'about:blank') void req.continue();
      else void req.abort('blockedbyclient');
    });
    await page.setJavaScriptEnabled(false);
    await page.setContent(html, { waitUntil: 'load', timeout: PAGE_TIMEOUT_MS });
    return await page.pdf(pdfOptions(request));
  } finally {
    await page.close();
  }
}

/**
 * Prints twice: the first pass finds the page of every heading (from the PDF bookmarks),
 * the second prints the contents page with those numbers. Placeholders have the same width
 * as real numbers, so filling them in does not move anything.
 */
export async function printDocument(browser: Browser, request: PrintRequest): Promise<PrintedDocument> {
  const draftHtml = request.renderHtml(new Map());
  const layout = await readPdfLayout(await printOnce(browser, draftHtml, request));
  const html = request.renderHtml(layout.headingPages);
  const pdf = await printOnce(browser, html, request);
  const { pageCount } = await readPdfLayout(pdf);
  return { html, pdf, pageCount };
}
