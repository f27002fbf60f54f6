import type { Browser } from 'puppeteer-core';
import { findBrowser } from './find-browser.js';
import { launchBrowser } from './launch-browser.js';
import { printDocument, type PrintedDocument, type PrintRequest } from './print-pdf.js';

export interface RenderPdfOptions {
  browserPath?: string;
  env: NodeJS.ProcessEnv;
  log: (message: string) => void;
}

/** A browser being started: wanted later, and closed whatever happens in between. */
export interface OpeningBrowser {
  /** Rejects with the AssessError of a browser that cannot be found or started. */
  ready: Promise<Browser>;
  close: () => Promise<void>;
}

/**
 * Starts the browser now, so it starts while the data are read (a quarter of a second). Its
 * failure is reported when the browser is wanted: a build whose data are wrong says so, not that
 * the browser is missing.
 */
export function openBrowser(options: RenderPdfOptions): OpeningBrowser {
  const ready = (async () => {
    const found = await findBrowser({ explicitPath: options.browserPath, env: options.env, platform: process.platform });
    options.log(`Using Chromium from ${found.source}: ${found.executablePath}`);
    return launchBrowser(found, options.log);
  })();
  // Handled where it is awaited; until then a failure must not count as unhandled.
  ready.catch(() => undefined);
  return {
    ready,
    close: async () => {
      // Closing a browser that crashed fails too; the error worth reporting is the crash.
      await (await ready.catch(() => undefined))?.close().catch(() => undefined);
    },
  };
}

/**
 * One browser for the whole run, shared by every document printed in it (a county of
 * assessments prints a dozen through one browser), and closed whatever happens.
 */
export async function withBrowser<T>(options: RenderPdfOptions, use: (browser: Browser) => Promise<T>): Promise<T> {
  const opening = openBrowser(options);
  try {
    return await use(await opening.ready);
  } finally {
    await opening.close();
  }
}

/** Prints one document in a browser of its own. */
export function renderPdf(request: PrintRequest, options: RenderPdfOptions): Promise<PrintedDocument> {
  return withBrowser(options, (browser) => printDocument(browser, request));
}
