import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../../src/pdf/find-browser.js';
import { launchBrowser } from '../../src/pdf/launch-browser.js';
import { PdfObjects } from '../../src/pdf/pdf-objects.js';
import { pdfOptions } from '../../src/pdf/pdf-options.js';
import { outlineLayout } from '../../src/pdf/pdf-outline.js';
import { printedLayout } from '../../src/pdf/printed-layout.js';
import { readPdfLayout } from '../../src/pdf/read-pdf.js';
import { pdfFile } from './pdf-structure.js';

const layoutOf = (pdf: Uint8Array) => outlineLayout(PdfObjects.read(pdf)!);

/**
 * Two pages (objects 3 and 4) and an outline: the given item dictionaries as objects 5 on, then
 * its root, whose keys are `root` (by default the first item and their count).
 */
function twoPageOutline(items: readonly string[], root = `/First 5 0 R\n/Count ${items.length}`): Uint8Array {
  const page = '<</Type /Page\n/Parent 2 0 R\n/MediaBox [0 0 600 100]>>';
  return pdfFile([
    `<</Type /Catalog\n/Pages 2 0 R\n/Outlines ${5 + items.length} 0 R>>`,
    '<</Type /Pages\n/Kids [3 0 R 4 0 R]\n/Count 2>>',
    page,
    page,
    ...items,
    `<</Type /Outlines\n${root}>>`,
  ]);
}

/** Two pages and a flat outline of the given items, each `[title, page object, extra]`, linked by /Next. */
function outlined(items: readonly [title: string, page: 3 | 4, extra?: string][]): Uint8Array {
  return twoPageOutline(items.map(([title, pageObject, extra], i) => `<</Title ${title}\n/Dest [${pageObject} 0 R /XYZ 0 0 0]${i + 1 < items.length ? `\n/Next ${6 + i} 0 R` : ''}${extra ?? ''}>>`));
}

describe('outlineLayout', () => {
  it('reads literal titles with escapes, UTF-16 titles, and titles Chromium doubles, each on its page', () => {
    const pdf = outlined([
      ['(Crime \\(all\\) \\\\ \\101nd \\\nmore)', 3],
      ['<FEFF00430061006600E9 00202013002000D8>', 4],
      ['(1. Introduction1. Introduction)', 4],
    ]);
    expect(layoutOf(pdf)).toEqual({ pageCount: 2, headingPages: new Map([['Crime (all) \\ And more', 1], ['Café – Ø', 2], ['1. Introduction', 2]]) });
  });

  it('lists each item before its children, and keeps the first page of a repeated title', () => {
    const pdf = twoPageOutline([
      '<</Title (Part)\n/Dest [3 0 R /XYZ 0 0 0]\n/First 6 0 R\n/Next 7 0 R>>',
      '<</Title (Notes)\n/Dest [3 0 R /XYZ 0 0 0]>>',
      '<</Title (Notes)\n/Dest [4 0 R /XYZ 0 0 0]>>',
    ]);
    expect([...layoutOf(pdf)!.headingPages]).toEqual([['Part', 1], ['Notes', 1]]);
  });

  it('reads keys however they are spaced, and a title that looks like a key or holds "stream" as a title', () => {
    const pdf = twoPageOutline(
      ['<</Title (Mainstream services /Next 9 0 R)\n/Dest [3 0 R /XYZ 0 0 0]\n/Next\n6  0 R>>', '<</Title (Streams)\n/Dest  [ 4 0 R /XYZ 0 0 0]>>'],
      '/First  5 0 R\n/Count 2',
    );
    expect([...layoutOf(pdf)!.headingPages]).toEqual([['Mainstream services /Next 9 0 R', 1], ['Streams', 2]]);
  });

  it('leaves to pdf.js a file it cannot read whole: an item not reached, an outline or page it cannot read', () => {
    // The root counts three items; the second has no /Next, so the third is never reached.
    const unreached = twoPageOutline([
      '<</Title (A)\n/Dest [3 0 R /XYZ 0 0 0]\n/Next 6 0 R>>',
      '<</Title (B)\n/Dest [4 0 R /XYZ 0 0 0]>>',
      '<</Title (C)\n/Dest [4 0 R /XYZ 0 0 0]>>',
    ]);
    expect(layoutOf(unreached)).toBeUndefined();
    expect(layoutOf(pdfFile(['<</Type /Catalog\n/Pages 2 0 R\n/Outlines 4 0 R>>', '<</Type /Pages\n/Kids [3 0 R]\n/Count 1>>', '<</Type /Page\n/Parent 2 0 R>>']))).toBeUndefined();
    // An object not where the table says (a heading on page 2 would be read as on page 1 or lost).
    const bytes = Buffer.from(outlined([['(A)', 4]]));
    const entry = bytes.toString('latin1').indexOf('xref\n0 7\n') + 'xref\n0 7\n'.length + 20 * 4;
    bytes.write(String(Number(bytes.toString('latin1', entry, entry + 10)) + 2).padStart(10, '0'), entry, 'latin1');
    expect(layoutOf(new Uint8Array(bytes))).toBeUndefined();
    // A page tree that counts more pages than it holds.
    const short = Buffer.from(outlined([['(A)', 3]])).toString('latin1').replace('/Count 2>>', '/Count 3>>');
    expect(PdfObjects.read(new Uint8Array(Buffer.from(short, 'latin1')))?.pages()).toBeUndefined();
  });

  it('gives no headings for a PDF without an outline', () => {
    const pdf = pdfFile(['<</Type /Catalog\n/Pages 2 0 R>>', '<</Type /Pages\n/Kids [3 0 R]\n/Count 1>>', '<</Type /Page\n/Parent 2 0 R>>']);
    expect(layoutOf(pdf)).toEqual({ pageCount: 1, headingPages: new Map() });
  });

  it('leaves to pdf.js what it does not read: a named destination, another encoding, a loop', () => {
    const named = twoPageOutline(['<</Title (Named)\n/Dest /introduction>>']);
    expect(layoutOf(named)).toBeUndefined();
    expect(layoutOf(outlined([['(Caf\\351)', 3]]))).toBeUndefined();
    expect(layoutOf(outlined([['(Loop)', 3, '\n/Next 5 0 R']]))).toBeUndefined();
  });
});

describe('the printed layout', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser(await findBrowser({ env: process.env, platform: process.platform }), () => undefined);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("is what pdf.js reads from Chromium's own outline", async () => {
    const html = `<!DOCTYPE html><html lang="en-GB"><head><title>T</title></head><body>
      <h1>Strategic Assessment 2024–25</h1><h2>1. Crime (all) \\ “quoted”</h2><p>Text</p>
      <h2 style="break-before: page">2. Anti-social behaviour – Café Ø</h2><h3>2.1 Wards</h3>
      <h2 style="break-before: page">3. Notes</h2><h3>Notes</h3></body></html>`;
    const page = await browser.newPage();
    await page.setContent(html);
    const pdf = await page.pdf(pdfOptions());
    await page.close();
    const own = layoutOf(pdf);
    expect(own).toEqual(await readPdfLayout(pdf));
    expect(own?.pageCount).toBe(3);
    expect(own?.headingPages.get('2. Anti-social behaviour – Café Ø')).toBe(2);
    expect(await printedLayout(pdf)).toEqual(own);
  });
});
