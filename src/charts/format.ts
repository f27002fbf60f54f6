/** Display text shared by the charts: months, numbers and sentence pieces, en-GB throughout. */

import { formatCount, formatDecimal } from '../narrative/format.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Reads 'YYYY-MM'; anything else is a caller's mistake worth stopping the build for. */
export function parseMonth(label: string): { year: number; month: number } {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(label);
  if (m === null) throw new RangeError(`month label '${label}' is not YYYY-MM`);
  return { year: Number(m[1]), month: Number(m[2]) };
}

/** '2023-10' -> 'October 2023', as the table and alt text say it. */
export function monthName(label: string): string {
  const { year, month } = parseMonth(label);
  return `${MONTHS[month - 1]} ${year}`;
}

/** '2023-10' -> the first of the month in UTC ms, so the axis never depends on the machine's time zone. */
export function monthTime(label: string): number {
  const { year, month } = parseMonth(label);
  return Date.UTC(year, month - 1, 1);
}

/** Whole numbers (counts) show no decimals; anything with a fraction (a rate) shows one. */
export function decimalsFor(values: readonly (number | null)[], explicit?: number): number {
  if (explicit !== undefined) return explicit;
  return values.every((v) => v === null || Number.isInteger(v)) ? 0 : 1;
}

/** 1205 -> '1,205' at 0 dp; 54.44 -> '54.4' at 1 dp; null -> 'n/a'. */
export function formatNumber(value: number | null, dp: number): string {
  return dp === 0 ? formatCount(value) : formatDecimal(value, dp);
}

/**
 * d3 format for axis ticks: comma thousands (d3's default locale groups as en-GB does), fixed
 * point (Vega picks the places from the tick step), trailing zeros trimmed.
 */
export const AXIS_FORMAT = ',~f';

export const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** 'Crimes per 1,000' -> 'crimes per 1,000' mid-sentence, but 'ASB incidents' keeps its acronym. */
export const lowerFirst = (s: string): string => (/^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);

/** ['a'] -> 'a'; ['a', 'b', 'c'] -> 'a, b and c'. */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
