/**
 * The home district's differences between two builds, measure by measure: county rank,
 * comparison with the county and the comparator group, shading, crossing the county rate, and
 * the largest changes in rate. Pure.
 */
import type { RowColourRecord } from '../figures/export-figures.js';
import { roundHalfAwayFromZero } from '../narrative/format.js';
import type { FigureRecord, FiguresDocument } from './figures-file.js';
import type { ColourChange, ComparisonChange, Crossing, MeasureRef, RankMove, RateChange, Verdict } from './types.js';

/** How many of the largest changes in rate are listed. */
export const TOP_RATE_CHANGES = 10;

/** The home district's row, the county's row and the home row's colours, for one measure in one build. */
export interface HomeFigures {
  home: FigureRecord;
  county: FigureRecord | undefined;
  colours: RowColourRecord | undefined;
}

export function homeFigures(document: FiguresDocument): Map<string, HomeFigures> {
  const { area } = document.meta;
  const county = new Map(document.rows.filter((r) => r.kind === 'county').map((r) => [r.measure, r]));
  const colours = new Map(document.colours.filter((c) => c.area_code === area).map((c) => [c.measure, c]));
  const figures = new Map<string, HomeFigures>();
  for (const row of document.rows) {
    if (row.area_code === area && row.kind === 'area') figures.set(row.measure, { home: row, county: county.get(row.measure), colours: colours.get(row.measure) });
  }
  return figures;
}

const numberOf = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/** Better or worse by the measure's direction for a signed difference (after minus before). */
function verdictOf(difference: number, polarity: MeasureRef['polarity']): Verdict {
  if (difference === 0 || polarity === 'neutral') return 'changed';
  return (difference < 0) === (polarity === 'lower_is_better') ? 'improved' : 'worsened';
}

function rankMove(measure: MeasureRef, before: FigureRecord, after: FigureRecord): RankMove | undefined {
  const from = { rank: numberOf(before.county_rank), of: numberOf(before.county_rank_of) };
  const to = { rank: numberOf(after.county_rank), of: numberOf(after.county_rank_of) };
  if (from.rank === to.rank && from.of === to.of) return undefined;
  // Rank 1 is best by polarity (lowest for neutral measures), so a larger rank is worse.
  const verdict: Verdict = from.rank === null || to.rank === null || to.rank === from.rank || measure.polarity === 'neutral' ? 'changed' : to.rank > from.rank ? 'worsened' : 'improved';
  return { measure, before: from, after: to, verdict };
}

const COMPARISON_SCORE: Record<string, number> = { best: 2, better: 1, similar: 0, worse: -1, worst: -2 };

/** 'not_compared' is the absence of a comparison, as null is. */
const verdictText = (value: unknown): string | null => (typeof value === 'string' && value !== '' && value !== 'not_compared' ? value : null);

function comparisonChanges(measure: MeasureRef, before: FigureRecord, after: FigureRecord): ComparisonChange[] {
  const fields = [['county', 'county_comparison'], ['comparators', 'msg_comparison']] as const;
  return fields.flatMap(([benchmark, field]) => {
    const from = verdictText(before[field]);
    const to = verdictText(after[field]);
    if (from === to) return [];
    const a = from === null ? undefined : COMPARISON_SCORE[from];
    const b = to === null ? undefined : COMPARISON_SCORE[to];
    const verdict: Verdict = a === undefined || b === undefined ? 'changed' : b > a ? 'improved' : 'worsened';
    return [{ measure, benchmark, before: from, after: to, verdict }];
  });
}

function colourChanges(measure: MeasureRef, before: RowColourRecord | undefined, after: RowColourRecord | undefined): ColourChange[] {
  return (['change', 'rate'] as const).flatMap((cell) => {
    const from = before?.[cell] ?? 'none';
    const to = after?.[cell] ?? 'none';
    return from === to ? [] : [{ measure, cell, before: from, after: to }];
  });
}

/** The figure compared with the county: the rate per 1,000 for counts, the value itself for percentages and published rates. */
function comparedFigure(measure: MeasureRef, figures: HomeFigures): { figure: 'per_1000' | 'value'; value: number | null; county: number | null } {
  if (measure.kind === 'count') return { figure: 'per_1000', value: numberOf(figures.home.per_1000), county: numberOf(figures.home.county_per_1000) };
  return { figure: 'value', value: numberOf(figures.home.value), county: numberOf(figures.county?.value) };
}

function crossing(measure: MeasureRef, before: HomeFigures, after: HomeFigures): Crossing | undefined {
  const from = comparedFigure(measure, before);
  const to = comparedFigure(measure, after);
  if (from.value === null || from.county === null || to.value === null || to.county === null) return undefined;
  // Judged on the figures as shown (one decimal place), so no crossing is listed that reads "25.5 (county 25.5)".
  const side = (value: number, county: number) => Math.sign(roundHalfAwayFromZero(value, 1) - roundHalfAwayFromZero(county, 1));
  const sideBefore = side(from.value, from.county);
  const sideAfter = side(to.value, to.county);
  // Level with the county on either side is not a crossing: it has not gone past it.
  if (sideBefore === 0 || sideAfter === 0 || sideBefore === sideAfter) return undefined;
  return {
    measure,
    figure: to.figure,
    before: { value: from.value, county: from.county },
    after: { value: to.value, county: to.county },
    now: sideAfter > 0 ? 'above' : 'below',
    verdict: verdictOf(sideAfter, measure.polarity),
  };
}

function rateChange(measure: MeasureRef, before: HomeFigures, after: HomeFigures): RateChange | undefined {
  const from = comparedFigure(measure, before);
  const to = comparedFigure(measure, after);
  if (from.value === null || to.value === null || from.value === 0 || from.value === to.value) return undefined;
  const change = to.value - from.value;
  return { measure, figure: to.figure, before: from.value, after: to.value, change, pctChange: (100 * change) / Math.abs(from.value), verdict: verdictOf(change, measure.polarity) };
}

export interface HomeDifferences {
  rankMoves: RankMove[];
  comparisons: ComparisonChange[];
  colours: ColourChange[];
  crossings: Crossing[];
  rateChanges: RateChange[];
}

/** `measures`: those in both builds, in the later build's order. */
export function compareHome(measures: readonly MeasureRef[], before: Map<string, HomeFigures>, after: Map<string, HomeFigures>): HomeDifferences {
  const result: HomeDifferences = { rankMoves: [], comparisons: [], colours: [], crossings: [], rateChanges: [] };
  for (const measure of measures) {
    const a = before.get(measure.id);
    const b = after.get(measure.id);
    if (a === undefined || b === undefined) continue;
    const move = rankMove(measure, a.home, b.home);
    if (move) result.rankMoves.push(move);
    result.comparisons.push(...comparisonChanges(measure, a.home, b.home));
    result.colours.push(...colourChanges(measure, a.colours, b.colours));
    const crossed = crossing(measure, a, b);
    if (crossed) result.crossings.push(crossed);
    const rate = rateChange(measure, a, b);
    if (rate) result.rateChanges.push(rate);
  }
  // By the % change as shown (one decimal place); the sort is stable, so changes shown alike keep the measures' order.
  const shown = (change: RateChange) => roundHalfAwayFromZero(Math.abs(change.pctChange), 1);
  result.rateChanges = result.rateChanges.sort((x, y) => shown(y) - shown(x)).slice(0, TOP_RATE_CHANGES);
  return result;
}
