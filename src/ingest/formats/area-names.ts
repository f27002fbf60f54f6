import type { InputWarning } from '../../model.js';
import type { ProblemLog } from '../problems.js';
import { cspKey, type FormatContext } from './format.js';

/**
 * Helpers shared by the readers of published formats (Fingertips, MoJ, fire, local
 * re-offending): which configured area a published row belongs to, one summary warning for the
 * rows that belong to none, and the periods publishers write ("2022/23", "Jan 2022 to Dec 2022").
 */

export type AreaMatch = { ok: true; code: string } | { ok: false; label: string };

/**
 * A row's area. A code, when the file has one, is trusted as it stands. Otherwise the name is
 * looked up in the CSP lookup: readers are not given population.csv, and the configuration holds
 * codes only, so the CSP lookup is the one place a published name meets a district code.
 */
export function matchArea(context: FormatContext, code: string, name: string): AreaMatch {
  if (code !== '') return context.knownAreas.has(code) ? { ok: true, code } : { ok: false, label: name === '' ? code : `${code} ${name}` };
  const mapped = context.lookups.csp.get(cspKey(name));
  if (mapped !== undefined && context.knownAreas.has(mapped)) return { ok: true, code: mapped };
  return { ok: false, label: name };
}

/** When names must be matched and there is nothing to match them against, say so once. */
export function needsLookup(context: FormatContext, log: ProblemLog, line: number, column: string): boolean {
  if (context.lookups.csp.size > 0) return false;
  log.add(`The file names its areas (column ${column}) without codes, and there is no CSP lookup to match the names to districts`, line, undefined, {
    expected: `a code column (e.g. "Code" with E07000110), or a CSP lookup file in the data folder that gives each CSP name its district code`,
    fix: 'Add a column with each area\'s ONS code, or add the CSP lookup (CSP name to district code) to the data folder.',
  });
  return true;
}

/** Rows for areas outside the county and comparators: skipped on purpose, reported once per file. */
export class OutsideAreas {
  private readonly areas = new Map<string, { line: number; count: number }>();

  add(label: string, line: number): void {
    const entry = this.areas.get(label);
    if (entry === undefined) this.areas.set(label, { line, count: 1 });
    else entry.count++;
  }

  warning(file: string, byName: boolean): InputWarning[] {
    if (this.areas.size === 0) return [];
    const rows = [...this.areas.values()].reduce((sum, { count }) => sum + count, 0);
    const labels = [...this.areas.keys()];
    const shown = labels.length > 10 ? `${labels.slice(0, 10).join(', ')} and ${labels.length - 10} more` : labels.join(', ');
    const hint = byName ? ' (names are matched through the CSP lookup: if one of these is a district of the county, add it to the lookup or give the file a code column)' : '';
    return [{
      message: `Skipped ${plural(rows, 'row')} for ${plural(labels.length, 'area')} outside the county and comparators: ${shown}${hint}`,
      file,
      line: [...this.areas.values()][0]!.line,
    }];
  }
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** Renames a header's alias keys to one canonical key each, so indexColumns can find them. */
export function aliasKeys(keys: readonly string[], aliases: Record<string, readonly string[]>): string[] {
  return keys.map((key) => Object.entries(aliases).find(([, names]) => names.includes(key))?.[0] ?? key);
}

/** A published period: where it ends and how many months it spans. */
export interface PublishedPeriod {
  endYear: number;
  endMonth: number;
  months: number;
}

const monthPattern = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*';
const monthIndex = (name: string): number => ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(name.slice(0, 3)) + 1;
const fullYear = (start: number, short: string): number => Math.floor(start / 100) * 100 + Number(short) + (Number(short) < start % 100 ? 100 : 0);

/**
 * Reads the periods publishers write: "2023" (calendar year), "2022/23" (financial year),
 * "2020 - 22" and "2020/21 - 22/23" (pooled years, as Fingertips writes them), and month ranges
 * such as "Jan 2022 to Dec 2022" or "1 April 2011 - 31 March 2012". Null for anything else.
 */
export function parsePublishedPeriod(text: string): PublishedPeriod | null {
  const t = text.trim().toLowerCase().replace(/[–—]/g, '-');
  let m = /^(\d{4})$/.exec(t);
  if (m) return { endYear: Number(m[1]), endMonth: 12, months: 12 };
  m = /^(\d{4})\/(\d{2})$/.exec(t);
  if (m) return fullYear(Number(m[1]), m[2]!) === Number(m[1]) + 1 ? { endYear: Number(m[1]) + 1, endMonth: 3, months: 12 } : null;
  m = /^(\d{4})\s*-\s*(\d{2}|\d{4})$/.exec(t);
  if (m) {
    const end = m[2]!.length === 4 ? Number(m[2]) : fullYear(Number(m[1]), m[2]!);
    return end > Number(m[1]) ? { endYear: end, endMonth: 12, months: 12 * (end - Number(m[1]) + 1) } : null;
  }
  m = /^(\d{4})\/(\d{2})\s*-\s*(\d{2})\/(\d{2})$/.exec(t);
  if (m) {
    const end = fullYear(Number(m[1]), m[4]!);
    return end > Number(m[1]) + 1 ? { endYear: end, endMonth: 3, months: 12 * (end - Number(m[1])) } : null;
  }
  m = new RegExp(`^(?:\\d{1,2}\\s+)?${monthPattern}\\s+(\\d{4})\\s*(?:to|-)\\s*(?:\\d{1,2}\\s+)?${monthPattern}\\s+(\\d{4})$`).exec(t);
  if (m) {
    const start = Number(m[2]) * 12 + monthIndex(m[1]!);
    const end = Number(m[4]) * 12 + monthIndex(m[3]!);
    return end >= start ? { endYear: Number(m[4]), endMonth: monthIndex(m[3]!), months: end - start + 1 } : null;
  }
  return null;
}

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Published periods that are not the configured assessment year (a financial year when the year
 * ends in September, a 3-year pool): each value is filed under the year in which its period
 * ends, and the file gets one warning so the reader of the document knows the figures differ.
 */
export class PeriodFit {
  private readonly misfits = new Map<string, number>();

  constructor(private readonly yearEndMonth: number) {}

  /** The assessment-year label ('YYYY') for a period, noting a period that does not fit. */
  label(text: string, period: PublishedPeriod): string {
    if (period.months !== 12 || period.endMonth !== this.yearEndMonth) this.misfits.set(text.trim(), period.endYear);
    return String(period.endYear);
  }

  warning(file: string, source: string): InputWarning[] {
    if (this.misfits.size === 0) return [];
    const list = [...this.misfits].map(([text, year]) => `${text} as ${year}`).join(', ');
    return [{
      message: `${source} periods do not match the configured assessment year (12 months ending ${monthNames[this.yearEndMonth - 1]}): ${list}. Each value is filed under the year in which its period ends.`,
      file,
    }];
  }
}
