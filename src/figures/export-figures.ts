import type { AssessConfig, Figures, MeasureDefinition } from '../model.js';
import { figureColumns, toRecord, wardColumns } from './figure-columns.js';

/**
 * figures.csv: one row per measure and area, numbers unrounded (String(n) is the shortest text
 * that reads back to the same number), an empty cell for no value, RFC 4180 quoting, \n line ends,
 * and text that a spreadsheet would run as a formula neutralised.
 * The configuration is not needed for the rows, which already carry their order and names; it is
 * accepted so both exporters share a signature.
 */
export function figuresToCsv(figures: Figures, _config: AssessConfig): string {
  const lines = [figureColumns.map((column) => csvCell(column.name))];
  for (const row of figures.rows) lines.push(figureColumns.map((column) => csvCell(column.get(row))));
  return lines.map((cells) => cells.join(',')).join('\n') + '\n';
}

export function csvCell(value: string | number | null): string {
  if (value == null) return '';
  const text = typeof value === 'number' ? numberText(value) : neutraliseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A text cell that a spreadsheet would run as a formula (=HYPERLINK(...), +cmd, -2+3, @SUM) gets
 * a leading apostrophe, which spreadsheets show as plain text (OWASP "CSV injection"). Only text
 * is changed: numbers are written as numbers, so a negative change stays -37.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** A non-finite number is a bug upstream; an empty cell is safer than "NaN" in a spreadsheet. */
function numberText(value: number): string {
  return Number.isFinite(value) ? String(value) : '';
}

export interface FiguresJsonMeta {
  generator: string;
  /** Labels of N-2, N-1, N, e.g. ["Oct 2021 to Sep 2022", ...]. */
  periodLabels: string[];
  /** Short labels of N-2, N-1, N as the tables head them, e.g. ["2021-22", "2022-23", "2023-24"]. */
  yearLabels: string[];
}

/**
 * The layout of figures.json. Readers (assess diff) refuse a file of another version rather
 * than misread it; raise it whenever a field changes meaning or a section they need is added.
 * Version 1 had no format_version; version 2 added year_labels, colouring, colours, spc, priorities.
 */
export const FIGURES_FORMAT_VERSION = 2;

export type ToneRecord = 'better' | 'worse' | 'none';

/** How the document shades a row's change (against last year) and rate (against the county). */
export interface RowColourRecord {
  measure: string;
  area_code: string;
  change: ToneRecord;
  rate: ToneRecord;
}

/** One special-cause pattern of an XmR chart, its points named by month (YYYY-MM). */
export interface SpcSignalRecord {
  rule: 'outside' | 'trend' | 'twoOfThree' | 'shift';
  side: 'high' | 'low';
  variation: 'improvement' | 'concern' | 'neither' | 'common';
  start: string;
  end: string;
  points: number;
  /** It runs to the chart's latest month: still there to act on. */
  continues: boolean;
}

/** A measure's SPC chart as the document describes it: the latest signal of its latest baseline. */
export interface SpcRecord {
  measure: string;
  area_code: string;
  first_month: string;
  last_month: string;
  summary: string;
  latest: SpcSignalRecord | null;
}

/** A theme of the priority matrix, in the document's ranking. */
export interface PriorityRecord {
  rank: number;
  theme: string;
  title: string;
  total: number;
  recommended: boolean;
}

/** What the document made of the figures, for readers that compare builds (assess diff). */
export interface FiguresJsonSections {
  colours: RowColourRecord[];
  spc: SpcRecord[];
  /** Null when the document has no priority matrix. */
  priorities: PriorityRecord[] | null;
}

/**
 * figures.json: the same rows as the CSV plus the measures, areas and ward totals behind them,
 * and (after them, so the earlier sections keep their place) the document's colours, SPC
 * signals and priorities.
 */
export function figuresToJson(figures: Figures, config: AssessConfig, meta: FiguresJsonMeta, sections: FiguresJsonSections): string {
  const usedMeasures = new Set([...figures.rows.map((row) => row.measure), ...figures.wards.map((ward) => ward.measure)]);
  const document = {
    meta: {
      generator: meta.generator,
      partnership: config.partnership,
      area: config.area,
      year: figures.year,
      period_labels: [...meta.periodLabels],
      county: { code: config.county.code ?? config.county.name, name: config.county.name },
      comparator_group: config.comparators?.name ?? null,
      format_version: FIGURES_FORMAT_VERSION,
      year_labels: [...meta.yearLabels],
      colouring: config.colouring ?? 'significance',
    },
    measures: config.measures.filter((measure) => usedMeasures.has(measure.id)).map(measureRecord),
    areas: areaRecords(figures, config),
    rows: figures.rows.map((row) => toRecord(figureColumns, row)),
    wards: figures.wards.map((ward) => toRecord(wardColumns, ward)),
    colours: sections.colours,
    spc: sections.spc,
    priorities: sections.priorities,
  };
  return JSON.stringify(document, finiteOnly, 2) + '\n';
}

function measureRecord(measure: MeasureDefinition) {
  return {
    id: measure.id,
    label: measure.label,
    agency: measure.agency,
    theme: measure.theme,
    denominator: measure.denominator,
    polarity: measure.polarity,
    ...(measure.ratioOf ? { ratio_of: [...measure.ratioOf] } : {}),
    // Published rates are compared with the county's own value, not per 1,000 (format 2).
    ...(measure.valueKind === 'rate' ? { value_kind: 'rate' } : {}),
  };
}

/** The districts that have rows, in row order; the county itself is described in meta. */
function areaRecords(figures: Figures, config: AssessConfig) {
  const county = new Set(config.county.areas);
  const comparators = new Set(config.comparators?.areas ?? []);
  const seen = new Map<string, { code: string; name: string; in_county: boolean; in_comparators: boolean }>();
  for (const row of figures.rows) {
    if (row.kind !== 'area' || seen.has(row.areaCode)) continue;
    seen.set(row.areaCode, {
      code: row.areaCode,
      name: row.areaName,
      in_county: county.has(row.areaCode),
      in_comparators: comparators.has(row.areaCode),
    });
  }
  return [...seen.values()];
}

/** JSON has no NaN or Infinity; write null, as the CSV writes an empty cell. */
function finiteOnly(_key: string, value: unknown): unknown {
  return typeof value === 'number' && !Number.isFinite(value) ? null : value;
}
