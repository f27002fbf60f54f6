import type { DisclosureRule, FigureRow, MeasureDefinition } from '../model.js';
import { hasRate } from '../figures/measure-rows.js';
import { NHS_HES_RULE, SUPPRESSED } from '../statistics/suppression.js';
import { formatDecimal, formatSignedChange, formatSignedPct, formatValue, roundHalfAwayFromZero } from '../narrative/format.js';
import { cell, toneOf } from './tone.js';
import type { CellView, FootnoteView, HeaderView, TableRowView, TableView } from './view-types.js';

export interface TableContext {
  /** Short labels of the three assessment years, oldest first. */
  yearLabels: [string, string, string];
  countyName: string;
  comparatorName?: string;
  /** 'significance' shades only statistically significant differences; 'direction' every one. */
  colouring?: 'significance' | 'direction';
}

const DENOMINATOR_HEADERS: Record<string, string> = {
  population: 'Per 1,000 pop.',
  dwellings: 'Per 1,000 dwellings',
  households: 'Per 1,000 households',
  population_10_17: 'Per 1,000 aged 10-17',
};

/** Header cells; a trailing "^N" in a label becomes footnote N. */
export function headerCells(yearLabels: readonly string[], before: string[], after: string[]): HeaderView[] {
  const header = (label: string, nowrap: boolean): HeaderView => {
    const [text, footnote = ''] = label.split('^');
    return { text: text!.trim(), nowrap, footnote };
  };
  return [...before.map((t) => header(t, false)), ...yearLabels.map((t) => header(t, true)), ...after.map((t) => header(t, false))];
}

export function denominatorHeader(denominator: string): string {
  return DENOMINATOR_HEADERS[denominator] ?? `Per 1,000 ${denominator.replace(/_/g, ' ')}`;
}

export function isRatio(measure: MeasureDefinition): boolean {
  return measure.ratioOf !== undefined;
}

export { hasRate };

export function formatMeasureValue(value: number | null, measure: MeasureDefinition): string {
  return formatValue(value, isRatio(measure));
}

/** A year's value (0 = N-2, 2 = N): "*" where small-number suppression withheld it, "n/a" where there is none. */
export function shownValue(row: FigureRow, index: 0 | 1 | 2, measure: MeasureDefinition): string {
  return row.suppressed[index] ? SUPPRESSED : formatMeasureValue(row.values[index], measure);
}

/**
 * What the "*" and the rounding mean, built from the rule, e.g. "Counts of 1 to 7 are suppressed
 * and other counts rounded to the nearest 5 to protect patients' confidentiality (NHS rule); totals
 * are rounded from unrounded figures."
 */
export function disclosureNote(rule: DisclosureRule, agency: string): string {
  const whose = agency === 'health' ? "patients' confidentiality" : 'confidentiality';
  const nhs = rule.threshold === NHS_HES_RULE.threshold && rule.roundTo === NHS_HES_RULE.roundTo ? ' (NHS rule)' : '';
  const withheld = rule.threshold === 0 ? '' : `Counts of ${rule.threshold === 1 ? '1 are' : `1 to ${rule.threshold} are`} suppressed`;
  if (rule.roundTo === 1) return `${withheld} to protect ${whose}${nhs}; totals are calculated from the unsuppressed figures.`;
  const rounded = withheld === '' ? `Counts are rounded to the nearest ${rule.roundTo}` : `${withheld} and other counts rounded to the nearest ${rule.roundTo}`;
  return `${rounded} to protect ${whose}${nhs}; totals are rounded from unrounded figures.`;
}

/** The "*" footnote of a table whose figures follow a small-number rule; none otherwise. */
export function disclosureFootnotes(rows: readonly (FigureRow | undefined)[], measure: MeasureDefinition): FootnoteView[] {
  const rule = rows.find((row) => row?.disclosure !== undefined)?.disclosure;
  return rule === undefined ? [] : [{ marker: SUPPRESSED, text: disclosureNote(rule, measure.agency) }];
}

export function rankText(rank: number | null, of: number | null): string {
  return rank === null || of === null ? '-' : `${rank} of ${of}`;
}

/** A position, or "*" when the value it would rank is withheld (its rank would narrow it down). */
export function shownRank(row: FigureRow, rank: number | null, of: number | null): string {
  return row.suppressed[2] ? SUPPRESSED : rankText(rank, of);
}

/** The change cells: volume (or percentage points) and relative %, toned against last year. */
export function changeCells(row: FigureRow, measure: MeasureDefinition, colouring: TableContext['colouring'] = 'direction'): CellView[] {
  // A change from or to a withheld count is withheld with it.
  if (row.suppressed[1] || row.suppressed[2]) return [cell(SUPPRESSED), cell(SUPPRESSED)];
  // With significance colouring a change is judged only when the Poisson test finds it notable.
  const judged = colouring === 'direction' || row.changeNotable === true;
  const tone = judged ? toneOf(row.change, measure.polarity) : 'none';
  const against = colouring === 'significance' ? 'the previous 12 months, statistically significant' : 'the previous 12 months';
  const volume = formatSignedChange(row.change, isRatio(measure));
  return [cell(volume, tone, against), cell(formatSignedPct(row.pctChange), tone, against)];
}

export function rateCell(row: FigureRow, measure: MeasureDefinition, countyName: string, colouring: TableContext['colouring'] = 'direction'): CellView {
  if (row.suppressed[2]) return cell(SUPPRESSED);
  if (row.per1000 === null) return cell('n/a');
  if (colouring === 'significance') {
    // Best / worst (outside 99.8%, with two significance levels) shade as better / worse.
    const c = row.countyComparison;
    const verdict = c === 'better' || c === 'best' ? 'better' : c === 'worse' || c === 'worst' ? 'worse' : 'none';
    return cell(formatDecimal(row.per1000), row.kind === 'county' ? 'none' : verdict, `the ${countyName} rate, statistically significant`);
  }
  // Judged on the rates as shown, so "0.6" is never shaded better than a county "0.6".
  const shown = (rate: number): number => roundHalfAwayFromZero(rate, 1);
  const tone = row.kind === 'county' || row.countyPer1000 === null ? 'none' : toneOf(shown(row.per1000) - shown(row.countyPer1000), measure.polarity);
  return cell(formatDecimal(row.per1000), tone, `the ${countyName} rate`);
}

/** Seed 002 section 4 table: the home district against the county, three years. */
export function measureTable(measure: MeasureDefinition, home: FigureRow, county: FigureRow | undefined, context: TableContext): TableView {
  const withRate = hasRate(measure);
  const withMsg = context.comparatorName !== undefined;
  const after = [isRatio(measure) ? 'Change (pp)' : 'Volume change', '% change'];
  if (withRate) after.push(denominatorHeader(measure.denominator));
  after.push('County rank');
  if (withMsg) after.push('MSG rank');
  const headers = headerCells(context.yearLabels, ['Area'], after);

  const toRow = (row: FigureRow, kind: TableRowView['kind']): TableRowView => {
    const cells = [...([0, 1, 2] as const).map((i) => cell(shownValue(row, i, measure))), ...changeCells(row, measure, context.colouring)];
    if (withRate) cells.push(rateCell(row, measure, context.countyName, context.colouring));
    cells.push(cell(kind === 'county' ? '-' : shownRank(row, row.countyRank, row.countyRankOf)));
    if (withMsg) cells.push(cell(kind === 'county' ? '-' : shownRank(row, row.comparatorRank, row.comparatorRankOf)));
    return { label: row.areaName, cells, kind };
  };
  const rows = [toRow(home, 'home')];
  if (county) rows.push(toRow(county, 'county'));
  return { caption: `${measure.label}: ${home.areaName} and ${context.countyName}`, headers, rows, footnotes: disclosureFootnotes([home, county], measure) };
}
