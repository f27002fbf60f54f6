/**
 * Wilson score confidence interval for a proportion, as PHEindicatormethods computes it
 * (statistics.md): it stays inside [0, 1] and behaves at x = 0 and x = n, unlike the Wald interval.
 */

import { zFor } from './normal.js';
import { checkNonNegative, checkPositive, checkProbability } from './validate.js';

export interface ProportionCI {
  /** x / n, as a fraction (multiply by 100 for a percentage). */
  value: number;
  lower: number;
  upper: number;
}

/** limits = (2x + z^2 -/+ z sqrt(z^2 + 4x(1 - x/n))) / (2(n + z^2)). */
export function wilsonCI(x: number, n: number, confidence: number): ProportionCI {
  checkNonNegative(x, 'x');
  checkPositive(n, 'n');
  if (x > n) throw new RangeError(`x (${x}) must not exceed n (${n})`);
  checkProbability(confidence, 'confidence');
  const z = zFor(confidence);
  const z2 = z * z;
  // max(0, ...) guards the square root against a rounding error when x = n.
  const spread = z * Math.sqrt(Math.max(0, z2 + 4 * x * (1 - x / n)));
  const divisor = 2 * (n + z2);
  return {
    value: x / n,
    // Clamped so rounding at x = 0 or x = n cannot print as -0.0% or 100.0000001%.
    lower: Math.max(0, (2 * x + z2 - spread) / divisor),
    upper: Math.min(1, (2 * x + z2 + spread) / divisor),
  };
}
