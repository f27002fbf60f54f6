/**
 * XmR (individuals) charts as NHSRplotthedots and NHS England's "Making Data Count" draw them:
 * limits from the average moving range, optional outlier screening, rebasing into groups, and
 * the four special-cause rules in priority order (statistics.md).
 */

import { checkGroups, xmrLimits, type XmrGroup } from './spc-limits.js';
import { sidesOfMean, shiftPoints, trendPoints, twoOfThreePoints, type Sign } from './spc-rules.js';
import { signalsOf, variationFor, type XmrSignal } from './spc-signals.js';
import type { Improvement, Side, SpecialCause, Variation } from './spc-types.js';

export { variationFor } from './spc-signals.js';

export type { Improvement, Side, SpecialCause, Variation } from './spc-types.js';
export type { XmrGroup } from './spc-limits.js';
export type { XmrSignal } from './spc-signals.js';

/** Groups with fewer points than this get a warning: their limits are not yet reliable. */
export const MIN_GROUP_POINTS = 13;

export interface XmrOptions {
  improvement: Improvement;
  /** Drop moving ranges >= 3.267 x AMR and recompute AMR once (NHSRplotthedots' default). */
  screenOutliers: boolean;
  /** Indices at which a new group (with its own mean and limits) starts; 0 is allowed and ignored. */
  rebaseAt?: readonly number[];
  /** Making Data Count counts points beyond the limits in the two-of-three rule; NHSRplotthedots does not. */
  twoOfThreeCountsBeyondLimits?: boolean;
}

export interface XmrPoint {
  index: number;
  value: number;
  /** |value - previous value| within the group; null for a group's first point. */
  movingRange: number | null;
  mean: number;
  lower: number;
  upper: number;
  lowerNear: number;
  upperNear: number;
  /** 0-based group (rebase) number. */
  group: number;
  /** The highest-priority rule the point is part of, or null for common cause. */
  specialCause: SpecialCause | null;
  /** Which way the special cause points: above the mean / rising is 'high'. */
  side: Side | null;
  variation: Variation;
}

export interface XmrChart {
  points: XmrPoint[];
  groups: XmrGroup[];
  /** Every pattern found, rule by rule (a point can be in several; `points` shows the highest). */
  signals: XmrSignal[];
  warnings: string[];
  improvement: Improvement;
  screenOutliers: boolean;
}

const sideOf = (s: Sign): Side | null => (s > 0 ? 'high' : s < 0 ? 'low' : null);

/** Applies the rules in priority order: outside limits, trend, two of three, shift. */
function classify(values: readonly number[], g: XmrGroup, countOutside: boolean) {
  const sides = sidesOfMean(values, g.mean);
  const outside = values.map((y, i): Sign => (y > g.upper || y < g.lower ? (sides[i] as Sign) : 0));
  const beyond = values.map(
    (y, i) => (y > g.upperNear || y < g.lowerNear) && (countOutside || outside[i] === 0),
  );
  const rules: [SpecialCause, Sign[]][] = [
    ['outside', outside],
    ['trend', trendPoints(values)],
    ['twoOfThree', twoOfThreePoints(beyond, sides)],
    ['shift', shiftPoints(sides)],
  ];
  const perPoint = values.map((_, i) => {
    for (const [rule, flags] of rules) {
      const s = flags[i] as Sign;
      if (s !== 0) return { specialCause: rule, side: sideOf(s) };
    }
    return { specialCause: null, side: null };
  });
  return { perPoint, rules };
}

/**
 * Builds the chart. Throws a RangeError for an empty series, a non-finite value, a rebase index
 * outside the series, or a group of fewer than 2 points (no moving range, so no limits).
 */
export function xmrChart(values: readonly number[], options: XmrOptions): XmrChart {
  const starts = checkGroups(values, options.rebaseAt ?? []);
  const points: XmrPoint[] = [];
  const groups: XmrGroup[] = [];
  const signals: XmrSignal[] = [];
  const warnings: string[] = [];
  starts.forEach((start, group) => {
    const end = (starts[group + 1] ?? values.length) - 1;
    const slice = values.slice(start, end + 1);
    const g = xmrLimits(slice, options.screenOutliers, group, start);
    groups.push(g);
    if (g.count < MIN_GROUP_POINTS) {
      warnings.push(
        `${starts.length > 1 ? `Group ${group + 1} (points ${start + 1}-${end + 1})` : 'The series'} has ` +
          `${g.count} points; limits from fewer than ${MIN_GROUP_POINTS} points are provisional.`,
      );
    }
    const { perPoint, rules } = classify(slice, g, options.twoOfThreeCountsBeyondLimits ?? false);
    slice.forEach((value, i) => {
      const { specialCause, side } = perPoint[i] as (typeof perPoint)[number];
      points.push({
        index: start + i,
        value,
        movingRange: i === 0 ? null : Math.abs(value - (slice[i - 1] as number)),
        mean: g.mean,
        lower: g.lower,
        upper: g.upper,
        lowerNear: g.lowerNear,
        upperNear: g.upperNear,
        group,
        specialCause,
        side,
        variation: variationFor(side, options.improvement),
      });
    });
    for (const [rule, flags] of rules) signals.push(...signalsOf(rule, flags, group, start, options.improvement));
  });
  signals.sort((a, b) => a.start - b.start || a.end - b.end);
  return { points, groups, signals, warnings, improvement: options.improvement, screenOutliers: options.screenOutliers };
}
