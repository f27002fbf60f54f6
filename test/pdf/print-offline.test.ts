import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../../src/pdf/find-browser.js';
import { launchBrowser } from '../../src/pdf/launch-browser.js';
import { layoutOnly } from '../../src/pdf/page-edits.js';
import { layoutPassOptions, pdfOptions } from '../../src/pdf/pdf-options.js';
import { printDocument } from '../../src/pdf/print-pdf.js';
import { readPdfLayout, readPdfText } from '../../src/pdf/read-pdf.js';

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

  it('refuses every network request a template makes, and still prints', async () => {
    const html = `<!DOCTYPE html><html lang="en-GB"><head><title>T</title><link rel="stylesheet" href="${origin}/style.css"><style>@import url(${origin}/import.css); body{background:url(${origin}/bg.png)}</style></head>
      <body><img src="${origin}/logo.png" alt="logo"><h1>Printed locally</h1><script src="${origin}/tracker.js"></script></body></html>`;
    const printed = await printDocument(browser, { title: 'T', draft: false, fontFaceCss: '', renderHtml: () => html });
    expect(requests).toBe(0);
    expect((await readPdfText(printed.pdf))[0]).toContain("Printed locally");
  });

  it('fills the contents from the first pass: each heading gets its page', async () => {
    const render = (pages: ReadonlyMap<string, number>): string =>
      `<!DOCTYPE html><html lang="en-GB"><head><title>T</title></head><body>
        <p>Second heading is on page ${pages.get('Second') ?? '?'}</p>
        <h2>First</h2><h2 style="break-before: page">Second</h2></body></html>`;
    const printed = await printDocument(browser, { title: 'T', draft: false, fontFaceCss: '', renderHtml: render });
    expect(printed.pageCount).toBe(2);
    expect(printed.html).toContain('Second heading is on page 2');
    expect((await readPdfText(printed.pdf))[0]).toContain('Second heading is on page 2');
  });

  describe('with work deferred until the browser has laid the draft out', () => {
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

    it('puts the work into the page laid out, and numbers the contents from it', async () => {
      const printed = await printDocument(browser, {
        title: 'T', draft: false, fontFaceCss: '',
        renderHtml: render(chart(50)),
        deferred: { renderDraft: render(slot), finish: async () => work(50, true) },
      });
      const text = (await readPdfText(printed.pdf))[0]!;
      expect(text).toContain('Chart drawn');
      expect(text).toContain('Second heading is on page 1');
      expect(printed.html).toBe(render(chart(50))(new Map([['Second', 1]])));
    });

    it('lays the document out again when the work changed its layout', async () => {
      // The draft's box is small, the real one a page and a half: "Second" moves to page 2.
      const printed = await printDocument(browser, {
        title: 'T', draft: false, fontFaceCss: '',
        renderHtml: render(chart(1600)),
        deferred: { renderDraft: render(slot), finish: async () => work(1600, false) },
      });
      expect(printed.pageCount).toBe(2);
      expect((await readPdfText(printed.pdf))[0]).toContain('Second heading is on page 2');
    });

    it('reports a failure of the deferred work after the browser has finished with the page', async () => {
      await expect(
        printDocument(browser, {
          title: 'T', draft: false, fontFaceCss: '', renderHtml: render(slot),
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
      const printed = await printDocument(browser, { title: 'T', draft: false, fontFaceCss: '', renderHtml: render });
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
      await expect(printDocument(browser, { title: 'T', draft: false, fontFaceCss: '', renderHtml: render })).rejects.toMatchObject({
        name: 'AssessError',
        exitCode: 1,
        message: expect.stringContaining('did not settle'),
      });
    });
  });

  it('lays out the first pass with the same bookmarks as the document, markup in headings included', async () => {
    const html = `<!DOCTYPE html><html lang="en-GB"><head><title>T</title></head><body>
      <h2><span>1.</span> Numbered</h2><p>Text</p><h2 style="break-before:page">Intro <em>two</em></h2>
      <table><tr><td>cell</td></tr></table><h3><a href="#x">Linked</a></h3><p id="x">x</p></body></html>`;
    const page = await browser.newPage();
    try {
      await page.setJavaScriptEnabled(false);
      await page.setContent(layoutOnly(html), { waitUntil: 'load' });
      const draft = await readPdfLayout(await page.pdf(layoutPassOptions({ title: 'T', fontFaceCss: '', draft: false })));
      await page.setContent(html, { waitUntil: 'load' });
      const printed = await readPdfLayout(await page.pdf(pdfOptions({ title: 'T', fontFaceCss: '', draft: false })));
      expect([...draft.headingPages]).toEqual([['1. Numbered', 1], ['Intro two', 2], ['Linked', 2]]);
      expect(draft).toEqual(printed);
    } finally {
      await page.close();
    }
  });
});
