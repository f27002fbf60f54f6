import type { Browser } from 'puppeteer-core';
import { findBrowser } from './find-browser.js';
import { launchBrowser } from './launch-browser.js';
import { printDocument, type PrintedDocument, type PrintRequest } from './print-pdf.js';

export interface RenderPdfOptions {
  browserPath?: string;
  env: NodeJS.ProcessEnv;
  log: (message: string) => void;
}

/**
 * One browser for the whole run, shared by every document printed in it (a county of
 * assessments prints a dozen through one browser), and closed whatever happens.
 */
export async function withBrowser<T>(options: RenderPdfOptions, use: (browser: Browser) => Promise<T>): Promise<T> {
  const found = await findBrowser({ explicitPath: options.browserPath, env: options.env, platform: process.platform });
  options.log(`Using Chromium from ${found.source}: ${found.executablePath}`);
  const browser = await launchBrowser(found, options.log);
  try {
    return await use(browser);
  } finally {
    // Closing a browser that crashed fails too; the error worth reporting is the crash.
    await browser.close().catch(() => undefined);
  }
}

/** Prints one document in a browser of its own. */
export function renderPdf(request: PrintRequest, options: RenderPdfOptions): Promise<PrintedDocument> {
  return withBrowser(options, (browser) => printDocument(browser, request));
}
