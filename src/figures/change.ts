/**
 * Change between two periods, always from unrounded values (statistics.md, "Change"): rounding
 * first would make a table's % column disagree with its own counts.
 */

/** current - previous; null when either side has no value, so a gap never reads as a change. */
export function volumeChange(current: number | null | undefined, previous: number | null | undefined): number | null {
  if (current == null || previous == null) return null;
  return current - previous;
}

/**
 * 100 x (current - previous) / previous. A change from zero has no percentage: null rather than
 * Infinity or NaN, which the narrative shows as "n/a".
 */
export function pctChange(current: number | null | undefined, previous: number | null | undefined): number | null {
  if (current == null || previous == null || previous === 0) return null;
  const pct = (100 * (current - previous)) / previous;
  return Number.isFinite(pct) ? pct : null;
}
