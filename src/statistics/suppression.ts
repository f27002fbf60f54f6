/**
 * Small-number suppression for health counts (NHS hospital episode statistics): since
 * September 2018, counts 1-7 are shown as '*' and all others rounded to the nearest 5; zero is
 * shown as zero. Older variants (1-4 or 1-5 suppressed, no rounding) are rule settings.
 */

export interface SuppressionRule {
  /** Counts from 1 up to this (inclusive) are suppressed; 0 suppresses nothing. */
  threshold: number;
  /** Displayed counts are rounded to the nearest multiple of this; 1 leaves them as they are. */
  roundTo: number;
}

/** The current NHS HES rule, the default for health sources. */
export const NHS_HES_RULE: Readonly<SuppressionRule> = Object.freeze({ threshold: 7, roundTo: 5 });

/** No suppression and no rounding: the default for police counts at district level. */
export const NO_SUPPRESSION: Readonly<SuppressionRule> = Object.freeze({ threshold: 0, roundTo: 1 });

/** The symbol shown in place of a suppressed count. */
export const SUPPRESSED = '*';

export interface SuppressedCount {
  /** '*' when suppressed, otherwise the (rounded) count as a plain numeral, e.g. '15'. */
  display: string;
  /** The (rounded) count, or null when suppressed: only this may be written to any output. */
  value: number | null;
}

function checkRule(rule: SuppressionRule): void {
  if (!(Number.isInteger(rule.threshold) && rule.threshold >= 0)) {
    throw new RangeError(`threshold must be an integer >= 0, got ${rule.threshold}`);
  }
  if (!(Number.isInteger(rule.roundTo) && rule.roundTo >= 1)) {
    throw new RangeError(`roundTo must be an integer >= 1, got ${rule.roundTo}`);
  }
}

function checkCount(n: number, name: string): void {
  if (!(Number.isInteger(n) && n >= 0)) throw new RangeError(`${name} must be an integer count >= 0, got ${n}`);
}

/** Rounds half up, so with roundTo 10 a 15 shows as 20 (counts are integers, so 5s never tie). */
function roundToMultiple(n: number, step: number): number {
  return step === 1 ? n : Math.floor(n / step + 0.5) * step;
}

/** Applies the rule to one count: 0 -> '0', 1..threshold -> '*', others rounded. */
export function suppressCount(n: number, rule: SuppressionRule = NHS_HES_RULE): SuppressedCount {
  checkRule(rule);
  checkCount(n, 'n');
  if (n >= 1 && n <= rule.threshold) return { display: SUPPRESSED, value: null };
  const value = roundToMultiple(n, rule.roundTo);
  return { display: String(value), value };
}

/**
 * A total for display: summed from the unrounded counts and only then rounded, so a suppressed
 * cell cannot be recovered by subtracting the shown cells from it. It is suppressed only when the
 * total itself is small.
 */
export function suppressTotal(values: readonly number[], rule: SuppressionRule = NHS_HES_RULE): SuppressedCount {
  values.forEach((v, i) => checkCount(v, `values[${i}]`));
  return suppressCount(values.reduce((sum, v) => sum + v, 0), rule);
}
