// The floor of the build benchmarks: the bare browser printing final HTML to PDF, with the same
// Chromium, flags and PDF options as a build, from process start to the last PDF written. Each
// HTML is a document as the build printed it, running header and footer included, and is loaded
// and printed once in a page of its own, `jobs` pages at a time in one browser, as a county batch
// prints. A build cannot be quicker than this for the same documents; the benchmark reports the
// build's time as a ratio to it (row 3, one document) and the batch's room above it (row 4).
// Usage: node scripts/bench/print-floor.mjs <jobs> <out-dir> <document.html>...
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { findBrowser } from '../../dist/pdf/find-browser.js';
import { launchBrowser } from '../../dist/pdf/launch-browser.js';
import { pdfOptions } from '../../dist/pdf/pdf-options.js';

const [jobs, outDir, ...htmlFiles] = process.argv.slice(2);
const browser = await launchBrowser(await findBrowser({ env: process.env, platform: process.platform }), () => undefined);
try {
  let next = 0;
  const printEach = async () => {
    let page;
    for (let i = next++; i < htmlFiles.length; i = next++) {
      // A printed page is closed only when another follows it, so one document's floor is what it was.
      await page?.close();
      page = await browser.newPage();
      await page.setJavaScriptEnabled(false);
      await page.setContent(readFileSync(htmlFiles[i], 'utf8'), { waitUntil: 'load' });
      writeFileSync(path.join(outDir, `${i + 1}.pdf`), await page.pdf(pdfOptions()));
    }
  };
  await Promise.all(Array.from({ length: Number(jobs) }, printEach));
} finally {
  await browser.close();
}
