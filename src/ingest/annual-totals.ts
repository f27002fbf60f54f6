import { AssessError, ExitCode, collectProblems } from '../errors.js';
import type { AnnualTable, InputWarning, Observation } from '../model.js';
import { assessmentYearOfMonth, monthKey, monthLabel, monthsOfAssessmentYear, parsePeriod, shortYearLabel } from './periods.js';

/** What was given for one measure, area and assessment year. */
interface YearCell {
  annual?: Observation;
  months: Map<string, Observation>;
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

function groupByYear(observations: Observation[], yearEndMonth: number, displayPath: DisplayPath, problems: AssessError[]): Map<string, Map<string, Map<number, YearCell>>> {
  const groups = new Map<string, Map<string, Map<number, YearCell>>>();
  for (const observation of observations) {
    const period = parsePeriod(observation.period);
    if (period === null) {
      problems.push(problemAt(observation, displayPath, `Period "${observation.period}" is not a month or a year`, 'YYYY-MM or YYYY', 'Correct the period.'));
      continue;
    }
    const year = period.kind === 'year' ? period.year : assessmentYearOfMonth(period.year, period.month, yearEndMonth);
    const byArea = groups.get(observation.measure) ?? new Map<string, Map<number, YearCell>>();
    groups.set(observation.measure, byArea);
    const byYear = byArea.get(observation.areaCode) ?? new Map<number, YearCell>();
    byArea.set(observation.areaCode, byYear);
    const cell = byYear.get(year) ?? { months: new Map<string, Observation>() };
    byYear.set(year, cell);
    const key = period.kind === 'year' ? undefined : monthKey(period.year, period.month);
    const earlier = key === undefined ? cell.annual : cell.months.get(key);
    if (earlier !== undefined) {
      problems.push(problemAt(observation, displayPath, `${observation.measure} for ${observation.areaCode} in ${observation.period} is given twice: ${where(earlier, displayPath)} and ${where(observation, displayPath)}`,
        'one row per measure, area and period across all files', 'Delete one of the two rows (or one of the two files if a partner sent the extract twice).'));
      continue;
    }
    if (key === undefined) cell.annual = observation;
    else cell.months.set(key, observation);
  }
  return groups;
}

/**
 * Assessment-year totals. A year's total exists only when all 12 months are present with a
 * value: a partial year would silently understate the figure, so it is null with a warning.
 * A 'YYYY' row is taken as the year's value as it stands.
 */
export function buildAnnualTotals(observations: Observation[], yearEndMonth: number, displayPath: DisplayPath = (file) => file): AnnualTotals {
  const problems: AssessError[] = [];
  const warnings: InputWarning[] = [];
  const table: AnnualTable = new Map();
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
        if (cell.annual !== undefined) {
          years.set(year, cell.annual.value);
          if (firstMonth !== undefined) {
            problems.push(problemAt(firstMonth, displayPath, `${measure} for ${areaCode} in ${shortYearLabel(year, yearEndMonth)} is given both by month and as a year total (${where(cell.annual, displayPath)})`,
              'either monthly rows or one YYYY row for an assessment year, not both', 'Keep the monthly rows or the annual row, and delete the other.'));
          }
          continue;
        }
        const months = monthsOfAssessmentYear(year, yearEndMonth);
        const missing = months.filter((key) => !cell.months.has(key));
        const blank = months.filter((key) => cell.months.get(key)?.value === null);
        if (missing.length === 0 && blank.length === 0) {
          const sum = months.reduce((total, key) => total + cell.months.get(key)!.value!, 0);
          // Summing decimals (e.g. 0.1 + 0.2) leaves binary noise that would show in outputs.
          years.set(year, Number(sum.toFixed(9)));
          continue;
        }
        years.set(year, null);
        firstFile ??= firstMonth?.file;
        const reasons = [missing.length > 0 ? `missing ${monthRanges(missing)}` : '', blank.length > 0 ? `no value for ${monthRanges(blank)}` : ''].filter(Boolean);
        gaps.push(`${shortYearLabel(year, yearEndMonth)} (${reasons.join('; ')})`);
      }
      if (gaps.length > 0) {
        warnings.push({ message: `${measure} for ${areaCode}: no total for ${gaps.join(', ')}, because the year is incomplete`, file: firstFile });
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
