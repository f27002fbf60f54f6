import type { Page } from 'puppeteer-core';

/** The contents of the bundled template (partials/contents.hbs): the only part the second pass changes. */
const NAV_START = '<nav class="contents" aria-labelledby="contents-heading">';
const NAV_END = '</nav>';
const NAV_SELECTOR = 'nav.contents[aria-labelledby="contents-heading"]';

function navRange(html: string): { start: number; end: number } | undefined {
  const start = html.indexOf(NAV_START);
  if (start < 0 || html.indexOf(NAV_START, start + 1) >= 0) return undefined;
  const end = html.indexOf(NAV_END, start);
  if (end < 0 || html.slice(start + NAV_START.length, end).includes('<nav')) return undefined;
  return { start, end: end + NAV_END.length };
}

/**
 * The contents element of the final document, when it is all that differs from the draft the page
 * holds: the draft with its contents replaced must be the final document exactly. Otherwise (a
 * branding template that lays the contents out differently) undefined, and the page is reloaded.
 */
export function contentsChange(draft: string, final: string): string | undefined {
  const before = navRange(draft);
  const after = navRange(final);
  if (before === undefined || after === undefined) return undefined;
  const nav = final.slice(after.start, after.end);
  return draft.slice(0, before.start) + nav + draft.slice(before.end) === final ? nav : undefined;
}

/**
 * Puts the page numbers into the contents of the page already laid out, instead of loading the
 * whole document again (a third of a second per document, and a county build prints a dozen).
 * DevTools can still edit the page with its JavaScript disabled. False when the page does not
 * have exactly one such contents element.
 */
export async function replaceContents(page: Page, nav: string): Promise<boolean> {
  return page.evaluate(
    (selector, html) => {
      const found = document.querySelectorAll(selector);
      if (found.length !== 1) return false;
      found[0]!.outerHTML = html;
      return true;
    },
    NAV_SELECTOR,
    nav,
  );
}
