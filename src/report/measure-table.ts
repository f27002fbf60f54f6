import type { FigureRow, MeasureDefinition } from '../model.js';
import { hasRate } from '../figures/measure-rows.js';
import { formatDecimal, formatSignedChange, formatSignedPct, formatValue, roundHalfAwayFromZero } from '../narrative/format.js';
import { cell, toneOf } from './tone.js';
import type { CellView, HeaderView, TableRowView, TableView } from './view-types.js';

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

export function rankText(rank: number | null, of: number | null): string {
  return rank === null || of === null ? '-' : `${rank} of ${of}`;
}

/** The change cells: volume (or percentage points) and relative %, toned against last year. */
export function changeCells(row: FigureRow, measure: MeasureDefinition, colouring: TableContext['colouring'] = 'direction'): CellView[] {
  // With significance colouring a change is judged only when the Poisson test finds it notable.
  const judged = colouring === 'direction' || row.changeNotable === true;
  const tone = judged ? toneOf(row.change, measure.polarity) : 'none';
  const against = colouring === 'significance' ? 'the previous 12 months, statistically significant' : 'the previous 12 months';
  const volume = formatSignedChange(row.change, isRatio(measure));
  return [cell(volume, tone, against), cell(formatSignedPct(row.pctChange), tone, against)];
}

export function rateCell(row: FigureRow, measure: MeasureDefinition, countyName: string, colouring: TableContext['colouring'] = 'direction'): CellView {
  if (row.per1000 === null) return cell('n/a');
  if (colouring === 'significance') {
    const verdict = row.countyComparison === 'better' || row.countyComparison === 'worse' ? row.countyComparison : 'none';
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
    const cells = [...row.values.map((v) => cell(formatMeasureValue(v, measure))), ...changeCells(row, measure, context.colouring)];
    if (withRate) cells.push(rateCell(row, measure, context.countyName, context.colouring));
    cells.push(cell(kind === 'county' ? '-' : rankText(row.countyRank, row.countyRankOf)));
    if (withMsg) cells.push(cell(kind === 'county' ? '-' : rankText(row.comparatorRank, row.comparatorRankOf)));
    return { label: row.areaName, cells, kind };
  };
  const rows = [toRow(home, 'home')];
  if (county) rows.push(toRow(county, 'county'));
  return { caption: `${measure.label}: ${home.areaName} and ${context.countyName}`, headers, rows, footnotes: [] };
}
