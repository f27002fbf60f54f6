/**
 * Number formatting for the document, fixed to en-GB conventions: comma thousands separators,
 * a full stop for decimals, hyphen-minus for negatives. Formatting is done by hand rather than
 * with Intl so the output is identical on every Node build and rounding is under our control.
 * Every formatter turns a missing value (null, undefined, NaN, Infinity) into "n/a".
 */

export const NOT_AVAILABLE = 'n/a';
/** A change of exactly zero, as the seed tables show it (possession of weapons 47 -> 47). */
export const NO_CHANGE = '-';

type Maybe = number | null | undefined;

function present(value: Maybe): value is number {
  return value != null && Number.isFinite(value);
}

/** Moves the decimal point through the text form, so 2.25 x 10 is exactly 22.5 (not 22.499...). */
function shift(value: number, places: number): number {
  const [mantissa, exponent = '0'] = String(value).split('e');
  return Number(`${mantissa}e${Number(exponent) + places}`);
}

/**
 * Rounds half away from zero at `dp` places, judged on the decimal the number prints as:
 * 2.25 -> 2.3, -2.25 -> -2.3, 1.005 -> 1.01. (toFixed rounds the binary value, 1.005 -> "1.00",
 * and Math.round alone rounds -2.5 towards zero.) Never returns -0.
 */
export function roundHalfAwayFromZero(value: number, dp = 1): number {
  if (!Number.isFinite(value)) return value;
  const magnitude = shift(Math.round(shift(Math.abs(value), dp)), -dp);
  return magnitude === 0 ? 0 : Math.sign(value) * magnitude;
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Unsigned text of |value| rounded to dp places, e.g. 1205.25 -> "1,205.3". */
function magnitudeText(value: number, dp: number): string {
  const [whole = '0', fraction] = Math.abs(roundHalfAwayFromZero(value, dp)).toFixed(dp).split('.');
  return fraction === undefined ? groupThousands(whole) : `${groupThousands(whole)}.${fraction}`;
}

/** Signed text where the sign follows the rounded value: -0.04 at 1 dp is "0.0", never "-0.0". */
function plainText(value: number, dp: number): string {
  const rounded = roundHalfAwayFromZero(value, dp);
  return `${rounded < 0 ? '-' : ''}${magnitudeText(value, dp)}`;
}

/**
 * A signed change: "+" or "-" by the rounded value; exactly zero is "-" (no change); a non-zero
 * value that rounds to zero is shown unsigned ("0.0"), because "+0.0" reads as a rise that the
 * figure does not show and "-" would hide that something changed.
 */
function signedText(value: number, dp: number, suffix: string): string {
  if (value === 0) return NO_CHANGE;
  const rounded = roundHalfAwayFromZero(value, dp);
  const sign = rounded > 0 ? '+' : rounded < 0 ? '-' : '';
  return `${sign}${magnitudeText(value, dp)}${suffix}`;
}

/** A count: 1205 -> "1,205"; a stray fraction is rounded to a whole number. */
export function formatCount(value: Maybe): string {
  return present(value) ? plainText(value, 0) : NOT_AVAILABLE;
}

/** 54.436 -> "54.4"; 1234.56 -> "1,234.6". */
export function formatDecimal(value: Maybe, dp = 1): string {
  return present(value) ? plainText(value, dp) : NOT_AVAILABLE;
}

/** 12.94 -> "12.9%"; -12.94 -> "-12.9%". */
export function formatPct(value: Maybe, dp = 1): string {
  return present(value) ? `${plainText(value, dp)}%` : NOT_AVAILABLE;
}

/** 26 -> "+26"; -12 -> "-12"; 0 -> "-". */
export function formatSignedCount(value: Maybe): string {
  return present(value) ? signedText(value, 0, '') : NOT_AVAILABLE;
}

/** 2.46 -> "+2.5%"; -12.94 -> "-12.9%"; 0 -> "-"; 0.04 -> "0.0%". */
export function formatSignedPct(value: Maybe, dp = 1): string {
  return present(value) ? signedText(value, dp, '%') : NOT_AVAILABLE;
}

/** A change in percentage points: 0.77 -> "+0.8 pp"; 0 -> "-". */
export function formatSignedPp(value: Maybe, dp = 1): string {
  return present(value) ? signedText(value, dp, ' pp') : NOT_AVAILABLE;
}

/** 1st 2nd 3rd 4th ... 11th 12th 13th ... 21st 22nd ... 101st 111th 112th. */
export function ordinal(n: number): string {
  const whole = Math.trunc(n);
  const lastTwo = Math.abs(whole) % 100;
  const last = Math.abs(whole) % 10;
  const suffix = lastTwo >= 11 && lastTwo <= 13 ? 'th' : last === 1 ? 'st' : last === 2 ? 'nd' : last === 3 ? 'rd' : 'th';
  return `${whole}${suffix}`;
}

/**
 * A measure's value as the tables show it: ratio measures as a percentage ("24.3%"), counts
 * whole ("1,205"), and a value supplied with a fraction (a published rate) to one decimal place.
 */
export function formatValue(value: Maybe, isRatio: boolean): string {
  if (!present(value)) return NOT_AVAILABLE;
  if (isRatio) return formatPct(value);
  return Number.isInteger(value) ? formatCount(value) : formatDecimal(value);
}

/** A change column: percentage points for ratio measures, otherwise a signed count. */
export function formatSignedChange(value: Maybe, isRatio: boolean): string {
  if (!present(value)) return NOT_AVAILABLE;
  if (isRatio) return formatSignedPp(value);
  return Number.isInteger(value) ? formatSignedCount(value) : signedText(value, 1, '');
}
