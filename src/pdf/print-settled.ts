import type { Page } from 'puppeteer-core';
import { AssessError, ExitCode } from '../errors.js';
import { applyEdits, contentsEdits } from './page-edits.js';
import { pdfOptions, PAGE_TIMEOUT_MS } from './pdf-options.js';
import type { PrintedDocument, PrintRequest } from './print-pdf.js';
import type { PdfLayout } from './pdf-outline.js';
import { printedLayout } from './printed-layout.js';

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
 * Prints `html`, numbered from `layout`, and checks the printed document against it. The
 * contents must give the pages of the document as printed, and a template's styles could make
 * numbering move something (a page number wider than its placeholder): then it is printed again
 * with the pages just found, which settles at once unless the numbers keep moving the pages.
 */
export async function printSettled(page: Page, request: PrintRequest, shown: string, layout: PdfLayout): Promise<PrintedDocument> {
  let html = request.renderHtml(layout.headingPages);
  await showFinal(page, shown, html);
  let printed = await page.pdf(pdfOptions());
  let printings = 1;
  for (let reprints = 0; ; reprints++) {
    const found = await printedLayout(printed);
    if (sameHeadingPages(found, layout)) break;
    // A document that does not number its headings (or not those that moved) is right as printed.
    const next = request.renderHtml(found.headingPages);
    if (next === html) {
      layout = found;
      break;
    }
    if (reprints === MAX_REPRINTS) throw unsettled(found, layout);
    layout = found;
    await showFinal(page, html, next);
    html = next;
    printed = await page.pdf(pdfOptions());
    printings++;
  }
  return { html, pdf: printed, pageCount: layout.pageCount, printings };
}
