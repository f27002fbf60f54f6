import type { AssessConfig, FigureRow, Figures, MeasureDefinition } from '../model.js';
import { hasRate } from '../figures/measure-rows.js';
import { changePredicate, countyMovement, type YearLabels } from './change-wording.js';
import { formatSignedCount, formatSignedPct, ordinal, roundHalfAwayFromZero } from './format.js';
import { joinList } from './wording.js';

export interface KeyFactsInput {
  figures: Figures;
  config: AssessConfig;
  homeName: string;
  yearLabels: YearLabels;
}

/** The headline measure of the executive summary. */
const ALL_CRIME = 'all_crime';
/** Below this a percentage swings wildly on a handful of incidents (3 -> 6 is +100%). */
const MIN_PREVIOUS_FOR_MOVERS = 20;
const MOVERS = 3;

interface MeasureFigures {
  measure: MeasureDefinition;
  home: FigureRow;
  county: FigureRow | undefined;
}

/**
 * The executive summary's key facts (seed 002 section 2.2), in a fixed order: all crime, the
 * largest rises, the largest falls, county rank changes, and where the home rate is worse than
 * the county's. Each fact is one sentence; a fact with nothing to report is worded as such.
 */
export function keyFacts({ figures, config, homeName, yearLabels }: KeyFactsInput): string[] {
  const measures = homeFigures(figures, config);
  const facts = [
    allCrimeFact(measures, yearLabels),
    ...moverFacts(measures),
    rankChangeFact(measures, homeName),
    worseThanCountyFact(measures, homeName),
  ];
  return facts.filter((fact): fact is string => fact !== null);
}

/** Each configured measure that has a home row, in configuration order. */
function homeFigures(figures: Figures, config: AssessConfig): MeasureFigures[] {
  return config.measures.flatMap((measure) => {
    const rows = figures.rows.filter((row) => row.measure === measure.id);
    const home = rows.find((row) => row.kind === 'area' && row.areaCode === config.area);
    return home ? [{ measure, home, county: rows.find((row) => row.kind === 'county') }] : [];
  });
}

function allCrimeFact(measures: readonly MeasureFigures[], labels: YearLabels): string | null {
  const allCrime = measures.find(({ measure }) => measure.id === ALL_CRIME);
  if (!allCrime) return null;
  const { measure, home, county } = allCrime;
  let comparison = '';
  if (home.change != null && county?.change === 0) comparison = ', while the county figure has not changed';
  else if (home.change != null && county) {
    const movement = countyMovement(measure, county);
    if (movement !== null) comparison = `, compared with a county ${movement}`;
  }
  return `${measure.label} ${changePredicate(measure, home, labels)}${comparison}.`;
}

/** Largest % rises and falls among count measures with a base large enough to mean something. */
function moverFacts(measures: readonly MeasureFigures[]): [string, string] {
  const eligible = measures.filter(
    ({ measure, home }) =>
      measure.id !== ALL_CRIME && !measure.ratioOf && home.pctChange != null && home.previousValue != null && home.previousValue >= MIN_PREVIOUS_FOR_MOVERS,
  );
  const pct = (m: MeasureFigures) => m.home.pctChange!;
  // Array.prototype.sort is stable, so equal changes keep configuration order.
  const rises = eligible.filter((m) => pct(m) > 0).sort((a, b) => pct(b) - pct(a)).slice(0, MOVERS);
  const falls = eligible.filter((m) => pct(m) < 0).sort((a, b) => pct(a) - pct(b)).slice(0, MOVERS);
  const item = ({ measure, home }: MeasureFigures) => `${measure.label} (${formatSignedPct(home.pctChange)}, ${formatSignedCount(home.change)})`;
  const phrase = (list: MeasureFigures[], noun: string) =>
    list.length === 1 ? `The largest ${noun} was in ${item(list[0]!)}.` : `The largest ${noun}s were in ${joinList(list.map(item))}.`;
  return [
    rises.length > 0 ? phrase(rises, 'increase') : 'No measure increased on the previous year.',
    falls.length > 0 ? phrase(falls, 'decrease') : 'No measure decreased on the previous year.',
  ];
}

/** Moves of one place are common noise among a dozen districts; the summary reports bigger ones. */
const NOTABLE_RANK_MOVE = 2;
const MAX_RANK_MOVES = 5;

/** Seed 002 section 2.2 style: "... county position moved ... for Robbery (from 6th to 4th of 12) and ...". */
function rankChangeFact(measures: readonly MeasureFigures[], homeName: string): string {
  const moves = measures.flatMap(({ measure, home }) => {
    const { countyRank: now, previousCountyRank: before, countyRankOf: of } = home;
    if (now == null || before == null || of == null || Math.abs(now - before) < NOTABLE_RANK_MOVE) return [];
    // Rank 1 is best, so a smaller number is an improvement; a neutral measure only moves.
    const direction = measure.polarity === 'neutral' ? 'moved' : now < before ? 'improved' : 'worsened';
    return [{ size: Math.abs(now - before), text: `${measure.label} (${direction} from ${ordinal(before)} to ${ordinal(now)} of ${of})` }];
  });
  if (moves.length === 0) return `${homeName}'s county position did not move by ${NOTABLE_RANK_MOVE} or more places on any measure.`;
  // Largest moves first; the sort is stable, so equal moves keep the configuration's order.
  const shown = [...moves].sort((a, b) => b.size - a.size).slice(0, MAX_RANK_MOVES).map((m) => m.text);
  const more = moves.length > shown.length ? ` (the ${shown.length} largest of ${moves.length} such moves)` : '';
  return `${homeName}'s county position moved by ${NOTABLE_RANK_MOVE} or more places for ${joinList(shown)}${more}.`;
}

/**
 * Measures where the home rate (the percentage, for a ratio) is worse than the county's by the
 * measure's polarity. Rates are compared as shown, to one decimal place, so a fact never calls
 * "2.0 against 2.0" worse. Neutral measures have no worse and are left out.
 */
function worseThanCountyFact(measures: readonly MeasureFigures[], homeName: string): string | null {
  let compared = 0;
  const worse: string[] = [];
  for (const { measure, home, county } of measures) {
    if (measure.polarity === 'neutral') continue;
    const pair = hasRate(measure) ? [home.per1000, home.countyPer1000] : measure.ratioOf ? [home.value, county?.value] : [];
    const [mine, theirs] = pair.map((v) => (v == null ? null : roundHalfAwayFromZero(v, 1)));
    if (mine == null || theirs == null) continue;
    compared += 1;
    if (measure.polarity === 'lower_is_better' ? mine > theirs : mine < theirs) worse.push(measure.label);
  }
  if (compared === 0) return null;
  if (worse.length === 0) return `On every measure compared, ${homeName}'s rate is the same as or better than the county's.`;
  return `${homeName}'s rate is worse than the county's for ${joinList(worse)}.`;
}
