/**
 * The running header and footer of every printed page: the document's title at the top, and the
 * title and "Page X of Y" at the foot. They are CSS page-margin boxes in the document itself, not
 * Chromium's header and footer templates, which it renders as a separate little document for
 * every page: a quarter of the printing time of a 78-page assessment. The printed HTML carries
 * them too, so it prints the same anywhere; a screen ignores @page.
 */

export interface RunningHeads {
  title: string;
  /** Adds " – DRAFT" to the title on every page. */
  draft: boolean;
}

const STYLE_ID = 'assess-running-heads';

/**
 * Text as a CSS string: quotes, backslashes and control characters as code points, and < and >
 * too, since the string sits in a <style> element that "</style>" would end.
 */
export function cssString(text: string): string {
  return `"${text.replace(/["\\<>\u0000-\u001f\u007f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

export function runningHeadsCss(heads: RunningHeads): string {
  const title = cssString(heads.title + (heads.draft ? ' – DRAFT' : ''));
  const text = "font-family:'Source Sans 3',sans-serif;font-size:8pt;color:#333;";
  return `@page{@top-left{content:${title};${text}}@bottom-left{content:${title};${text}}@bottom-right{content:"Page " counter(page) " of " counter(pages);${text}}}`;
}

/**
 * The document with its running heads, in a style element at the end of its head, so a
 * template's own @page rules come first. A template that leaves out </head> (HTML allows it) gets
 * the element at the end instead: anything before its doctype would put the page in quirks mode.
 * A document that already has them (a paper whose HTML is written as it prints) has them
 * replaced, so it never carries two.
 */
export function withRunningHeads(html: string, heads: RunningHeads): string {
  const open = `<style id="${STYLE_ID}">`;
  const style = `${open}${runningHeadsCss(heads)}</style>`;
  const existing = html.indexOf(open);
  if (existing >= 0) {
    const close = html.indexOf('</style>', existing + open.length);
    if (close >= 0) return html.slice(0, existing) + style + html.slice(close + '</style>'.length);
  }
  const head = lastHeadEnd(html);
  return head < 0 ? html + style : html.slice(0, head) + style + html.slice(head);
}

/** Where the last `</head>` starts, in any letter case: found without a lower-case copy of a 1.3 MB document. */
function lastHeadEnd(html: string): number {
  let at = -1;
  for (const match of html.matchAll(/<\/head>/gi)) at = match.index;
  return at;
}
