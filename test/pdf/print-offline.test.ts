import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../../src/pdf/find-browser.js';
import { launchBrowser } from '../../src/pdf/launch-browser.js';
import { prepareOfflinePage } from '../../src/pdf/offline-page.js';
import { PdfObjects } from '../../src/pdf/pdf-objects.js';
import { pdfOptions } from '../../src/pdf/pdf-options.js';
import { printDocument, type PrintedDocument } from '../../src/pdf/print-pdf.js';
import { readPdfLayout, readPdfText, readPdfTextItems } from '../../src/pdf/read-pdf.js';
import { withRunningHeads } from '../../src/pdf/running-heads.js';
import { expectSoundStructure } from './pdf-structure.js';

describe('printDocument', () => {
  let browser: Browser;
  let server: Server;
  let requests = 0;
  let origin = '';

  beforeAll(async () => {
    // A local server stands in for "the network": the printed page must never reach it.
    server = createServer((_req, res) => {
      requests += 1;
      res.end('x');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchBrowser(await findBrowser({ env: process.env, platform: process.platform }), () => undefined);
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('draws the running header and footer from the document itself, "Page X of Y" included', async () => {
    const html = '<!DOCTYPE html><html lang="en-GB"><head><title>T</title></head><body><h1>One</h1><h1 style="break-before:page">Two</h1></body></html>';
    const printed = await printDocument(browser, { title: 'Paper "A" <b>', draft: true, renderHtml: () => html });
    const pages = await readPdfText(printed.pdf);
    expect(pages).toHaveLength(2);
    expect(pages[1]).toContain('Page 2 of 2');
    expect(pages[0]!.match(/Paper "A" <b> – DRAFT/g)).toHaveLength(2);
  });

  const reachingOut = (): string => `<!DOCTYPE html><html lang="en-GB"><head><title>T</title><link rel="stylesheet" href="${origin}/style.css"><style>@import url(${origin}/import.css); body{background:url(${origin}/bg.png)}</style></head>
      <body><img src="${origin}/logo.png" alt="logo"><h1>Printed locally</h1><script src="${origin}/tracker.js"></script></body></html>`;

  it('refuses every network request a template makes, and still prints', async () => {
    const printed = await printDocument(browser, { title: 'T', draft: false, renderHtml: reachingOut });
    expect(requests).toBe(0);
    expect((await readPdfText(printed.pdf))[0]).toContain("Printed locally");
  });

  it('refuses them too on the page made ready as the browser started', async () => {
    const pages = (await browser.pages()).length;
    prepareOfflinePage(browser);
    const printed = await printDocument(browser, { title: 'T', draft: false, renderHtml: reachingOut });
    expect(requests).toBe(0);
    expect((await readPdfText(printed.pdf))[0]).toContain("Printed locally");
    // The spare page was the one printed, and closed after: had another been made, the spare would still be open.
    expect((await browser.pages()).length).toBe(pages);
  });

  it('numbers a page it does not know how to fill in place by printing it again: each heading gets its page', async () => {
    const render = (pages: ReadonlyMap<string, number>): string =>
      `<!DOCTYPE html><html lang="en-GB"><head><title>T</title></head><body>
        <p>Second heading is on page ${pages.get('Second') ?? '?'}</p>
        <h2>First</h2><h2 style="break-before: page">Second</h2></body></html>`;
    const printed = await printDocument(browser, { title: 'T', draft: false, renderHtml: render });
    expect(printed.pageCount).toBe(2);
    expect(printed.printings).toBe(2);
    expect(printed.html).toContain('Second heading is on page 2');
    expect((await readPdfText(printed.pdf))[0]).toContain('Second heading is on page 2');
  });

  describe('with work deferred until the browser has loaded the draft', () => {
    // A box in the draft that the finished work replaces; its height decides where "Second" falls.
    const render = (box: string) => (pages: ReadonlyMap<string, number>): string =>
      `<!DOCTYPE html><html lang="en-GB"><head><title>T</title></head><body>
        <p>Second heading is on page ${pages.get('Second') ?? '?'}</p><h2>First</h2>${box}<h2>Second</h2></body></html>`;
    const slot = '<div id="slot" style="height:50px"></div>';
    const chart = (height: number) => `<div id="chart" style="height:${height}px">Chart drawn</div>`;
    const work = (height: number, sameLayout: boolean) => ({
      fill: (draft: string) => draft.replace(slot, chart(height)),
      edits: [{ selector: '#slot', html: chart(height) }],
      sameLayout,
    });

    it('puts the work into the page loaded, and numbers the contents from it', async () => {
      const printed = await printDocument(browser, {
        title: 'T', draft: false,
        renderHtml: render(chart(50)),
        deferred: { renderDraft: render(slot), finish: async () => work(50, true) },
      });
      const text = (await readPdfText(printed.pdf))[0]!;
      expect(text).toContain('Chart drawn');
      expect(text).toContain('Second heading is on page 1');
      expect(printed.html).toBe(withRunningHeads(render(chart(50))(new Map([['Second', 1]])), { title: 'T', draft: false }));
    });

    it('lays the document out again when the work changed its layout', async () => {
      // The draft's box is small, the real one a page and a half: "Second" moves to page 2.
      const printed = await printDocument(browser, {
        title: 'T', draft: false,
        renderHtml: render(chart(1600)),
        deferred: { renderDraft: render(slot), finish: async () => work(1600, false) },
      });
      expect(printed.pageCount).toBe(2);
      expect((await readPdfText(printed.pdf))[0]).toContain('Second heading is on page 2');
    });

    it('reports a failure of the deferred work after the browser has finished with the page', async () => {
      await expect(
        printDocument(browser, {
          title: 'T', draft: false, renderHtml: render(slot),
          deferred: { renderDraft: render(slot), finish: async () => Promise.reject(new Error('chart failed')) },
        }),
      ).rejects.toThrow('chart failed');
    });
  });

  describe('checking the printed document against the contents', () => {
    it('prints again when filling in the numbers moved a heading, until the contents are right', async () => {
      // As a template whose contents take more room once numbered: "After" moves two pages on.
      const render = (pages: ReadonlyMap<string, number>): string =>
        `<!DOCTYPE html><html lang="en-GB"><head><title>T</title></head><body>
          <p>After is on page ${pages.get('After') ?? '00'}</p><div style="height:${pages.has('After') ? 2000 : 0}px"></div>
          <h2>Before</h2><h2>After</h2></body></html>`;
      const printed = await printDocument(browser, { title: 'T', draft: false, renderHtml: render });
      const layout = await readPdfLayout(printed.pdf);
      expect(layout.headingPages.get('After')).toBeGreaterThan(1);
      expect(printed.pageCount).toBe(layout.pageCount);
      expect(printed.html).toContain(`After is on page ${layout.headingPages.get('After')}`);
      expect((await readPdfText(printed.pdf))[0]).toContain(`After is on page ${layout.headingPages.get('After')}`);
    });

    it('stops with an internal error when the numbers keep moving the headings', async () => {
      // Numbering "Moving" page 1 pushes it to page 2, and numbering it page 2 brings it back.
      const render = (pages: ReadonlyMap<string, number>): string =>
        `<!DOCTYPE html><html lang="en-GB"><head><title>T</title></head><body>
          <div style="height:${pages.get('Moving') === 1 ? 2000 : 0}px"></div><h2>Moving</h2></body></html>`;
      await expect(printDocument(browser, { title: 'T', draft: false, renderHtml: render })).rejects.toMatchObject({
        name: 'AssessError',
        exitCode: 1,
        message: expect.stringContaining('did not settle'),
      });
    });
  });

  describe('numbering the contents in the printed PDF', () => {
    const numbersOnPage1 = async (pdf: Uint8Array): Promise<string[]> => (await readPdfTextItems(pdf, [1]))[0]!.map((item) => item.trim()).filter((item) => /^\d+$/.test(item));
    // As the bundled template (partials/contents.hbs) and src/report/contents.ts: a placeholder of
    // its own for each entry, and twelve sections, so pages of one and two digits.
    const numbered = (count: number): string[] => Array.from({ length: count }, (_, i) => `${i + 1}. Section`);
    const lettered = (count: number): string[] => Array.from({ length: count }, (_, i) => `Section ${String.fromCharCode(65 + i)}`);
    const render = (sections: string[], options: { width?: number; css?: string } = {}) => (pages: ReadonlyMap<string, number>): string =>
      `<!DOCTYPE html><html lang="en-GB"><head><title>T</title><style>.contents ol{list-style:none}.contents li a{display:flex;text-decoration:none}` +
      `.contents .leader{flex:1}.contents .page{min-width:16pt;text-align:right;font-variant-numeric:tabular-nums}${options.css ?? ''}</style></head><body>` +
      `<nav class="contents" aria-labelledby="contents-heading"><h2 id="contents-heading">Contents</h2><ol>` +
      sections.map((s, i) => `<li class="level-2"><a href="#s${i}"><span class="entry">${s}</span><span class="leader" aria-hidden="true"></span><span class="page">${pages.get(s) ?? String(i).padStart(options.width ?? 2, '0')}</span></a></li>`).join('') +
      `</ol></nav>` + sections.map((s, i) => `<h2 id="s${i}" style="break-before:page">${s}</h2><p>Text</p>`).join('') + '</body></html>';
    const pagesFrom2 = (count: number): string[] => Array.from({ length: count }, (_, i) => String(i + 2));

    /** The browser printing the numbered document itself draws the same contents page, glyph for glyph. */
    async function expectAsPrintedDirectly(printed: PrintedDocument): Promise<void> {
      const page = await browser.newPage();
      try {
        await page.setJavaScriptEnabled(false);
        await page.setContent(printed.html, { waitUntil: 'load' });
        const direct = await page.pdf(pdfOptions());
        const contentsPage = (pdf: Uint8Array): string => {
          const objects = PdfObjects.read(pdf)!;
          const content = /\/Contents (\d+) 0 R/.exec(objects.dictionary(objects.pages()![0]!)!)![1]!;
          return Buffer.from(objects.stream(Number(content))!).toString('latin1');
        };
        expect(contentsPage(printed.pdf)).toBe(contentsPage(direct));
      } finally {
        await page.close();
      }
    }

    it('prints once and writes the numbers into it, exactly as printing them would have', async () => {
      const renderHtml = render(numbered(12));
      const printed = await printDocument(browser, { title: 'T', draft: false, renderHtml });
      expect(printed.printings).toBe(1);
      expect(printed.html).toBe(withRunningHeads(renderHtml(new Map(numbered(12).map((s, i) => [s, i + 2]))), { title: 'T', draft: false }));
      expect(await numbersOnPage1(printed.pdf)).toEqual(pagesFrom2(12));
      await expectAsPrintedDirectly(printed);
      expectSoundStructure(printed.pdf);
    });

    it('gives each entry its own number when the page draws them in another order', async () => {
      // A positioned element is drawn after the others: the second entry's number comes last.
      const printed = await printDocument(browser, { title: 'T', draft: false, renderHtml: render(numbered(12), { css: '.contents li:nth-child(2) .page{position:relative}' }) });
      expect(printed.printings).toBe(1);
      expect((await numbersOnPage1(printed.pdf)).at(-1)).toBe('3');
      await expectAsPrintedDirectly(printed);
    });

    it('prints again when a number is wider than its placeholder', async () => {
      // Ten one-digit placeholders, for pages 2 to 11.
      const printed = await printDocument(browser, { title: 'T', draft: false, renderHtml: render(numbered(10), { width: 1 }) });
      expect(printed.printings).toBe(2);
      expect(await numbersOnPage1(printed.pdf)).toEqual(pagesFrom2(10));
    });

    it('prints again when the numbers are underlined: the line is drawn to the width of what was printed', async () => {
      const printed = await printDocument(browser, { title: 'T', draft: false, renderHtml: render(numbered(12), { css: '.contents li a{text-decoration:underline}' }) });
      expect(printed.printings).toBe(2);
      expect(await numbersOnPage1(printed.pdf)).toEqual(pagesFrom2(12));
    });

    it('prints again when the font embedded for the numbers lacks a digit they need', async () => {
      // Five entries for pages 2 to 6: the links' text has no digit but the placeholders' 0 to 4, so
      // no 5 or 6 is embedded for it. (Ten entries or more have placeholders with every digit.)
      const printed = await printDocument(browser, { title: 'T', draft: false, renderHtml: render(lettered(5)) });
      expect(printed.printings).toBe(2);
      expect(await numbersOnPage1(printed.pdf)).toEqual(pagesFrom2(5));
    });
  });
});
