import { AssessError, ExitCode, collectProblems } from '../errors.js';
import type { AnnualTable, InputWarning, Observation } from '../model.js';
import { assessmentYearOfMonth, monthKey, monthLabel, monthName, monthsOfAssessmentYear, parseAnyPeriod, quarterKey, quarterLabel, quartersOfAssessmentYear, shortYearLabel, type AnyPeriod } from './periods.js';
import { remembered } from './remembered.js';

/** What was given for one measure, area and assessment year. */
interface YearCell {
  annual?: Observation;
  months: Map<string, Observation>;
  quarters: Map<string, Observation>;
}

export interface AnnualTotals {
  table: AnnualTable;
  warnings: InputWarning[];
  problems: AssessError[];
}

type DisplayPath = (file: string) => string;

function where(observation: Observation, displayPath: DisplayPath): string {
  return `${displayPath(observation.file)} line ${observation.line}`;
}

function problemAt(observation: Observation, displayPath: DisplayPath, message: string, expected: string, fix: string): AssessError {
  return new AssessError(message, ExitCode.badInput, {
    location: { file: displayPath(observation.file), line: observation.line },
    found: `${observation.measure}, ${observation.areaCode}, ${observation.period}`,
    expected,
    fix,
  });
}

/** "Jan 2024 to Mar 2024, May 2024": consecutive months collapsed so a long gap stays readable. */
function monthRanges(keys: string[]): string {
  const parts: string[] = [];
  let start = 0;
  keys.forEach((key, index) => {
    const next = keys[index + 1];
    const [year, month] = key.split('-').map(Number) as [number, number];
    if (next !== undefined && next === monthKey(month === 12 ? year + 1 : year, (month % 12) + 1)) return;
    parts.push(start === index ? monthLabel(keys[start]!) : `${monthLabel(keys[start]!)} to ${monthLabel(key)}`);
    start = index + 1;
  });
  return parts.join(', ');
}

/** Quarters that cannot be placed in an assessment year, per file: one problem per file, not per row. */
type Unsplittable = Map<string, { first: Observation; count: number }>;

function unsplittableProblems(unsplittable: Unsplittable, yearEndMonth: number, displayPath: DisplayPath): AssessError[] {
  return [...unsplittable.values()].map(({ first, count }) => problemAt(first, displayPath,
    `Quarterly data (${count} value${count === 1 ? '' : 's'} in this file) cannot be split into the configured assessment year, which ends in ${monthName(yearEndMonth)} (year_end_month ${yearEndMonth})`,
    'year_end_month 3, 6, 9 or 12 in the configuration, so that each year is four whole quarters',
    'Set year_end_month to 3, 6, 9 or 12, or supply this data by month.'));
}

/** A period as read, and the key of a month or quarter within its year (a year's own value has none). */
interface ReadPeriod {
  period: AnyPeriod;
  key?: string;
}

function readPeriod(text: string): ReadPeriod | null {
  const period = parseAnyPeriod(text);
  if (period === null) return null;
  if (period.kind === 'month') return { period, key: monthKey(period.year, period.month) };
  return period.kind === 'quarter' ? { period, key: quarterKey(period.year, period.quarter) } : { period };
}

function groupByYear(observations: Observation[], yearEndMonth: number, displayPath: DisplayPath, problems: AssessError[]): Map<string, Map<string, Map<number, YearCell>>> {
  const groups = new Map<string, Map<string, Map<number, YearCell>>>();
  const unsplittable: Unsplittable = new Map();
  // Thousands of rows share a few dozen periods: each is read once, and its key is then one string, hashed once.
  const periodOf = remembered(readPeriod);
  for (const observation of observations) {
    const read = periodOf(observation.period);
    if (read === null) {
      problems.push(problemAt(observation, displayPath, `Period "${observation.period}" is not a month, a quarter or a year`, 'YYYY-MM, YYYY-Qn or YYYY', 'Correct the period.'));
      continue;
    }
    const { period, key } = read;
    if (period.kind === 'quarter' && yearEndMonth % 3 !== 0) {
      const seen = unsplittable.get(observation.file);
      if (seen === undefined) unsplittable.set(observation.file, { first: observation, count: 1 });
      else seen.count++;
      continue;
    }
    const year = period.kind === 'year' ? period.year
      : assessmentYearOfMonth(period.year, period.kind === 'month' ? period.month : period.quarter * 3, yearEndMonth);
    const byArea = groups.get(observation.measure) ?? groups.set(observation.measure, new Map()).get(observation.measure)!;
    const byYear = byArea.get(observation.areaCode) ?? byArea.set(observation.areaCode, new Map()).get(observation.areaCode)!;
    const cell = byYear.get(year) ?? byYear.set(year, { months: new Map(), quarters: new Map() }).get(year)!;
    const parts = key === undefined ? undefined : period.kind === 'month' ? cell.months : cell.quarters;
    const earlier = parts === undefined ? cell.annual : parts.get(key!);
    if (earlier !== undefined) {
      problems.push(problemAt(observation, displayPath, `${observation.measure} for ${observation.areaCode} in ${observation.period} is given twice: ${where(earlier, displayPath)} and ${where(observation, displayPath)}`,
        'one row per measure, area and period across all files', 'Delete one of the two rows (or one of the two files if a partner sent the extract twice).'));
      continue;
    }
    if (parts === undefined) cell.annual = observation;
    else parts.set(key!, observation);
  }
  problems.push(...unsplittableProblems(unsplittable, yearEndMonth, displayPath));
  return groups;
}

/** The months and the quarters of each assessment year, worked out once a year rather than once a measure and area. */
function partsOfYears(yearEndMonth: number): (year: number, quarterly: boolean) => string[] {
  const months = new Map<number, string[]>();
  const quarters = new Map<number, string[]>();
  return (year, quarterly) => {
    const known = quarterly ? quarters : months;
    return known.get(year) ?? known.set(year, quarterly ? quartersOfAssessmentYear(year, yearEndMonth)! : monthsOfAssessmentYear(year, yearEndMonth)).get(year)!;
  };
}

/** The year's total from its months or quarters, or why there is none. */
function sumParts(cell: YearCell, year: number, yearEndMonth: number, partsOf: ReturnType<typeof partsOfYears>): { value: number } | { gap: string } {
  const quarterly = cell.months.size === 0 && cell.quarters.size > 0;
  const keys = partsOf(year, quarterly);
  const parts = quarterly ? cell.quarters : cell.months;
  const ranges = quarterly ? (list: string[]) => list.map(quarterLabel).join(', ') : monthRanges;
  const missing: string[] = [];
  const blank: string[] = [];
  let sum = 0;
  for (const key of keys) {
    const value = parts.get(key)?.value;
    if (value === undefined) missing.push(key);
    else if (value === null) blank.push(key);
    else sum += value;
  }
  // Summing decimals (e.g. 0.1 + 0.2) leaves binary noise that would show in outputs.
  if (missing.length === 0 && blank.length === 0) return { value: Number(sum.toFixed(9)) };
  const reasons = [missing.length > 0 ? `missing ${ranges(missing)}` : '', blank.length > 0 ? `no value for ${ranges(blank)}` : ''].filter(Boolean);
  return { gap: `${shortYearLabel(year, yearEndMonth)} (${reasons.join('; ')})` };
}

/**
 * Assessment-year totals. A year's total exists only when all 12 months (or all 4 quarters) are
 * present with a value: a partial year would silently understate the figure, so it is null with
 * a warning. A 'YYYY' row is taken as the year's value as it stands.
 */
export function buildAnnualTotals(observations: Observation[], yearEndMonth: number, displayPath: DisplayPath = (file) => file): AnnualTotals {
  const problems: AssessError[] = [];
  const warnings: InputWarning[] = [];
  const table: AnnualTable = new Map();
  const partsOf = partsOfYears(yearEndMonth);
  for (const [measure, byArea] of groupByYear(observations, yearEndMonth, displayPath, problems)) {
    const areas = new Map<string, Map<number, number | null>>();
    table.set(measure, areas);
    for (const [areaCode, byYear] of byArea) {
      const years = new Map<number, number | null>();
      areas.set(areaCode, years);
      const gaps: string[] = [];
      let firstFile: string | undefined;
      for (const year of [...byYear.keys()].sort((a, b) => a - b)) {
        const cell = byYear.get(year)!;
        const firstMonth = cell.months.values().next().value;
        const firstPart = firstMonth ?? cell.quarters.values().next().value;
        if (cell.annual !== undefined) {
          years.set(year, cell.annual.value);
          if (firstPart !== undefined) {
            problems.push(problemAt(firstPart, displayPath, `${measure} for ${areaCode} in ${shortYearLabel(year, yearEndMonth)} is given both by ${firstMonth === undefined ? 'quarter' : 'month'} and as a year total (${where(cell.annual, displayPath)})`,
              `either ${firstMonth === undefined ? 'quarterly' : 'monthly'} rows or one YYYY row for an assessment year, not both`, 'Keep the part-year rows or the annual row, and delete the other.'));
          }
          continue;
        }
        const firstQuarter = cell.quarters.values().next().value;
        if (firstMonth !== undefined && firstQuarter !== undefined) {
          years.set(year, null);
          problems.push(problemAt(firstQuarter, displayPath, `${measure} for ${areaCode} in ${shortYearLabel(year, yearEndMonth)} is given both by month (${where(firstMonth, displayPath)}) and by quarter`,
            'monthly or quarterly values for an assessment year, not both', 'Keep one source of this measure for these areas (e.g. data.police.uk by month or Home Office by quarter) and remove the other.'));
          continue;
        }
        const total = sumParts(cell, year, yearEndMonth, partsOf);
        if ('value' in total) {
          years.set(year, total.value);
          continue;
        }
        years.set(year, null);
        firstFile ??= firstPart?.file;
        gaps.push(total.gap);
      }
      if (gaps.length > 0) {
        warnings.push({ message: `${measure} for ${areaCode}: no total for ${gaps.join(', ')}, because the year is incomplete`, file: firstFile, measure });
      }
    }
  }
  return { table, warnings, problems };
}

/** As buildAnnualTotals, but throws every problem (duplicates, monthly and annual rows mixed) at once. */
export function toAnnualTotals(observations: Observation[], yearEndMonth: number): { table: AnnualTable; warnings: InputWarning[] } {
  const { table, warnings, problems } = buildAnnualTotals(observations, yearEndMonth);
  if (problems.length > 0) throw collectProblems('The data cannot be totalled into assessment years', problems);
  return { table, warnings };
}
