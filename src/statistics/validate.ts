/**
 * Argument checks shared by the statistics functions. They throw plain RangeErrors: the
 * callers validate user input first, so reaching one of these is a programming error.
 */

/** A probability or confidence level strictly between 0 and 1. */
export function checkProbability(p: number, name: string): void {
  if (!(p > 0 && p < 1)) throw new RangeError(`${name} must be strictly between 0 and 1, got ${p}`);
}

/** A finite number that is zero or more (a count, for example). */
export function checkNonNegative(x: number, name: string): void {
  if (!(Number.isFinite(x) && x >= 0)) throw new RangeError(`${name} must be a finite number >= 0, got ${x}`);
}

/** A finite number above zero (a denominator or a multiplier). */
export function checkPositive(x: number, name: string): void {
  if (!(Number.isFinite(x) && x > 0)) throw new RangeError(`${name} must be a finite number > 0, got ${x}`);
}
