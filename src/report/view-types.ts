/**
 * The report view-model: everything the templates show, already formatted as text. Templates
 * only lay it out, so wording and numbers are tested here, not in HTML. Section 5's shapes are in
 * priority-view-types.ts and exported from here too.
 */

import type { PrioritiesView } from './priority-view-types.js';

export type * from './priority-view-types.js';

/** better / worse by the measure's polarity; none where there is no judgement to make. */
export type Tone = 'better' | 'worse' | 'none';

export interface CellView {
  text: string;
  tone: Tone;
  /** Words for screen readers and the PDF text layer, so colour is never the only signal. */
  toneText: string;
}

export interface TableRowView {
  label: string;
  cells: CellView[];
  /** 'home' rows are emphasised; 'county' rows are the benchmark. */
  kind: 'home' | 'county' | 'other';
}

export interface HeaderView {
  text: string;
  /** Year labels such as 2023-24 must not break at the hyphen. */
  nowrap: boolean;
  /** Footnote number, shown as a superscript (a real <sup>, as the font has no superscript digits beyond 3). */
  footnote: string;
}

export interface FootnoteView {
  marker: string;
  text: string;
}

export interface TableView {
  caption: string;
  headers: HeaderView[];
  rows: TableRowView[];
  footnotes: FootnoteView[];
}

export interface HotspotView {
  caption: string;
  headers: string[];
  rows: string[][];
  sentence: string;
  /** What "*" and rounded counts mean, when the measure is under small-number suppression. */
  footnote?: string;
}

/** A chart rendered at build time: inline SVG, its text alternative and the data behind it. */
export interface ChartFigure {
  svg: string;
  alt: string;
  caption: string;
  /** "Table C3": where the chart's data is, in the appendix. */
  tableRef: string;
  tableId: string;
}

export interface DataTableView {
  id: string;
  caption: string;
  headers: string[];
  rows: string[][];
}

export interface MeasureView {
  id: string;
  /** SPC verdict for the narrative and the icon line, e.g. "special cause: concern, ...". */
  spcSummary?: string;
  /** Drives the icon beside the verdict: concern, improvement, neither or common. */
  spcKind?: 'concern' | 'improvement' | 'neither' | 'common';
  charts: ChartFigure[];
  heading: string;
  anchor: string;
  table: TableView;
  sentence: string;
  note?: string;
  hotspots?: HotspotView;
}

export interface ThemeView {
  heading: string;
  anchor: string;
  intro: string;
  measures: MeasureView[];
  /** The analyst's commentary (trusted HTML rendered from Markdown), shown after the measures. */
  commentary?: string;
}

export interface SourceView {
  file: string;
  /** Too long to keep on one line: the template lets it break anywhere. */
  longFile: boolean;
  agency: string;
  measures: string;
  periods: string;
  rows: string;
}

export interface ContentsEntry {
  heading: string;
  anchor: string;
  level: 1 | 2;
  /** Page number once known; a placeholder of the same width before. */
  page: string;
}

export interface ReportView {
  lang: 'en-GB';
  title: string;
  partnership: string;
  homeName: string;
  countyName: string;
  yearLabel: string;
  periodLabel: string;
  documentDate: string;
  draft: boolean;
  coverNote?: string;
  headings: {
    introduction: string;
    summary: string;
    overview: string;
    themes: string;
    methodology: string;
    glossary: string;
    chartData: string;
    /** Only when priorities are configured. */
    priorities?: string;
  };
  contents: ContentsEntry[];
  summary: string[];
  overviewChart?: ChartFigure;
  /** The data behind every chart (WCAG: a text alternative beyond the alt text). */
  chartData: DataTableView[];
  overview: TableView;
  themes: ThemeView[];
  methodology: {
    periodText: string;
    sources: SourceView[];
    ignoredFiles: { file: string; reason: string }[];
    warnings: string[];
    notes: string[];
  };
  glossary: { term: string; definition: string }[];
  /** The priorities section; absent when the configuration has no priorities. */
  priorities?: PrioritiesView;
  /**
   * The analyst's commentary: section id (introduction, summary, overview, methodology or a theme
   * id) -> trusted HTML rendered from Markdown, only for sections that have some. Each ThemeView
   * also carries its own.
   */
  commentary: Record<string, string>;
}
