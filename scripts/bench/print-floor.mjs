// The floor of the build benchmark: the bare browser printing the build's own final HTML to PDF
// once, with the same Chromium, flags and PDF options, from process start to PDF written. The
// HTML is the document as the build printed it, running header and footer included. A
// build cannot be quicker than this; the benchmark reports the build's time as a ratio to it.
// Usage: node scripts/bench/print-floor.mjs <strategic-assessment.html> <out.pdf>
import { readFileSync, writeFileSync } from 'node:fs';
import { findBrowser } from '../../dist/pdf/find-browser.js';
import { launchBrowser } from '../../dist/pdf/launch-browser.js';
import { pdfOptions } from '../../dist/pdf/pdf-options.js';

const [htmlFile, outFile] = process.argv.slice(2);
const html = readFileSync(htmlFile, 'utf8');
const browser = await launchBrowser(await findBrowser({ env: process.env, platform: process.platform }), () => undefined);
try {
  const page = await browser.newPage();
  await page.setJavaScriptEnabled(false);
  await page.setContent(html, { waitUntil: 'load' });
  writeFileSync(outFile, await page.pdf(pdfOptions()));
} finally {
  await browser.close();
}
