import type { PDFOptions } from 'puppeteer-core';

export const PAGE_TIMEOUT_MS = 120_000;

/**
 * All PDF settings in one place. The page margins leave room for the running header and footer,
 * which the document draws itself (running-heads.ts).
 */
export function pdfOptions(): PDFOptions {
  return {
    format: 'A4',
    printBackground: true,
    tagged: true,
    outline: true,
    preferCSSPageSize: false,
    margin: { top: '20mm', bottom: '20mm', left: '15mm', right: '15mm' },
    timeout: PAGE_TIMEOUT_MS,
  };
}
