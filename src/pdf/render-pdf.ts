import type { Browser } from 'puppeteer-core';
import { onStopRequest } from '../stop-requests.js';
import { findBrowser } from './find-browser.js';
import { launchBrowser } from './launch-browser.js';
import { prepareOfflinePage } from './offline-page.js';
import { printDocument, type PrintedDocument, type PrintRequest } from './print-pdf.js';

export interface RenderPdfOptions {
  browserPath?: string;
  env: NodeJS.ProcessEnv;
  log: (message: string) => void;
  /** Aborted to stop (Ctrl-C): the browser is closed, so a print under way fails at once. */
  signal?: AbortSignal;
}

/** A browser being started: wanted later, and closed whatever happens in between. */
export interface OpeningBrowser {
  /** The browser, once started; rejects with the AssessError of one that cannot be found or started. */
  wanted: () => Promise<Browser>;
  /** Closes the browser once, however many times it is called (a stop request, then the `finally`). */
  close: () => Promise<void>;
}

/**
 * Starts the browser now, so it starts while the data are read (a quarter of a second). What it
 * has to say (which browser, the sandbox) and its failure wait until the browser is wanted: a
 * build whose data are wrong says so, and nothing about a browser it never used.
 */
export function openBrowser(options: RenderPdfOptions): OpeningBrowser {
  const held: string[] = [];
  let log = (message: string): void => void held.push(message);
  const ready = (async () => {
    const found = await findBrowser({ explicitPath: options.browserPath, env: options.env, platform: process.platform });
    log(`Using Chromium from ${found.source}: ${found.executablePath}`);
    const browser = await launchBrowser(found, (message) => log(message), options.signal);
    prepareOfflinePage(browser);
    return browser;
  })();
  // Handled where it is wanted; until then a failure must not count as unhandled.
  ready.catch(() => undefined);
  let closing: Promise<void> | undefined;
  return {
    wanted: () => {
      for (const message of held.splice(0)) options.log(message);
      log = options.log;
      return ready;
    },
    // A second close while the first waits for the browser to exit would kill it outright. Closing
    // a browser that crashed fails too; the error worth reporting is the crash.
    close: () => (closing ??= ready.then((browser) => browser.close(), () => undefined).catch(() => undefined)),
  };
}

/** Prints one document in a browser of its own, closed whatever happens. */
export async function renderPdf(request: PrintRequest, options: RenderPdfOptions): Promise<PrintedDocument> {
  const opening = openBrowser(options);
  const forgetStop = onStopRequest(options.signal, () => void opening.close());
  try {
    return await printDocument(await opening.wanted(), request);
  } finally {
    forgetStop();
    await opening.close();
  }
}
