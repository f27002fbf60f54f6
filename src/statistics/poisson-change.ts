/**
 * A crime analyst's test for a change between two periods of counts: the square root makes a
 * Poisson count's variance roughly constant (1/4), so 2(sqrt(current) - sqrt(previous)) is an
 * approximate z-score for the change (statistics.md; 4 -> 9 gives z = 2).
 */

import { checkNonNegative, checkPositive } from './validate.js';

/** The default threshold: |z| > 3 is notable, so few chance changes are called notable across many measures. */
export const NOTABLE_CHANGE_Z = 3;

export function poissonChangeZ(previous: number, current: number): number {
  checkNonNegative(previous, 'previous');
  checkNonNegative(current, 'current');
  return 2 * (Math.sqrt(current) - Math.sqrt(previous));
}

/** True when the change is larger than chance would usually give: |z| strictly above the threshold. */
export function isNotableChange(previous: number, current: number, threshold: number = NOTABLE_CHANGE_Z): boolean {
  checkPositive(threshold, 'threshold');
  return Math.abs(poissonChangeZ(previous, current)) > threshold;
}
