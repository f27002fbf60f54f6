import type { FigureRow, MeasureDefinition } from '../model.js';
import { hasRate } from '../figures/measure-rows.js';
import { ordinal } from './format.js';
import { perThousandPhrase } from './wording.js';

export interface RankWordingInput {
  measure: MeasureDefinition;
  home: FigureRow;
  homeName: string;
  comparatorName?: string;
}

/**
 * The home area's position: "Per 1,000 population Medbury ranks 9th of 12 in the county and 5th
 * of 15 in its most similar group." Rates are ranked where the measure has a denominator, values
 * otherwise (as computeFigures does). A neutral measure has no best, so its position is worded
 * as "the 5th lowest" instead of a rank that would read as a verdict. Null when unranked.
 */
export function rankSentence({ measure, home, homeName, comparatorName }: RankWordingInput): string | null {
  const rated = hasRate(measure);
  const noun = rated ? 'rate' : measure.ratioOf ? 'percentage' : 'figure';
  const neutral = measure.polarity === 'neutral';
  const parts: string[] = [];

  // A group of one has no position worth reporting.
  if (home.countyRank != null && home.countyRankOf != null && home.countyRankOf > 1) {
    const { countyRank: rank, countyRankOf: of } = home;
    parts.push(neutral ? `the ${position(rank, of)} ${noun} of ${of} in the county` : `${ordinal(rank)} of ${of} in the county${extreme(measure, rank, of, noun)}`);
  }
  if (home.comparatorRank != null && home.comparatorRankOf != null && home.comparatorRankOf > 1) {
    const { comparatorRank: rank, comparatorRankOf: of } = home;
    const group = `its most similar group${groupSuffix(comparatorName)}`;
    parts.push(neutral ? `the ${position(rank, of)} of ${of} in ${group}` : `${ordinal(rank)} of ${of} in ${group}`);
  }
  if (parts.length === 0) return null;

  const verb = neutral ? 'has' : 'ranks';
  const subject = rated ? `${perThousandPhrase(measure.denominator)} ${homeName}` : homeName;
  return `${subject} ${verb} ${parts.join(' and ')}.`;
}

/** "lowest", "highest" or "5th lowest": a neutral rank is a position, not a verdict. */
function position(rank: number, of: number): string {
  if (rank === 1) return 'lowest';
  if (rank === of) return 'highest';
  return `${ordinal(rank)} lowest`;
}

/** Rank 1 and a clear last are remarkable (domain.md): say which end, by value direction. */
function extreme(measure: MeasureDefinition, rank: number, of: number, noun: string): string {
  const bestIsHighest = measure.polarity === 'higher_is_better';
  if (rank === 1) return ` (the ${bestIsHighest ? 'highest' : 'lowest'} ${noun} in the county)`;
  if (rank === of) return ` (the ${bestIsHighest ? 'lowest' : 'highest'} ${noun} in the county)`;
  return '';
}

/** Names the group unless its name only repeats "most similar group". */
function groupSuffix(name: string | undefined): string {
  const trimmed = name?.trim();
  if (!trimmed || trimmed.toLowerCase().startsWith('most similar group')) return '';
  return ` (${trimmed})`;
}
