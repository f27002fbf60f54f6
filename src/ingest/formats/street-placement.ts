import path from 'node:path';
import type { InputWarning, Observation } from '../../model.js';
import { parsePeriod } from '../periods.js';
import { ProblemLog } from '../problems.js';
import type { StreetTally } from '../street/street-tallies.js';
import { ALL_CRIME_MEASURE, ASB_MEASURE, measureOfCrimeType, streetMeasures } from './police-crime-types.js';
import { emptyOutput, type FormatContext, type FormatOutput, type LsoaEntry } from './format.js';

interface Tally {
  count: number;
  line: number;
}

function tally(map: Map<string, Tally>, key: string, count: number, line: number): void {
  const entry = map.get(key);
  if (entry === undefined) map.set(key, { count, line });
  else {
    entry.count += count;
    entry.line = Math.min(entry.line, line);
  }
}

const rowsText = (count: number): string => (count === 1 ? '1 row' : `${count.toLocaleString('en-GB')} rows`);
const listed = (keys: string[]): string => (keys.length > 10 ? `${keys.slice(0, 10).join(', ')} and ${keys.length - 10} more` : keys.join(', '));
const total = (map: Map<string, Tally>): number => [...map.values()].reduce((sum, { count }) => sum + count, 0);
const firstLine = (map: Map<string, Tally>): number => Math.min(...[...map.values()].map(({ line }) => line));

/** The wards of the home district, from the lookup, so a ward with no crime in a month is 0, not missing. */
function homeWards(lsoa: ReadonlyMap<string, LsoaEntry>, home: string): Map<string, string> {
  const wards = new Map<string, string>();
  for (const entry of lsoa.values()) if (entry.areaCode === home && entry.wardCode !== '') wards.set(entry.wardCode, entry.wardName);
  return new Map([...wards].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Why rows were left out of every total, counted for the warnings. */
class LeftOut {
  readonly noLsoa: Tally = { count: 0, line: Number.POSITIVE_INFINITY };
  readonly unknownLsoa = new Map<string, Tally>();
  readonly outside = new Map<string, Tally>();
  readonly unknownTypes = new Map<string, Tally>();
  readonly badMonths = new Map<string, Tally>();

  warnings(file: string, context: FormatContext): InputWarning[] {
    const warnings: InputWarning[] = [];
    const warn = (message: string, line?: number): void => void warnings.push({ message, file, ...(line === undefined ? {} : { line }) });
    if (this.noLsoa.count > 0) warn(`${rowsText(this.noLsoa.count)} had no LSOA code and ${this.noLsoa.count === 1 ? 'is' : 'are'} not in any district total`, this.noLsoa.line);
    if (this.unknownLsoa.size > 0) warn(`${rowsText(total(this.unknownLsoa))} had LSOA codes that are not in the LSOA lookup (${listed([...this.unknownLsoa.keys()])}) and are not in any district total`, firstLine(this.unknownLsoa));
    if (this.outside.size > 0) warn(`${rowsText(total(this.outside))} fell in districts outside the county and comparators (${listed([...this.outside.keys()])}) and are not counted`, firstLine(this.outside));
    for (const [type, { count, line }] of this.unknownTypes) {
      warn(`Crime type "${type}" is not one data.police.uk publishes (${rowsText(count)}): it is not counted in any measure, nor in all_crime`, line);
    }
    const unconfigured = streetMeasures.filter((measure) => !context.measures.has(measure));
    if (unconfigured.length > 0) warn(`Measures ${unconfigured.join(', ')} are not in the configuration, so their counts are left out`);
    return warnings;
  }
}

/**
 * Places a street-level file's counted rows in districts and wards through the LSOA lookup. A
 * district (or the home district's wards) gets a value for every measure in each month it has
 * rows in this file, zero where no row of a type fell, so a quiet month is not mistaken for a
 * missing one. Rows that cannot be placed are counted and reported, never silently dropped.
 */
export function placeTallies(tallies: readonly StreetTally[], rows: number, file: string, monthColumn: number, context: FormatContext): FormatOutput {
  const { lsoa } = context.lookups;
  const home = context.config.area;
  const log = new ProblemLog(file);
  const counts = new Map<string, Tally>();
  const covered = new Map<string, Set<string>>();
  const names = new Map<string, string>();
  const leftOut = new LeftOut();
  const months = new Map<string, boolean>();

  for (const { month: rawMonth, lsoa: rawLsoa, type: rawType, count, line } of [...tallies].sort((a, b) => a.line - b.line)) {
    const month = rawMonth.trim();
    let isMonth = months.get(month);
    if (isMonth === undefined) months.set(month, (isMonth = parsePeriod(month)?.kind === 'month'));
    if (!isMonth) {
      tally(leftOut.badMonths, month, count, line);
      continue;
    }
    const type = rawType.trim();
    const measure = measureOfCrimeType(type);
    if (measure === undefined) {
      tally(leftOut.unknownTypes, type || '(blank)', count, line);
      continue;
    }
    const code = rawLsoa.trim();
    if (code === '') {
      leftOut.noLsoa.count += count;
      leftOut.noLsoa.line = Math.min(leftOut.noLsoa.line, line);
      continue;
    }
    const entry = lsoa.get(code);
    if (entry === undefined) {
      tally(leftOut.unknownLsoa, code, count, line);
      continue;
    }
    if (!context.knownAreas.has(entry.areaCode)) {
      tally(leftOut.outside, entry.areaCode, count, line);
      continue;
    }
    names.set(entry.areaCode, entry.areaName);
    covered.set(entry.areaCode, (covered.get(entry.areaCode) ?? new Set<string>()).add(month));
    const areas = entry.areaCode === home && entry.wardCode !== '' ? [entry.areaCode, entry.wardCode] : [entry.areaCode];
    for (const area of areas) {
      tally(counts, `${measure}\t${area}\t${month}`, count, line);
      if (measure !== ASB_MEASURE) tally(counts, `${ALL_CRIME_MEASURE}\t${area}\t${month}`, count, line);
    }
  }
  for (const [month, { count, line }] of leftOut.badMonths) {
    log.add(`Month "${month}" is not a month`, line, monthColumn, { found: `"${month}"${count > 1 ? ` (in ${rowsText(count)}, the first shown)` : ''}`, expected: 'YYYY-MM, as data.police.uk writes it (e.g. 2024-01)', fix: 'Download the file again: a spreadsheet may have turned the month into a date.' });
  }
  const observations = observationsOf(counts, covered, names, homeWards(lsoa, home), home, path.basename(file), context);
  return emptyOutput({ observations, problems: log.list(), warnings: leftOut.warnings(file, context), rows });
}

/** One observation per measure, covered district and month, and per home ward in the home district's months. */
function observationsOf(counts: Map<string, Tally>, covered: Map<string, Set<string>>, names: Map<string, string>, wards: Map<string, string>, home: string, file: string, context: FormatContext): Observation[] {
  const observations: Observation[] = [];
  const districts = [...covered.keys()].sort();
  const homeMonths = [...(covered.get(home) ?? [])].sort();
  const get = (measure: string, area: string, month: string): Tally | undefined => counts.get(`${measure}\t${area}\t${month}`);
  for (const measure of streetMeasures.filter((id) => context.measures.has(id))) {
    const emit = (area: string, areaName: string | undefined, month: string): void => {
      const cell = get(measure, area, month);
      // A zero has no row of its own: point at the first row of the area's month instead of line 0.
      const line = cell?.line ?? get(ALL_CRIME_MEASURE, area, month)?.line ?? get(ASB_MEASURE, area, month)?.line ?? 1;
      observations.push({ measure, areaCode: area, ...(areaName === undefined ? {} : { areaName }), period: month, value: cell?.count ?? 0, file, line });
    };
    for (const district of districts) for (const month of [...covered.get(district)!].sort()) emit(district, names.get(district), month);
    for (const [wardCode, wardName] of wards) for (const month of homeMonths) emit(wardCode, wardName, month);
  }
  return observations;
}
