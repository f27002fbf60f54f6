import path from 'node:path';
import type { InputWarning, Observation } from '../../model.js';
import { readCsvTable, type CsvTable } from '../csv-table.js';
import { parseValue } from '../parse-value.js';
import { ProblemLog, cellOf, columnOf, headerProblem, indexColumns, type ColumnIndex } from '../problems.js';
import { OutsideAreas, PeriodFit, aliasKeys, matchArea, needsLookup, parsePublishedPeriod, plural } from './area-names.js';
import { emptyOutput, hasAll, type FormatContext, type FormatReader } from './format.js';

/** Which fires measure a cause or incident type names; undefined for anything else (not known, false alarms). */
function fireMeasure(text: string): string | undefined {
  if (/deliberate/i.test(text)) return 'fires_deliberate';
  if (/accidental/i.test(text)) return 'fires_accidental';
  return undefined;
}

interface Keys {
  area: string;
  code: string;
  year: string;
  kind: string;
  incidents: string;
}

/**
 * Sums incidents by area, year and fire measure (a district's fires arrive split by incident
 * type). A suppressed part makes the whole total unknown rather than too low.
 */
function readFires(table: CsvTable, columns: ColumnIndex, keys: Keys, file: string, context: FormatContext, log: ProblemLog): { observations: Observation[]; outside: OutsideAreas; periods: PeriodFit; other: Map<string, number> } {
  const totals = new Map<string, Observation>();
  const outside = new OutsideAreas();
  const periods = new PeriodFit(context.config.yearEndMonth);
  const other = new Map<string, number>();
  for (const { line, cells } of table.rows) {
    const area = matchArea(context, cellOf(cells, columns, keys.code).trim(), cellOf(cells, columns, keys.area).trim());
    if (!area.ok) {
      outside.add(area.label, line);
      continue;
    }
    const kind = cellOf(cells, columns, keys.kind).trim();
    const measure = fireMeasure(kind);
    if (measure === undefined) {
      other.set(kind, (other.get(kind) ?? 0) + 1);
      continue;
    }
    const yearText = cellOf(cells, columns, keys.year).trim();
    // Services write financial years as 2023-24 as often as 2023/24; neither is a 2-year span here.
    const year = parsePublishedPeriod(yearText.replace(/^(\d{4})\s*-\s*(\d{2})$/, '$1/$2'));
    if (year === null) {
      log.add(`Year "${yearText}" is not a financial or calendar year`, line, columnOf(columns, keys.year), { found: `"${yearText}"`, expected: 'a financial year such as 2023/24 (or 2023-24), or a year such as 2024', fix: 'Correct the year in the extract.' });
      continue;
    }
    const cell = cellOf(cells, columns, keys.incidents);
    const value = parseValue(cell);
    if (!value.ok || (value.value !== null && (value.value < 0 || !Number.isInteger(value.value)))) {
      log.add(`"${cell.trim()}" in column ${columnOf(columns, keys.incidents)} is not a number of incidents`, line, columnOf(columns, keys.incidents), { found: `"${cell}"`, expected: 'a whole number of zero or more, or blank or * when suppressed', fix: 'Correct the figure in the extract.' });
      continue;
    }
    const period = periods.label(yearText, year);
    const key = `${measure}|${area.code}|${period}`;
    const total = totals.get(key);
    if (total === undefined) totals.set(key, { measure, areaCode: area.code, period, value: value.value, file: path.basename(file), line });
    else total.value = total.value === null || value.value === null ? null : total.value + value.value;
  }
  return { observations: [...totals.values()], outside, periods, other };
}

const districtAliases = {
  district: ['district', 'district name', 'local authority'],
  code: ['district code', 'code', 'area code'],
  year: ['financial year', 'year'],
  type: ['incident type'],
  cause: ['cause', 'motive'],
  incidents: ['incidents', 'number of incidents', 'total incidents'],
} as const;
const districtRequired = ['district', 'year', 'cause', 'incidents'] as const;

/**
 * A fire and rescue service's district extract (seed 002 section 4.7): one row per district,
 * financial year, incident type and cause, e.g. `Maidstone,2023/24,Primary fire,Accidental,120`.
 * Rows whose cause is accidental or deliberate are summed over incident types into
 * fires_accidental and fires_deliberate; other causes (not known) are counted in a warning.
 */
export const fireDistrictFormat: FormatReader = {
  id: 'fire-district',
  title: 'fire and rescue service district extract (accidental and deliberate fires)',
  role: 'data',
  expectedHeader: 'District,Financial Year,Incident Type,Cause,Incidents (optionally District code)',
  matches: (keys) => hasAll(aliasKeys(keys, districtAliases), [...districtRequired]),
  read(text, file, context) {
    const parsed = readCsvTable(text, file);
    if (!parsed.ok) return emptyOutput({ problems: [parsed.problem] });
    const { table } = parsed;
    const log = new ProblemLog(file);
    const keys = aliasKeys(table.keys, districtAliases);
    const columns = indexColumns(keys, Object.keys(districtAliases));
    if (headerProblem(log, table.headerLine, table.header, indexColumns(keys, districtRequired), districtRequired, 'a fire district extract')) return emptyOutput({ problems: log.list() });
    const byCode = columns.indexes.has('code');
    if (!byCode && needsLookup(context, log, table.headerLine, 'District')) return emptyOutput({ problems: log.list() });
    const seen = new Map<string, number>();
    for (const { line, cells } of table.rows) {
      // The same district, year, type and cause twice would be counted twice in the sum.
      const key = ['district', 'code', 'year', 'type', 'cause'].map((name) => cellOf(cells, columns, name).trim().toLowerCase()).join('|');
      const first = seen.get(key);
      if (first !== undefined) log.add('The row repeats an earlier row\'s district, year, incident type and cause', line, undefined, { found: cells.join(','), expected: `one row for each (first on line ${first})`, fix: 'Delete one of the two rows.' });
      else seen.set(key, line);
    }
    if (log.count > 0) return emptyOutput({ problems: log.list() });
    const result = readFires(table, columns, { area: 'district', code: 'code', year: 'year', kind: 'cause', incidents: 'incidents' }, file, context, log);
    const warnings = [...result.outside.warning(file, !byCode), ...result.periods.warning(file, 'Fire')];
    if (result.other.size > 0) {
      const rows = [...result.other.values()].reduce((sum, n) => sum + n, 0);
      warnings.push({ message: `Skipped ${plural(rows, 'row')} whose cause is neither accidental nor deliberate: ${[...result.other.keys()].map((cause) => cause || '(blank)').join(', ')}`, file });
    }
    return emptyOutput({ observations: result.observations, problems: log.list(), warnings, rows: table.rows.length });
  },
};

const fire0102Columns = ['financial_year', 'incident_type', 'frs_name', 'e_code', 'total_incidents'] as const;

/**
 * Home Office FIRE0102 (incidents by type and fire and rescue authority). It is published per
 * fire and rescue AUTHORITY, which is a district only where a unitary council is its own
 * authority, and its incident types do not split accidental from deliberate fires. So it is
 * read only for a configured area code and an incident type naming accidental or deliberate
 * fires; everything else is skipped with a warning pointing to the service's district extract.
 */
export const fire0102Format: FormatReader = {
  id: 'fire0102',
  title: 'Home Office fire statistics FIRE0102 (incidents by fire and rescue authority)',
  role: 'data',
  expectedHeader: fire0102Columns.join(','),
  matches: (keys) => hasAll(keys, fire0102Columns),
  read(text, file, context) {
    const parsed = readCsvTable(text, file);
    if (!parsed.ok) return emptyOutput({ problems: [parsed.problem] });
    const { table } = parsed;
    const log = new ProblemLog(file);
    const columns = indexColumns(table.keys, fire0102Columns);
    if (headerProblem(log, table.headerLine, table.header, columns, fire0102Columns, 'a FIRE0102 file')) return emptyOutput({ problems: log.list() });
    const result = readFires(table, columns, { area: 'frs_name', code: 'e_code', year: 'financial_year', kind: 'incident_type', incidents: 'total_incidents' }, file, context, log);
    const warnings: InputWarning[] = [...result.periods.warning(file, 'FIRE0102')];
    const outside = result.outside.warning(file, false)[0];
    if (outside !== undefined) {
      warnings.push({ ...outside, message: `${outside.message}. FIRE0102 is published per fire and rescue authority, not per district: district figures for accidental and deliberate fires come from the service's own district extract (${fireDistrictFormat.expectedHeader})` });
    }
    if (result.other.size > 0) {
      const rows = [...result.other.values()].reduce((sum, n) => sum + n, 0);
      warnings.push({ message: `Skipped ${plural(rows, 'row')} of configured areas whose incident type does not say accidental or deliberate: ${[...result.other.keys()].join(', ')}`, file });
    }
    return emptyOutput({ observations: result.observations, problems: log.list(), warnings, rows: table.rows.length });
  },
};
