import { findBrowser } from './find-browser.js';
import { launchBrowser } from './launch-browser.js';
import { printDocument, type PrintedDocument, type PrintRequest } from './print-pdf.js';

export interface RenderPdfOptions {
  browserPath?: string;
  env: NodeJS.ProcessEnv;
  log: (message: string) => void;
}

/** One browser for the whole run, closed whatever happens. */
export async function renderPdf(request: PrintRequest, options: RenderPdfOptions): Promise<PrintedDocument> {
  const found = await findBrowser({ explicitPath: options.browserPath, env: options.env, platform: process.platform });
  options.log(`Using Chromium from ${found.source}: ${found.executablePath}`);
  const browser = await launchBrowser(found, options.log);
  try {
    return await printDocument(browser, request);
  } finally {
    await browser.close();
  }
}
