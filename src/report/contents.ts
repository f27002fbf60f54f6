import type { ContentsEntry, ReportView } from './view-types.js';

/**
 * Until the pages are known, each entry shows a placeholder of its own ("00", "01", ...): two
 * digits wide like the numbers that replace it, so nothing moves when they do, and distinct, so
 * the printed PDF says which entry each placeholder belongs to whatever order the page draws
 * them in (src/pdf/fill-contents.ts).
 */
function withPlaceholders(entries: Omit<ContentsEntry, 'page'>[]): ContentsEntry[] {
  const width = Math.max(2, String(entries.length - 1).length);
  return entries.map((entry, i) => ({ ...entry, page: String(i).padStart(width, '0') }));
}

export function contentsOf(view: Omit<ReportView, 'contents'>): ContentsEntry[] {
  const entry = (heading: string, anchor: string, level: 1 | 2): Omit<ContentsEntry, 'page'> => ({ heading, anchor, level });
  const h = view.headings;
  return withPlaceholders([
    entry(h.introduction, 'introduction', 1),
    entry(h.summary, 'summary', 1),
    entry(h.overview, 'overview', 1),
    entry(h.themes, 'themes', 1),
    ...view.themes.map((t) => entry(t.heading, t.anchor, 2)),
    ...prioritiesEntries(view, entry),
    entry(h.methodology, 'methodology', 1),
    entry(h.glossary, 'glossary', 1),
    ...(view.chartData.length > 0 ? [entry(h.chartData, 'chart-data', 1)] : []),
  ]);
}

/** The priorities section and its parts, only when the view has one. */
function prioritiesEntries<Entry>(view: Omit<ReportView, 'contents'>, entry: (heading: string, anchor: string, level: 1 | 2) => Entry): Entry[] {
  const section = view.priorities;
  if (section === undefined || view.headings.priorities === undefined) return [];
  const parts = [section.review, section.matrix, section.recommended].flatMap((part) => (part === undefined ? [] : [entry(part.heading, part.anchor, 2)]));
  return [entry(view.headings.priorities, 'priorities', 1), ...parts];
}

/** Fills in the page of each heading, as read from the printed PDF's bookmarks. */
export function withPageNumbers(view: ReportView, headingPages: ReadonlyMap<string, number>): ReportView {
  if (headingPages.size === 0) return view;
  return {
    ...view,
    contents: view.contents.map((entry) => {
      const page = headingPages.get(entry.heading);
      return { ...entry, page: page === undefined ? '' : String(page) };
    }),
  };
}
