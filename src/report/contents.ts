import type { ContentsEntry, ReportView } from './view-types.js';

/** Two digits wide, like the numbers that replace it, so the layout does not move between passes. */
const PAGE_PLACEHOLDER = '00';

export function contentsOf(view: Omit<ReportView, 'contents'>): ContentsEntry[] {
  const entry = (heading: string, anchor: string, level: 1 | 2): ContentsEntry => ({ heading, anchor, level, page: PAGE_PLACEHOLDER });
  const h = view.headings;
  return [
    entry(h.introduction, 'introduction', 1),
    entry(h.summary, 'summary', 1),
    entry(h.overview, 'overview', 1),
    entry(h.themes, 'themes', 1),
    ...view.themes.map((t) => entry(t.heading, t.anchor, 2)),
    ...prioritiesEntries(view, entry),
    entry(h.methodology, 'methodology', 1),
    entry(h.glossary, 'glossary', 1),
    ...(view.chartData.length > 0 ? [entry(h.chartData, 'chart-data', 1)] : []),
  ];
}

/** The priorities section and its parts, only when the view has one. */
function prioritiesEntries(view: Omit<ReportView, 'contents'>, entry: (heading: string, anchor: string, level: 1 | 2) => ContentsEntry): ContentsEntry[] {
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
