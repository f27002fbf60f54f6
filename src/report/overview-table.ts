import type { FigureRow, MeasureDefinition } from '../model.js';
import { cell } from './tone.js';
import { changeCells, formatMeasureValue, hasRate, headerCells, rankText, rateCell, type TableContext } from './measure-table.js';
import type { TableView } from './view-types.js';

export interface OverviewInput {
  measures: MeasureDefinition[];
  /** The home district's row for each measure id. */
  homeRows: Map<string, FigureRow>;
  homeName: string;
  context: TableContext;
  countyAreaCount: number;
}

/**
 * Seed 002 section 3: one row per headline measure for the home district. The change columns
 * are judged against last year and the rate against the county; the footnotes say so, and
 * every judged cell also carries the judgement as text.
 */
export function overviewTable(input: OverviewInput): TableView {
  const { context } = input;
  const withMsg = context.comparatorName !== undefined;
  const after = ['Volume change ^1', '% change ^1', 'Per 1,000 ^2', 'County position ^3'];
  if (withMsg) after.push('MSG position ^4');
  const headers = headerCells(context.yearLabels, ['Category'], after);
  const rows = input.measures
    .filter((m) => m.overview && input.homeRows.has(m.id))
    .map((measure) => {
      const row = input.homeRows.get(measure.id)!;
      const cells = [
        ...row.values.map((v) => cell(formatMeasureValue(v, measure))),
        ...changeCells(row, measure),
        hasRate(measure) ? rateCell(row, measure, context.countyName) : cell(''),
        cell(rankText(row.countyRank, row.countyRankOf)),
      ];
      if (withMsg) cells.push(cell(rankText(row.comparatorRank, row.comparatorRankOf)));
      return { label: measure.label, cells, kind: 'other' as const };
    });
  const footnotes = [
    'Changes compare the latest 12 months with the previous 12 months. Shaded cells are better (green, marked with a circle) or worse (red, marked with a triangle) by the measure\'s direction; cells with no shading have no change or no better direction (domestic abuse incidents, where a rise can mean more victims reporting). Proportions change in percentage points (pp); the % change beside them is relative.',
    `Per 1,000 residents, or per 1,000 dwellings for burglary. Shaded against the ${context.countyName} rate (all ${context.countyName} crimes divided by all ${context.countyName} residents).`,
    `Position among the ${input.countyAreaCount} districts of ${context.countyName} on the rate per 1,000 (on the value where there is no rate), where 1 is best. Tied areas share a position.`,
  ];
  if (withMsg) footnotes.push(`Position within the ${context.comparatorName}, ranked in the same way.`);
  return { caption: `Crime overview for ${input.homeName}: annual changes`, headers, rows, footnotes: footnotes.map((text, i) => ({ marker: String(i + 1), text })) };
}
