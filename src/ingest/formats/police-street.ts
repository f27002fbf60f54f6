import path from 'node:path';
import type { InputWarning, Observation } from '../../model.js';
import { readCsvTable } from '../csv-table.js';
import { parsePeriod } from '../periods.js';
import { ProblemLog, cellOf, columnOf, headerProblem, indexColumns } from '../problems.js';
import { ALL_CRIME_MEASURE, ASB_MEASURE, measureOfCrimeType, streetMeasures } from './police-crime-types.js';
import { emptyOutput, hasAll, type FormatContext, type FormatReader, type LsoaEntry } from './format.js';

const expectedHeader = 'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context';
const required = ['month', 'crime type'] as const;

interface Tally {
  count: number;
  line: number;
}

function tally(map: Map<string, Tally>, key: string, line: number): void {
  const entry = map.get(key);
  if (entry === undefined) map.set(key, { count: 1, line });
  else entry.count++;
}

function rows(count: number): string {
  return count === 1 ? '1 row' : `${count} rows`;
}

function listed(keys: string[]): string {
  return keys.length > 10 ? `${keys.slice(0, 10).join(', ')} and ${keys.length - 10} more` : keys.join(', ');
}

function total(map: Map<string, Tally>): number {
  return [...map.values()].reduce((sum, { count }) => sum + count, 0);
}

/** Counts per measure, area and month; the line is the first row counted, for messages. */
class Counts {
  readonly cells = new Map<string, Tally>();
  add(measure: string, area: string, month: string, line: number): void {
    tally(this.cells, `${measure}\t${area}\t${month}`, line);
  }
  get(measure: string, area: string, month: string): Tally | undefined {
    return this.cells.get(`${measure}\t${area}\t${month}`);
  }
}

/** The wards of the home district, from the lookup, so a ward with no crime in a month is 0, not missing. */
function homeWards(lsoa: ReadonlyMap<string, LsoaEntry>, home: string): Map<string, string> {
  const wards = new Map<string, string>();
  for (const entry of lsoa.values()) if (entry.areaCode === home && entry.wardCode !== '') wards.set(entry.wardCode, entry.wardName);
  return new Map([...wards].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * Reads a data.police.uk street-level file: one row per crime or ASB incident, counted by crime
 * type and month, and placed in a district and ward through the LSOA lookup. A district (or the
 * home district's wards) gets a value for every measure in each month it has rows in this file,
 * zero where no row of a type fell, so a quiet month is not mistaken for a missing one.
 */
export const policeStreetFormat: FormatReader = {
  id: 'police-street',
  title: 'data.police.uk street-level crime',
  role: 'data',
  expectedHeader,
  matches: (keys, fileName) => /-street\.csv$/i.test(fileName) || hasAll(keys, ['month', 'crime type', 'falls within']),
  read(text, file, context) {
    const log = new ProblemLog(file);
    const parsed = readCsvTable(text, file);
    if (!parsed.ok) return emptyOutput({ problems: [parsed.problem] });
    const { table } = parsed;
    const columns = indexColumns(table.keys, [...required, 'lsoa code']);
    if (headerProblem(log, table.headerLine, table.header, indexColumns(table.keys, required), required, 'a data.police.uk street-level file')) return emptyOutput({ problems: log.list() });
    if (!columns.indexes.has('lsoa code')) {
      log.add('This data.police.uk file has no LSOA code column, so its rows cannot be placed in districts', table.headerLine, undefined, {
        found: table.header.join(','), expected: expectedHeader,
        fix: 'Download the months again from data.police.uk: current files carry the LSOA code (files from 2012 gave only Easting and Northing).',
      });
      return emptyOutput({ problems: log.list(), rows: table.rows.length });
    }
    if (context.lookups.lsoa.size === 0) {
      log.add('There is no LSOA lookup, so street-level crime cannot be placed in districts and wards', undefined, undefined, {
        expected: 'an ONS LSOA to ward to local authority lookup CSV (LSOA21CD,...,WD23CD,WD23NM,LAD23CD,LAD23NM) in the data folder',
        fix: 'Download the ONS "LSOA to Electoral Ward to LAD" best-fit lookup as CSV and save it in the data folder.',
      });
      return emptyOutput({ problems: log.list(), rows: table.rows.length });
    }
    return countRows(table.rows, columns, file, context, log);
  },
};

type Columns = ReturnType<typeof indexColumns>;

function countRows(tableRows: { line: number; cells: string[] }[], columns: Columns, file: string, context: FormatContext, log: ProblemLog): ReturnType<FormatReader['read']> {
  const { lsoa } = context.lookups;
  const home = context.config.area;
  const counts = new Counts();
  const covered = new Map<string, Set<string>>();
  const names = new Map<string, string>();
  const noLsoa: Tally = { count: 0, line: 0 };
  const unknownLsoa = new Map<string, Tally>();
  const outside = new Map<string, Tally>();
  const unknownTypes = new Map<string, Tally>();
  const monthColumn = columnOf(columns, 'month');

  for (const { line, cells } of tableRows) {
    const monthText = cellOf(cells, columns, 'month').trim();
    const month = parsePeriod(monthText);
    if (month === null || month.kind !== 'month') {
      log.add(`Month "${monthText}" is not a month`, line, monthColumn, { found: `"${monthText}"`, expected: 'YYYY-MM, as data.police.uk writes it (e.g. 2024-01)', fix: 'Download the file again: a spreadsheet may have turned the month into a date.' });
      continue;
    }
    const typeText = cellOf(cells, columns, 'crime type').trim();
    const measure = measureOfCrimeType(typeText);
    if (measure === undefined) {
      tally(unknownTypes, typeText || '(blank)', line);
      continue;
    }
    const lsoaCode = cellOf(cells, columns, 'lsoa code').trim();
    if (lsoaCode === '') {
      if (noLsoa.count++ === 0) noLsoa.line = line;
      continue;
    }
    const entry = lsoa.get(lsoaCode);
    if (entry === undefined) {
      tally(unknownLsoa, lsoaCode, line);
      continue;
    }
    if (!context.knownAreas.has(entry.areaCode)) {
      tally(outside, entry.areaCode, line);
      continue;
    }
    const areas = entry.areaCode === home && entry.wardCode !== '' ? [entry.areaCode, entry.wardCode] : [entry.areaCode];
    names.set(entry.areaCode, entry.areaName);
    const months = covered.get(entry.areaCode) ?? new Set<string>();
    covered.set(entry.areaCode, months.add(monthText));
    for (const area of areas) {
      counts.add(measure, area, monthText, line);
      if (measure !== ASB_MEASURE) counts.add(ALL_CRIME_MEASURE, area, monthText, line);
    }
  }

  const warnings: InputWarning[] = [];
  const warn = (message: string, line?: number): void => void warnings.push({ message, file, ...(line === undefined ? {} : { line }) });
  if (noLsoa.count > 0) warn(`${rows(noLsoa.count)} had no LSOA code and ${noLsoa.count === 1 ? 'is' : 'are'} not in any district total`, noLsoa.line);
  if (unknownLsoa.size > 0) warn(`${rows(total(unknownLsoa))} had LSOA codes that are not in the LSOA lookup (${listed([...unknownLsoa.keys()])}) and are not in any district total`, [...unknownLsoa.values()][0]!.line);
  if (outside.size > 0) warn(`${rows(total(outside))} fell in districts outside the county and comparators (${listed([...outside.keys()])}) and are not counted`, [...outside.values()][0]!.line);
  for (const [type, { count, line }] of unknownTypes) warn(`Crime type "${type}" is not one data.police.uk publishes (${rows(count)}): it is not counted in any measure, nor in all_crime`, line);
  const unconfigured = streetMeasures.filter((measure) => !context.measures.has(measure));
  if (unconfigured.length > 0) warn(`Measures ${unconfigured.join(', ')} are not in the configuration, so their counts are left out`);

  const observations = observationsOf(counts, covered, names, homeWards(lsoa, home), home, path.basename(file), context);
  return emptyOutput({ observations, problems: log.list(), warnings, rows: tableRows.length });
}

/** One observation per measure, covered district and month, and per home ward in the home district's months. */
function observationsOf(counts: Counts, covered: Map<string, Set<string>>, names: Map<string, string>, wards: Map<string, string>, home: string, file: string, context: FormatContext): Observation[] {
  const observations: Observation[] = [];
  const districts = [...covered.keys()].sort();
  const homeMonths = [...(covered.get(home) ?? [])].sort();
  for (const measure of streetMeasures.filter((id) => context.measures.has(id))) {
    const emit = (area: string, areaName: string | undefined, month: string): void => {
      const cell = counts.get(measure, area, month);
      // A zero has no row of its own: point at the first row of the area's month instead of line 0.
      const line = cell?.line ?? counts.get(ALL_CRIME_MEASURE, area, month)?.line ?? counts.get(ASB_MEASURE, area, month)?.line ?? 1;
      observations.push({ measure, areaCode: area, ...(areaName === undefined ? {} : { areaName }), period: month, value: cell?.count ?? 0, file, line });
    };
    for (const district of districts) for (const month of [...covered.get(district)!].sort()) emit(district, names.get(district), month);
    for (const [wardCode, wardName] of wards) for (const month of homeMonths) emit(wardCode, wardName, month);
  }
  return observations;
}
