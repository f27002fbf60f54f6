/** Centre line and process limits of one XmR group (NHSRplotthedots' ptd_spc_standard). */

/** Limits sit 2.66 average moving ranges from the mean: 3 sigma, since sigma = AMR / 1.128. */
export const LIMIT_FACTOR = 2.66;
/** The 2-sigma ("near limit") lines, two thirds of the way out. */
export const NEAR_LIMIT_FACTOR = (2 / 3) * LIMIT_FACTOR;
/** Moving ranges at or above this many AMRs are screened out as outliers (the MR chart's upper limit). */
export const SCREEN_FACTOR = 3.267;

export interface XmrGroup {
  group: number;
  /** Indices of the group's first and last points in the whole series. */
  start: number;
  end: number;
  count: number;
  mean: number;
  /** Average moving range after any screening. */
  amr: number;
  lower: number;
  upper: number;
  lowerNear: number;
  upperNear: number;
  /** Moving ranges used for the AMR, and how many screening dropped. */
  movingRanges: number;
  screenedOut: number;
}

const mean = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;

/** Limits for one group of at least 2 points; moving ranges never cross into another group. */
export function xmrLimits(values: readonly number[], screenOutliers: boolean, group: number, start: number): XmrGroup {
  const centre = mean(values);
  const ranges = values.slice(1).map((y, i) => Math.abs(y - (values[i] as number)));
  let amr = mean(ranges);
  let kept = ranges;
  // With AMR = 0 every range is "at or above" 0 and screening would leave none: nothing to screen.
  if (screenOutliers && amr > 0) {
    const cutoff = SCREEN_FACTOR * amr;
    kept = ranges.filter((mr) => mr < cutoff);
    amr = mean(kept);
  }
  return {
    group,
    start,
    end: start + values.length - 1,
    count: values.length,
    mean: centre,
    amr,
    lower: centre - LIMIT_FACTOR * amr,
    upper: centre + LIMIT_FACTOR * amr,
    lowerNear: centre - NEAR_LIMIT_FACTOR * amr,
    upperNear: centre + NEAR_LIMIT_FACTOR * amr,
    movingRanges: kept.length,
    screenedOut: ranges.length - kept.length,
  };
}

/** Validates the series and returns each group's first index, in order (always starting with 0). */
export function checkGroups(values: readonly number[], rebaseAt: readonly number[]): number[] {
  if (values.length < 2) throw new RangeError(`an XmR chart needs at least 2 values, got ${values.length}`);
  values.forEach((v, i) => {
    if (!Number.isFinite(v)) throw new RangeError(`values[${i}] must be a finite number, got ${v}`);
  });
  for (const r of rebaseAt) {
    if (!(Number.isInteger(r) && r >= 0 && r < values.length)) {
      throw new RangeError(`rebase index ${r} is not a point of the series (0-${values.length - 1})`);
    }
  }
  const starts = [...new Set([0, ...rebaseAt])].sort((a, b) => a - b);
  starts.forEach((s, i) => {
    const next = starts[i + 1] ?? values.length;
    if (next - s < 2) throw new RangeError(`the group starting at index ${s} has fewer than 2 points`);
  });
  return starts;
}
