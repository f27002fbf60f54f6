import type { Page } from 'puppeteer-core';

/** A change to the page the browser holds: the element `selector` finds is replaced by `html`. */
export interface PageEdit {
  selector: string;
  html: string;
}

/** The contents of the bundled template (partials/contents.hbs): the part the second pass numbers. */
const NAV_START = '<nav class="contents" aria-labelledby="contents-heading">';
const NAV_END = '</nav>';
const NAV_SELECTOR = 'nav.contents[aria-labelledby="contents-heading"]';

const LAYOUT_STYLE_ID = 'assess-layout-pass';

/**
 * The first pass only needs to know where each heading falls. Hidden boxes keep their size and
 * place, so the pages break as they will, but the browser paints and writes out little more than
 * the headings, whole with any markup inside them, since their painted text names the PDF's
 * bookmarks: half the time of printing everything. A stylesheet that hides headings or collapses
 * table rows could still make the draft differ; the printed document's bookmarks are checked
 * against the draft's for that (printDocument).
 */
export function layoutOnly(html: string): string {
  const headings = ':is(h1,h2,h3,h4,h5,h6)';
  const style = `<style id="${LAYOUT_STYLE_ID}">body *{visibility:hidden!important}${headings},${headings} *{visibility:visible!important}</style>`;
  const head = html.lastIndexOf('</head>');
  return head < 0 ? html : html.slice(0, head) + style + html.slice(head);
}

function navRange(html: string): { start: number; end: number } | undefined {
  const start = html.indexOf(NAV_START);
  if (start < 0 || html.indexOf(NAV_START, start + 1) >= 0) return undefined;
  const end = html.indexOf(NAV_END, start);
  if (end < 0 || html.slice(start + NAV_START.length, end).includes('<nav')) return undefined;
  return { start, end: end + NAV_END.length };
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
 * Makes the edits in the page already laid out, and takes the first pass's style away, instead of
 * loading the whole document again (a third of a second per document, and a county build prints
 * a dozen). DevTools can still edit the page with its JavaScript disabled. False, with nothing
 * changed, when a selector does not find exactly one element.
 */
export async function applyEdits(page: Page, edits: readonly PageEdit[]): Promise<boolean> {
  return page.evaluate(
    (list, styleId) => {
      const targets = list.map(({ selector }) => document.querySelectorAll(selector));
      if (targets.some((found) => found.length !== 1)) return false;
      targets.forEach((found, i) => (found[0]!.outerHTML = list[i]!.html));
      document.getElementById(styleId)?.remove();
      return true;
    },
    edits.map(({ selector, html }) => ({ selector, html })),
    LAYOUT_STYLE_ID,
  );
}
