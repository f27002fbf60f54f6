import path from 'node:path';
import { byCodePoint } from '../../manifest/hash.js';
import type { InputWarning, Observation } from '../../model.js';
import { readCsvTable } from '../csv-table.js';
import { parseValue } from '../parse-value.js';
import { quarterKey } from '../periods.js';
import { ProblemLog } from '../problems.js';
import { remembered } from '../remembered.js';
import { cspKey, emptyOutput, hasAll, type FormatContext, type FormatReader } from './format.js';
import { allMeasures, isFraud, knownGroups, measuresOf, norm } from './home-office-offences.js';

/** Columns by role, each with the header spellings of different releases. */
const columnNames = {
  year: ['financial year'],
  quarter: ['financial quarter'],
  csp: ['csp name'],
  group: ['offence group'],
  subgroup: ['offence subgroup'],
  count: ['offence count', 'number of offences'],
} as const;
type Role = keyof typeof columnNames;

const expectedHeader = 'Financial Year,Financial Quarter,Force Name,CSP Name,Offence Description,Offence Group,Offence Subgroup,Offence Code,Offence Count';

/**
 * Financial quarter q of financial year Y/Y+1 as a calendar quarter: q1 is Apr-Jun of Y
 * (calendar Q2) ... q4 is Jan-Mar of Y+1 (calendar Q1).
 */
export function financialQuarterKey(startYear: number, financialQuarter: number): string {
  return financialQuarter === 4 ? quarterKey(startYear + 1, 1) : quarterKey(startYear, financialQuarter + 1);
}

/** '2023/24', '2023-24' or '2023/2024' -> 2023; null when the two years do not follow on. */
export function parseFinancialYear(text: string): number | null {
  const match = /^(\d{4})\s*[/-]\s*(\d{2}|\d{4})$/.exec(text.trim());
  if (match === null) return null;
  const start = Number(match[1]);
  const end = Number(match[2]);
  return (match[2]!.length === 2 ? end === (start + 1) % 100 : end === start + 1) ? start : null;
}

function listed(names: string[]): string {
  return names.length > 10 ? `${names.slice(0, 10).join(', ')} and ${names.length - 10} more` : names.join(', ');
}

/**
 * Home Office police recorded crime by Community Safety Partnership. The file covers every CSP
 * in England and Wales; partnerships are matched to district codes through the CSP lookup, and
 * only the county's districts and comparators are kept. Values are quarterly ('YYYY-Qn').
 */
export const homeOfficeCspFormat: FormatReader = {
  id: 'home-office-csp',
  title: 'Home Office police recorded crime by Community Safety Partnership',
  role: 'data',
  expectedHeader,
  matches: (keys) => hasAll(keys, ['financial year', 'financial quarter', 'csp name', 'offence group']),
  read(text, file, context) {
    const log = new ProblemLog(file);
    const parsed = readCsvTable(text, file);
    if (!parsed.ok) return emptyOutput({ problems: [parsed.problem] });
    const { table } = parsed;
    const index = {} as Record<Role, number>;
    const missing: string[] = [];
    for (const role of Object.keys(columnNames) as Role[]) {
      const at = table.keys.findIndex((key) => (columnNames[role] as readonly string[]).includes(key));
      if (at < 0) missing.push(columnNames[role].join(' or '));
      else index[role] = at;
    }
    if (missing.length > 0) {
      log.add(`The header of the Home Office CSP file lacks ${missing.join(', ')}`, table.headerLine, undefined, { found: table.header.join(','), expected: expectedHeader, fix: 'Export the sheet again with its header row as the first line.' });
      return emptyOutput({ problems: log.list() });
    }
    if (context.lookups.csp.size === 0) {
      log.add('There is no CSP lookup, so the partnerships in this file cannot be matched to districts', undefined, undefined, {
        expected: 'a CSV with columns csp_name,area_code in the data folder', fix: 'Add csp-lookup.csv listing each partnership of the county and comparators, as the Home Office names it, with its district code.',
      });
      return emptyOutput({ problems: log.list(), rows: table.rows.length });
    }
    return readRows(table.rows, index, file, context, log);
  },
};

type Counts = Map<string, { value: number | null; line: number }>;

function inner<K, V>(map: Map<K, Map<string, V>>, key: K): Map<string, V> {
  return map.get(key) ?? map.set(key, new Map()).get(key)!;
}

function readRows(rows: { line: number; cells: string[] }[], index: Record<Role, number>, file: string, context: FormatContext, log: ProblemLog): ReturnType<FormatReader['read']> {
  // Area code -> quarter -> measure -> count: nested rather than keyed by joined text, which cost more than reading the row.
  const counts = new Map<string, Map<string, Counts>>();
  const unknownCsps = new Map<string, number>();
  const outside = new Set<string>();
  const unknownGroups = new Set<string>();
  // Every row repeats one of a few partnerships, years, quarters and offence groups: each is worked out once.
  const codeOf = remembered((name) => context.lookups.csp.get(cspKey(name)));
  const yearOf = remembered(parseFinancialYear);
  const quarterOf = remembered((text) => /^q?\s*([1-4])$/i.exec(text)?.[1] ?? null);
  const periodOf = remembered((year) => remembered((quarter) => financialQuarterKey(yearOf(year)!, Number(quarter))));
  const groupOf = remembered(norm);
  const measuresFor = remembered((group) => remembered((subgroup) => measuresOf(group, subgroup)));
  for (const { line, cells: row } of rows) {
    const cell = (role: Role): string => (row[index[role]] ?? '').trim();
    const code = codeOf(cell('csp'));
    if (code === undefined) {
      const name = cell('csp') || '(blank)';
      unknownCsps.set(name, (unknownCsps.get(name) ?? 0) + 1);
      continue;
    }
    if (!context.knownAreas.has(code)) {
      outside.add(code);
      continue;
    }
    const year = yearOf(cell('year'));
    const fq = quarterOf(cell('quarter'));
    const value = parseValue(cell('count'));
    const bad: [Role, string] | undefined = year === null ? ['year', 'a financial year such as 2023/24']
      : fq === null ? ['quarter', 'a financial quarter 1 to 4']
        : !value.ok ? ['count', 'a count of offences'] : undefined;
    if (bad !== undefined || year === null || fq === null) {
      const [role, expected] = bad ?? ['year', ''];
      log.add(`"${cell(role)}" is not ${expected}`, line, index[role] + 1, { found: `"${cell(role)}"`, expected, fix: 'Correct the cell, or export the sheet again.' });
      continue;
    }
    const group = groupOf(cell('group'));
    if (!knownGroups.has(group) && !isFraud(group)) unknownGroups.add(cell('group'));
    const measures = measuresFor(group)(groupOf(cell('subgroup')));
    const byMeasure = inner(inner(counts, code), periodOf(cell('year'))(fq));
    for (const measure of measures) {
      const earlier = byMeasure.get(measure);
      // Counts are summed as published, negative adjustments included; one suppressed count makes the quarter unknown.
      const add = value.ok ? value.value : null;
      if (earlier === undefined) byMeasure.set(measure, { value: add, line });
      else earlier.value = earlier.value === null || add === null ? null : earlier.value + add;
    }
  }

  const warnings: InputWarning[] = [];
  if (unknownCsps.size > 0) {
    const total = [...unknownCsps.values()].reduce((sum, count) => sum + count, 0);
    warnings.push({ message: `Skipped ${total} row${total === 1 ? '' : 's'} for ${unknownCsps.size === 1 ? '1 CSP that is' : `${unknownCsps.size} CSPs that are`} not in the CSP lookup: ${listed([...unknownCsps.keys()])}`, file });
  }
  if (outside.size > 0) warnings.push({ message: `Skipped CSPs whose area code is not a district of the county or a comparator: ${listed([...outside])}`, file });
  if (unknownGroups.size > 0) warnings.push({ message: `Offence groups not in the mapping are counted in all_crime only: ${[...unknownGroups].join(', ')}`, file });

  const observations: Observation[] = [];
  const baseName = path.basename(file);
  const covered = [...counts.keys()].sort().map((code) => [code, [...counts.get(code)!].sort(([a], [b]) => byCodePoint(a, b))] as const);
  for (const measure of allMeasures.filter((id) => context.measures.has(id))) {
    for (const [code, quarters] of covered) {
      for (const [quarter, byMeasure] of quarters) {
        // A quarter with rows for the CSP but none in this group had no such offences: zero, not missing.
        const cell = byMeasure.get(measure);
        const line = cell?.line ?? byMeasure.get('all_crime')?.line ?? 1;
        observations.push({ measure, areaCode: code, period: quarter, value: cell === undefined ? 0 : cell.value, file: baseName, line });
      }
    }
  }
  return emptyOutput({ observations, problems: log.list(), warnings, rows: rows.length });
}
