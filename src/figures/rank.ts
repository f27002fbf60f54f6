import type { Polarity } from '../model.js';

export interface Ranking {
  /** One entry per input value, in input order; null where the value was missing. */
  ranks: (number | null)[];
  /** How many values were ranked ("6th of 12"). */
  rankOf: number;
}

/**
 * Standard competition ranking ("1, 2, 2, 4"): values that are exactly equal (unrounded) share a
 * rank and the next rank is skipped, so [1, 2, 2, 2, 3] ranks 1, 2, 2, 2, 5.
 *
 * Rank 1 is the best value: the lowest for lower_is_better, the highest for higher_is_better.
 * A neutral measure has no best, so it ranks like lower_is_better (1 = lowest) and the narrative
 * words its ranks as "lowest"/"highest" rather than as a position.
 *
 * Missing values (null, NaN) are not ranked and not counted in rankOf.
 */
export function competitionRank(values: readonly (number | null | undefined)[], polarity: Polarity): Ranking {
  const present = values.filter((v): v is number => v != null && Number.isFinite(v));
  const isBetter = polarity === 'higher_is_better' ? (a: number, b: number) => a > b : (a: number, b: number) => a < b;
  const ranks = values.map((v) => {
    if (v == null || !Number.isFinite(v)) return null;
    return 1 + present.filter((other) => isBetter(other, v)).length;
  });
  return { ranks, rankOf: present.length };
}
