import type { PDFOptions } from 'puppeteer-core';

export const PAGE_TIMEOUT_MS = 120_000;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * All PDF settings in one place. Header and footer are rendered by Chrome as separate tiny
 * documents: they get their own font (the embedded one, passed in as CSS) and font size, and
 * the page margins leave room for them.
 */
export function pdfOptions(input: { title: string; fontFaceCss: string; draft: boolean }): PDFOptions {
  const style = `<style>${input.fontFaceCss} .hf{font-family:'Source Sans 3',sans-serif;font-size:8pt;color:#333;width:100%;margin:0 15mm;display:flex;justify-content:space-between}</style>`;
  const title = escapeHtml(input.title) + (input.draft ? ' – DRAFT' : '');
  return {
    format: 'A4',
    printBackground: true,
    tagged: true,
    outline: true,
    preferCSSPageSize: false,
    margin: { top: '20mm', bottom: '20mm', left: '15mm', right: '15mm' },
    displayHeaderFooter: true,
    headerTemplate: `${style}<div class="hf"><span>${title}</span><span></span></div>`,
    footerTemplate: `${style}<div class="hf"><span>${title}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`,
    timeout: PAGE_TIMEOUT_MS,
  };
}
