/** The "what changed" paper as text, shared by the terminal, Markdown and HTML/PDF formatters. */
import type { Tone } from './types.js';

export interface DiffCell {
  text: string;
  tone: Tone;
}

export interface DiffRow {
  /** The row's first cell, its header (a measure, area or theme). */
  label: string;
  cells: DiffCell[];
}

export interface DiffSection {
  id: string;
  heading: string;
  /** What the section is about, for a list of what did not change, e.g. "SPC signals". */
  topic: string;
  intro: string;
  caption: string;
  /** Every column's header, the row label's first. */
  headers: string[];
  /** Numeric columns are right-aligned; the first (the label) is always left. */
  numeric: boolean[];
  rows: DiffRow[];
  /** Said instead of a table when nothing changed. */
  empty: string;
}

export interface DiffReport {
  lang: 'en-GB';
  title: string;
  /** e.g. "Medbury: Safer Medbury Partnership" */
  subtitle: string;
  /** One line per build: folder, period and the version that made it. */
  compared: string[];
  summary: string;
  differences: number;
  sections: DiffSection[];
  notes: string[];
}
