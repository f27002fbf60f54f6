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
  /** Labels of N-2, N-1, N, e.g. ["2022-23", "2023-24", "2024-25"]. */
  periodLabels: string[];
}

/** figures.json: the same rows as the CSV plus the measures, areas and ward totals behind them. */
export function figuresToJson(figures: Figures, config: AssessConfig, meta: FiguresJsonMeta): string {
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
    },
    measures: config.measures.filter((measure) => usedMeasures.has(measure.id)).map(measureRecord),
    areas: areaRecords(figures, config),
    rows: figures.rows.map((row) => toRecord(figureColumns, row)),
    wards: figures.wards.map((ward) => toRecord(wardColumns, ward)),
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
