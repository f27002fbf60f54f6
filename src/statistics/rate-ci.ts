/**
 * Confidence intervals for crude rates and counts, as PHEindicatormethods computes them:
 * exact Poisson limits below 10 events, Byar's approximation from 10 (statistics.md).
 */

import { qgamma } from './gamma.js';
import { zFor } from './normal.js';
import { checkNonNegative, checkPositive, checkProbability } from './validate.js';

export type RateCIMethod = 'exact' | 'byar';

export interface RateCI {
  value: number;
  lower: number;
  upper: number;
  method: RateCIMethod;
}

/** Below this many events the Byar approximation is not trusted and exact limits are used. */
export const BYAR_MIN_COUNT = 10;

/**
 * Exact Poisson limits for a count: qchisq(a, 2x) / 2 = qgamma(a, x). A count of zero has no
 * lower chi-square (zero degrees of freedom), and its lower limit is 0 by definition.
 */
function exactCountLimits(x: number, confidence: number): [number, number] {
  const alpha = 1 - confidence;
  const lower = x === 0 ? 0 : qgamma(alpha / 2, x);
  const upper = qgamma(confidence + alpha / 2, x + 1);
  return [lower, upper];
}

/** Byar's approximation to the Poisson limits for a count of 10 or more. */
function byarCountLimits(x: number, confidence: number): [number, number] {
  const z = zFor(confidence);
  const lower = x * (1 - 1 / (9 * x) - z / (3 * Math.sqrt(x))) ** 3;
  const x1 = x + 1;
  const upper = x1 * (1 - 1 / (9 * x1) + z / (3 * Math.sqrt(x1))) ** 3;
  return [lower, upper];
}

/** The confidence interval of a Poisson count itself (no denominator), e.g. 65 -> 50.16 - 82.85 at 95%. */
export function countCI(count: number, confidence: number): RateCI {
  return rateCI(count, 1, 1, confidence);
}

/**
 * A crude rate count / denominator x multiplier with its confidence interval,
 * e.g. rateCI(222, 3215, 100_000, 0.95) -> 6905.13 (6026.57 - 7875.73), Byar.
 */
export function rateCI(count: number, denominator: number, multiplier: number, confidence: number): RateCI {
  checkNonNegative(count, 'count');
  checkPositive(denominator, 'denominator');
  checkPositive(multiplier, 'multiplier');
  checkProbability(confidence, 'confidence');
  const method: RateCIMethod = count < BYAR_MIN_COUNT ? 'exact' : 'byar';
  const [lower, upper] = method === 'exact' ? exactCountLimits(count, confidence) : byarCountLimits(count, confidence);
  const scale = multiplier / denominator;
  return { value: count * scale, lower: lower * scale, upper: upper * scale, method };
}
