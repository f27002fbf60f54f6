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

/** The browser's spare page if it has one, else a new one. */
export async function takeOfflinePage(browser: Browser): Promise<Page> {
  const spare = sparePages.get(browser);
  sparePages.delete(browser);
  return (await spare?.catch(() => undefined)) ?? offlinePage(browser);
}
