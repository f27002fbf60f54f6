/**
 * Periods and assessment years. Assessment year N is the 12 months ending in month
 * `yearEndMonth` of year N: with 9, year 2024 runs October 2023 to September 2024.
 */

export type Period = { kind: 'month'; year: number; month: number } | { kind: 'year'; year: number };

const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export const periodExpected = 'YYYY-MM for a month (e.g. 2024-03) or YYYY for an assessment year (e.g. 2024)';

/** 'YYYY-MM' or 'YYYY', or null for anything else (including month 00 or 13). */
export function parsePeriod(text: string): Period | null {
  const trimmed = text.trim();
  const month = /^(\d{4})-(\d{2})$/.exec(trimmed);
  if (month !== null) {
    const value = Number(month[2]);
    return value >= 1 && value <= 12 ? { kind: 'month', year: Number(month[1]), month: value } : null;
  }
  return /^\d{4}$/.test(trimmed) ? { kind: 'year', year: Number(trimmed) } : null;
}

export function assessmentYearOfMonth(year: number, month: number, yearEndMonth: number): number {
  return month > yearEndMonth ? year + 1 : year;
}

export function monthKey(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** The 12 months of assessment year N as 'YYYY-MM', oldest first. */
export function monthsOfAssessmentYear(year: number, yearEndMonth: number): string[] {
  const months: string[] = [];
  for (let offset = 11; offset >= 0; offset--) {
    const index = year * 12 + (yearEndMonth - 1) - offset;
    months.push(monthKey(Math.floor(index / 12), (index % 12) + 1));
  }
  return months;
}

/** "Oct 2023 to Sep 2024", or "Jan to Dec 2024" for a calendar year. */
export function periodLabel(year: number, yearEndMonth: number): string {
  const end = `${monthNames[yearEndMonth - 1]} ${year}`;
  if (yearEndMonth === 12) return `Jan to ${end}`;
  return `${monthNames[yearEndMonth]} ${year - 1} to ${end}`;
}

/** "2023-24" as in the seeds' column headings, or "2024" for a calendar year. */
export function shortYearLabel(year: number, yearEndMonth: number): string {
  if (yearEndMonth === 12) return String(year);
  return `${year - 1}-${String(year % 100).padStart(2, '0')}`;
}

/** "Mar 2024" for a 'YYYY-MM' key, for readable warnings. */
export function monthLabel(key: string): string {
  const [year, month] = key.split('-');
  return `${monthNames[Number(month) - 1]} ${year}`;
}

/**
 * A calendar quarter, written 'YYYY-Qn' (Q1 = Jan to Mar ... Q4 = Oct to Dec). Kept apart from
 * Period so tidy files still take only months and years, and code that handles Period is unchanged.
 */
export interface QuarterPeriod {
  kind: 'quarter';
  year: number;
  quarter: number;
}

export type AnyPeriod = Period | QuarterPeriod;

export function quarterKey(year: number, quarter: number): string {
  return `${year}-Q${quarter}`;
}

/** 'YYYY-Qn' or null. */
export function parseQuarter(text: string): QuarterPeriod | null {
  const match = /^(\d{4})-Q([1-4])$/.exec(text.trim());
  return match === null ? null : { kind: 'quarter', year: Number(match[1]), quarter: Number(match[2]) };
}

/** A month, a quarter or an assessment year: the periods an observation may carry. */
export function parseAnyPeriod(text: string): AnyPeriod | null {
  return parsePeriod(text) ?? parseQuarter(text);
}

/**
 * The 4 quarters of assessment year N, oldest first, or null when the year does not start at a
 * quarter boundary (year_end_month not 3, 6, 9 or 12): a quarter cannot be split between years.
 */
export function quartersOfAssessmentYear(year: number, yearEndMonth: number): string[] | null {
  if (yearEndMonth % 3 !== 0) return null;
  // Every third month of the year, from the third, is the last month of one of its quarters.
  return monthsOfAssessmentYear(year, yearEndMonth).filter((_, index) => index % 3 === 2).map((key) => {
    const [y, m] = key.split('-').map(Number) as [number, number];
    return quarterKey(y, m / 3);
  });
}

/** "Oct" for 10. */
export function monthName(month: number): string {
  return monthNames[month - 1] ?? String(month);
}

/** "Oct to Dec 2023" for '2023-Q4', for readable warnings. */
export function quarterLabel(key: string): string {
  const [year, quarter] = key.split('-Q').map(Number) as [number, number];
  return `${monthNames[quarter * 3 - 3]} to ${monthNames[quarter * 3 - 1]} ${year}`;
}
