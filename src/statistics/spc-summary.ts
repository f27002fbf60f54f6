/**
 * One line describing an XmR chart for the narrative, e.g.
 * "special cause: concern, 7-point run above the mean since March 2024".
 * It speaks of the latest group only: after a rebase the earlier limits no longer describe the process.
 */

import type { XmrChart } from './spc.js';
import { variationFor, type XmrSignal } from './spc-signals.js';
import type { Improvement, SpecialCause } from './spc-types.js';

const PRIORITY: readonly SpecialCause[] = ['outside', 'trend', 'twoOfThree', 'shift'];

/** The signal to report: the one reaching the latest point, the higher-priority rule on a tie. */
function latestSignal(signals: readonly XmrSignal[]): XmrSignal | undefined {
  return [...signals].sort((a, b) => b.end - a.end || PRIORITY.indexOf(a.rule) - PRIORITY.indexOf(b.rule))[0];
}

/** The chart's latest group (the limits in force now) and the signal reported for it. */
export function latestGroupSignal(chart: XmrChart): { group: XmrChart['groups'][number]; signal: XmrSignal | undefined } {
  const group = chart.groups[chart.groups.length - 1];
  if (group === undefined) throw new RangeError('the chart has no groups');
  return { group, signal: latestSignal(chart.signals.filter((s) => s.group === group.group)) };
}

function pattern(s: XmrSignal): string {
  const high = s.side === 'high';
  switch (s.rule) {
    case 'outside':
      return high ? 'point above the upper limit' : 'point below the lower limit';
    case 'trend':
      return `${s.points}-point ${high ? 'rising' : 'falling'} trend`;
    case 'twoOfThree':
      return `${s.points === 2 ? '2 of 3' : s.points} points near the ${high ? 'upper' : 'lower'} limit`;
    case 'shift':
      return `${s.points}-point run ${high ? 'above' : 'below'} the mean`;
  }
}

/**
 * Summarises the chart's latest group. `labels` name the points (e.g. 'March 2024'), one per
 * value; without them points are called 'point 1', 'point 2'... `improvement` decides whether
 * a signal reads as improvement or concern (it may differ from the one the chart was built with).
 */
export function summariseSpc(chart: XmrChart, improvement: Improvement, labels?: readonly string[]): string {
  if (labels !== undefined && labels.length !== chart.points.length) {
    throw new RangeError(`labels has ${labels.length} entries for ${chart.points.length} points`);
  }
  const label = (i: number): string => labels?.[i] ?? `point ${i + 1}`;
  const { group, signal } = latestGroupSignal(chart);
  if (signal === undefined) {
    return chart.groups.length > 1
      ? `common cause variation only since ${label(group.start)}`
      : 'common cause variation only';
  }
  const variation = variationFor(signal.side, improvement);
  const heading = variation === 'neither' ? signal.side : variation;
  const when =
    signal.start === signal.end
      ? `in ${label(signal.start)}`
      : signal.end === group.end
        ? `since ${label(signal.start)}`
        : `from ${label(signal.start)} to ${label(signal.end)}`;
  return `special cause: ${heading}, ${pattern(signal)} ${when}`;
}
