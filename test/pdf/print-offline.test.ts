import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../../src/pdf/find-browser.js';
import { launchBrowser } from '../../src/pdf/launch-browser.js';
import { printDocument } from '../../src/pdf/print-pdf.js';
import { readPdfText } from '../../src/pdf/read-pdf.js';

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
});
