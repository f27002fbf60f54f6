/** Rates per 1,000 of a measure's own denominator (residents, dwellings, households, 10-17s). */

function usable(denominator: number | null | undefined): denominator is number {
  return denominator != null && Number.isFinite(denominator) && denominator > 0;
}

/** count / denominator x 1,000; null when the count or a positive denominator is missing. */
export function per1000(count: number | null | undefined, denominator: number | null | undefined): number | null {
  if (count == null || !Number.isFinite(count) || !usable(denominator)) return null;
  return (count / denominator) * 1000;
}

export interface CountAndDenominator {
  count: number | null | undefined;
  denominator: number | null | undefined;
}

/**
 * The pooled rate of a group of areas: sum of counts / sum of denominators x 1,000, over the
 * areas that have both. A mean of the areas' rates would weight a small district like a large
 * one (statistics.md, "Rates").
 */
export function pooledPer1000(areas: readonly CountAndDenominator[]): number | null {
  let counts = 0;
  let denominators = 0;
  for (const { count, denominator } of areas) {
    if (count == null || !Number.isFinite(count) || !usable(denominator)) continue;
    counts += count;
    denominators += denominator;
  }
  return denominators > 0 ? (counts / denominators) * 1000 : null;
}
