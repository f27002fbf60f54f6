/**
 * Turns a rule's per-point flags into signals: one pattern each, with where it starts, where it
 * ends and the point at which the rule was first met, for the narrative to describe.
 */

import { RUN_LENGTH, type Sign } from './spc-rules.js';
import type { Improvement, Side, SpecialCause, Variation } from './spc-types.js';

export interface XmrSignal {
  rule: SpecialCause;
  side: Side;
  variation: Variation;
  group: number;
  /** Indices in the whole series of the first and last flagged points. */
  start: number;
  end: number;
  /** The point at which the rule was met, e.g. the 7th point of a trend or shift. */
  detectedAt: number;
  /** How many points are flagged (a 9-point run has 9). */
  points: number;
}

/** Flagged points further apart than this belong to separate signals. */
const MAX_GAP: Record<SpecialCause, number> = {
  // Each point beyond a limit is its own signal.
  outside: 0,
  trend: 1,
  // Two flagged points may have an unflagged one between them in the same window of three.
  twoOfThree: 2,
  shift: 1,
};

/** Reads a special cause's side as improvement or concern for the measure's direction. */
export function variationFor(side: Side | null, improvement: Improvement): Variation {
  if (side === null) return 'common';
  if (improvement === 'neither') return 'neither';
  return (side === 'high') === (improvement === 'increase') ? 'improvement' : 'concern';
}

function detectedAt(rule: SpecialCause, flagged: readonly number[]): number {
  const nth = rule === 'trend' || rule === 'shift' ? RUN_LENGTH : rule === 'twoOfThree' ? 2 : 1;
  // A run can lose its turning point to the next run (see spreadRuns), so it may be short.
  return flagged[Math.min(nth, flagged.length) - 1] as number;
}

/** The signals in one group's flags for one rule; `offset` is the group's first index in the series. */
export function signalsOf(
  rule: SpecialCause,
  flags: readonly Sign[],
  group: number,
  offset: number,
  improvement: Improvement,
): XmrSignal[] {
  const signals: XmrSignal[] = [];
  let current: number[] = [];
  let currentSign: Sign = 0;
  const close = (): void => {
    if (current.length > 0 && currentSign !== 0) {
      const side: Side = currentSign > 0 ? 'high' : 'low';
      signals.push({
        rule,
        side,
        variation: variationFor(side, improvement),
        group,
        start: offset + (current[0] as number),
        end: offset + (current[current.length - 1] as number),
        detectedAt: offset + detectedAt(rule, current),
        points: current.length,
      });
    }
    current = [];
  };
  flags.forEach((s, i) => {
    if (s === 0) return;
    const last = current[current.length - 1];
    if (last === undefined || s !== currentSign || i - last > MAX_GAP[rule]) close();
    currentSign = s;
    current.push(i);
  });
  close();
  return signals;
}
