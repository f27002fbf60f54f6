import type { FigureRow, MeasureDefinition } from '../model.js';
import { joinList } from '../narrative/wording.js';
import { cell } from './tone.js';
import { changeCells, disclosureFootnotes, hasRate, headerCells, rateCell, shownRank, shownValue, type TableContext } from './measure-table.js';
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
  const shown = input.measures.filter((m) => m.overview && input.homeRows.get(m.id)?.values.some((v) => v !== null));
  const rows = shown
    .map((measure) => {
      const row = input.homeRows.get(measure.id)!;
      const cells = [
        ...([0, 1, 2] as const).map((i) => cell(shownValue(row, i, measure))),
        ...changeCells(row, measure, context.colouring),
        hasRate(measure) ? rateCell(row, measure, context.countyName, context.colouring) : cell(''),
        cell(shownRank(row, row.countyRank, row.countyRankOf)),
      ];
      if (withMsg) cells.push(cell(shownRank(row, row.comparatorRank, row.comparatorRankOf)));
      return { label: measure.label, cells, kind: 'other' as const };
    });
  const footnotes = overviewFootnotes(shown, context.countyName, input.countyAreaCount, context.colouring ?? 'direction');
  if (withMsg) footnotes.push(`Position within the ${context.comparatorName}, ranked in the same way.`);
  // The "*" note of the first measure under a small-number rule (a health measure made headline).
  const disclosure = shown.map((m) => disclosureFootnotes([input.homeRows.get(m.id)], m)).find((notes) => notes.length > 0) ?? [];
  return { caption: `Crime overview for ${input.homeName}: annual changes`, headers, rows, footnotes: [...footnotes.map((text, i) => ({ marker: String(i + 1), text })), ...disclosure] };
}

const DENOMINATOR_WORDS: Record<string, string> = { population: 'residents', dwellings: 'dwellings', households: 'households', population_10_17: 'residents aged 10-17' };

/** The footnotes say what the colours and columns mean for the measures actually in the table. */
function overviewFootnotes(measures: MeasureDefinition[], countyName: string, countyAreaCount: number, colouring: 'significance' | 'direction'): string[] {
  const neutral = measures.filter((m) => m.polarity === 'neutral').map((m) => m.label);
  const unshaded = neutral.length > 0 ? ` ${joinList(neutral)} ${neutral.length === 1 ? 'has' : 'have'} no better direction and ${neutral.length === 1 ? 'is' : 'are'} not shaded.` : '';
  const rated = measures.filter((m) => hasRate(m));
  const byDenominator = new Map<string, string[]>();
  for (const m of rated) byDenominator.set(m.denominator, [...(byDenominator.get(m.denominator) ?? []), m.label]);
  const [main, ...others] = [...byDenominator.entries()].sort((a, b) => b[1].length - a[1].length);
  const words = (d: string): string => DENOMINATOR_WORDS[d] ?? d.replace(/_/g, ' ');
  const basis = main ? `Per 1,000 ${words(main[0])}${others.map(([d, labels]) => `; per 1,000 ${words(d)} for ${joinList(labels)}`).join('')}.` : 'Per 1,000.';
  const tiesNeutral = neutral.length > 0 ? ' For measures with no better direction, 1 is the lowest.' : '';
  const changeRule = colouring === 'significance'
    ? 'A change is shaded only when it is statistically significant (a Poisson test of the two counts, |z| > 3): better (green, marked with a circle) or worse (red, marked with a triangle) by the measure\'s direction. Unshaded changes are within what chance alone would give; percentages are not tested.'
    : 'Shaded cells are better (green, marked with a circle) or worse (red, marked with a triangle) than the previous 12 months by the measure\'s direction.';
  const rateRule = colouring === 'significance'
    ? `only where the ${countyName} rate lies outside the district's 95% confidence interval (Byar's method; exact Poisson under 10), as Fingertips does`
    : 'better or worse as shown to one decimal place';
  return [
    `Changes compare the latest 12 months with the previous 12 months. ${changeRule}${unshaded} Proportions change in percentage points (pp); the % change beside them is relative.`,
    `${basis} Shaded against the ${countyName} rate (the county's total count divided by its total ${main ? words(main[0]) : 'denominator'}, not an average of district rates): ${rateRule}.`,
    `Position among the ${countyAreaCount} districts of ${countyName} on the rate per 1,000 (on the value where there is no rate), where 1 is best.${tiesNeutral} Tied areas share a position.`,
  ];
}
