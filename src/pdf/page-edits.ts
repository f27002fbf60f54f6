import type { Page } from 'puppeteer-core';

/** A change to the page the browser holds: the element `selector` finds is replaced by `html`. */
export interface PageEdit {
  selector: string;
  html: string;
}

/** The contents of the bundled template (partials/contents.hbs): the part numbered once printed. */
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

/** The page number of each entry of the contents, in order: what `<span class="page">` holds. */
export function contentsPageNumbers(html: string): string[] | undefined {
  const range = navRange(html);
  return range === undefined ? undefined : [...html.slice(range.start, range.end).matchAll(/<span class="page">([^<]*)<\/span>/g)].map((m) => m[1]!);
}

/**
 * The edits that make `draft` into `final`: none when they are the same, the contents element
 * when only it differs. Otherwise (a branding template that lays the contents out differently)
 * undefined, and the page is loaded again.
 */
export function contentsEdits(draft: string, final: string): PageEdit[] | undefined {
  if (draft === final) return [];
  const before = navRange(draft);
  const after = navRange(final);
  if (before === undefined || after === undefined) return undefined;
  const nav = final.slice(after.start, after.end);
  return draft.slice(0, before.start) + nav + draft.slice(before.end) === final ? [{ selector: NAV_SELECTOR, html: nav }] : undefined;
}

/**
 * Makes the edits in the page already loaded instead of loading the whole document again (a third
 * of a second per document, and a county build prints a dozen). DevTools can still edit the page
 * with its JavaScript disabled. False, with nothing changed, when a selector does not find
 * exactly one element.
 */
export async function applyEdits(page: Page, edits: readonly PageEdit[]): Promise<boolean> {
  return page.evaluate(
    (list) => {
      const targets = list.map(({ selector }) => document.querySelectorAll(selector));
      if (targets.some((found) => found.length !== 1)) return false;
      targets.forEach((found, i) => (found[0]!.outerHTML = list[i]!.html));
      return true;
    },
    edits.map(({ selector, html }) => ({ selector, html })),
  );
}
