/** Month arithmetic on 'YYYY-MM' labels. */

/** Months since year 0: an integer that orders and subtracts. */
export function monthIndex(label: string): number {
  const match = /^(\d{4})-(\d{2})$/.exec(label);
  if (!match) throw new Error(`not a YYYY-MM month: ${label}`);
  return Number(match[1]) * 12 + Number(match[2]) - 1;
}

export function monthLabel(index: number): string {
  const year = Math.floor(index / 12);
  return `${year}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The `count` months ending with month `endMonth` of `year`, oldest first. */
export function monthsEnding(year: number, endMonth: number, count: number): string[] {
  const last = year * 12 + endMonth - 1;
  return Array.from({ length: count }, (_, i) => monthLabel(last - count + 1 + i));
}

export function calendarMonth(label: string): number {
  return (monthIndex(label) % 12) + 1;
}

export function daysInMonth(label: string): number {
  const index = monthIndex(label);
  return new Date(Date.UTC(Math.floor(index / 12), (index % 12) + 1, 0)).getUTCDate();
}
