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
    entry(h.methodology, 'methodology', 1),
    entry(h.glossary, 'glossary', 1),
    ...(view.chartData.length > 0 ? [entry(h.chartData, 'chart-data', 1)] : []),
  ];
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
