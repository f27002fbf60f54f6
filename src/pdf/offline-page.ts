import type { Browser, Page } from 'puppeteer-core';
import { PAGE_TIMEOUT_MS } from './pdf-options.js';

/** A page that refuses every request: the document is self-contained and nothing may leave the machine. */
async function offlinePage(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  try {
    page.setDefaultTimeout(PAGE_TIMEOUT_MS);
    await page.setRequestInterception(true);
    page.on('request', (req) => {
      const url = req.url();
      if (url.startsWith('data:') || url === 'about:blank') void req.continue();
      else void req.abort('blockedbyclient');
    });
    await page.setJavaScriptEnabled(false);
    return page;
  } catch (error) {
    // A page without its guard is never handed out, nor left open.
    await page.close().catch(() => undefined);
    throw error;
  }
}

/**
 * One page made ready as each browser starts, while the data are still read: making one takes
 * three DevTools round trips (40 ms), which the first document would otherwise wait for.
 */
const sparePages = new WeakMap<Browser, Promise<Page>>();

export function prepareOfflinePage(browser: Browser): void {
  if (sparePages.has(browser)) return;
  const page = offlinePage(browser);
  // Taken, or closed with the browser; a page that could not be made is made again when wanted.
  page.catch(() => undefined);
  sparePages.set(browser, page);
}

/**
 * Pages that have printed a document and can print the next: a county build prints a dozen, and
 * a page reused costs less than a new one (its renderer is already running): 4 alternating
 * county batches took 11.8 to 12.4 s against 12.5 to 12.9 s, with every file byte-identical.
 * Loading a document replaces the whole of the last one; the guard against the network and
 * JavaScript being off are the page's own and stay. A page whose document failed is closed.
 */
const idlePages = new WeakMap<Browser, Page[]>();

/** A page that has printed a document and is free, else the spare page made as the browser started, else a new one. */
export async function takeOfflinePage(browser: Browser): Promise<Page> {
  const idle = idlePages.get(browser);
  for (let page = idle?.pop(); page !== undefined; page = idle?.pop()) if (!page.isClosed()) return page;
  const spare = sparePages.get(browser);
  sparePages.delete(browser);
  return (await spare?.catch(() => undefined)) ?? offlinePage(browser);
}

/** Gives a page back once its document is printed, for the next; one whose document failed is closed. */
export async function giveBackOfflinePage(browser: Browser, page: Page, printed: boolean): Promise<void> {
  if (printed && browser.connected && !page.isClosed()) {
    idlePages.set(browser, [...(idlePages.get(browser) ?? []), page]);
    return;
  }
  await page.close().catch(() => undefined);
}
