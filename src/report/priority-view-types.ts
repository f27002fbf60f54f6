/** The view-model of section 5, Priorities: last year's review, the scoring matrix and the recommendations. */

import type { CellView, FootnoteView, HeaderView } from './view-types.js';

/** One measure of one of last year's priorities: its movement and comparison. */
export interface PriorityReviewRow {
  label: string;
  /** Last year, this year, change and % change. */
  cells: CellView[];
  /** Words, so they may wrap: "Worsening (significant)", "Similar to Kent". */
  direction: CellView;
  comparison: CellView;
}

export interface PriorityReviewGroup {
  name: string;
  /** How many rows the priority's name spans. */
  span: number;
  rows: PriorityReviewRow[];
}

export interface PriorityReviewView {
  heading: string;
  anchor: string;
  intro: string;
  caption: string;
  headers: HeaderView[];
  groups: PriorityReviewGroup[];
  footnotes: FootnoteView[];
}

export interface PriorityMatrixRow {
  rank: string;
  theme: string;
  cells: string[];
  total: string;
  /** Among the top themes recommended: emphasised. */
  recommended: boolean;
}

export interface PriorityMatrixView {
  heading: string;
  anchor: string;
  intro: string[];
  caption: string;
  headers: HeaderView[];
  /** The weight of each factor column, in the column order. */
  weights: string[];
  rows: PriorityMatrixRow[];
  /** Each theme's total worked out, in rank order, e.g. "Domestic abuse: 3×4 + 2×3 = 18". */
  arithmetic: string[];
  footnotes: FootnoteView[];
  /** How the computed factors are scaled, renormalisation and ties, in words. */
  notes: string[];
}

export interface PriorityRecommendation {
  theme: string;
  sentence: string;
}

export interface PriorityRecommendationsView {
  heading: string;
  anchor: string;
  intro: string;
  items: PriorityRecommendation[];
  /** Themes just outside the recommendation with the same total as the last one in it. */
  tieNote?: string;
}

export interface PrioritiesView {
  intro: string;
  review?: PriorityReviewView;
  matrix?: PriorityMatrixView;
  recommended?: PriorityRecommendationsView;
}
