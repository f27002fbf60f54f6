import path from 'node:path';
import { byCodePoint } from '../../manifest/hash.js';
import type { InputWarning, Observation } from '../../model.js';
import { formatCount } from '../../narrative/format.js';
import { parsePeriod } from '../periods.js';
import { ProblemLog } from '../problems.js';
import type { CountedPart } from '../street/count-street-files.js';
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

const rowsText = (count: number): string => (count === 1 ? '1 row' : `${formatCount(count)} rows`);
const listed = (keys: string[]): string => (keys.length > 10 ? `${keys.slice(0, 10).join(', ')} and ${keys.length - 10} more` : keys.join(', '));
const total = (map: Map<string, Tally>): number => [...map.values()].reduce((sum, { count }) => sum + count, 0);
/** In the order their first rows come in the file, as a reader going down it would meet them. */
const inFileOrder = (map: Map<string, Tally>): [string, Tally][] => [...map].sort(([, a], [, b]) => a.line - b.line);

/** The wards of the home district, from the lookup, so a ward with no crime in a month is 0, not missing. */
function homeWards(lsoa: ReadonlyMap<string, LsoaEntry>, home: string): Map<string, string> {
  const wards = new Map<string, string>();
  for (const entry of lsoa.values()) if (entry.areaCode === home && entry.wardCode !== '') wards.set(entry.wardCode, entry.wardName);
  return new Map([...wards].sort(([a], [b]) => byCodePoint(a, b)));
}

/** Rows left out of every total, by why, for the warnings and problems. */
class LeftOut {
  readonly noLsoa = new Map<string, Tally>();
  readonly unknownLsoa = new Map<string, Tally>();
  readonly outside = new Map<string, Tally>();
  readonly unknownTypes = new Map<string, Tally>();
  readonly badMonths = new Map<string, Tally>();

  warnings(file: string, context: FormatContext): InputWarning[] {
    const warnings: InputWarning[] = [];
    const warn = (message: string, line?: number): void => void warnings.push({ message, file, ...(line === undefined ? {} : { line }) });
    const first = (map: Map<string, Tally>): number => inFileOrder(map)[0]![1].line;
    const noLsoa = total(this.noLsoa);
    if (noLsoa > 0) warn(`${rowsText(noLsoa)} had no LSOA code and ${noLsoa === 1 ? 'is' : 'are'} not in any district total`, first(this.noLsoa));
    if (this.unknownLsoa.size > 0) warn(`${rowsText(total(this.unknownLsoa))} had LSOA codes that are not in the LSOA lookup (${listed(inFileOrder(this.unknownLsoa).map(([code]) => code))}) and are not in any district total`, first(this.unknownLsoa));
    if (this.outside.size > 0) warn(`${rowsText(total(this.outside))} fell in districts outside the county and comparators (${listed(inFileOrder(this.outside).map(([code]) => code))}) and are not counted`, first(this.outside));
    for (const [type, { count, line }] of inFileOrder(this.unknownTypes)) warn(`Crime type "${type}" is not one data.police.uk publishes (${rowsText(count)}): it is not counted in any measure, nor in all_crime`, line);
    const unconfigured = streetMeasures.filter((measure) => !context.measures.has(measure));
    if (unconfigured.length > 0) warn(`Measures ${unconfigured.join(', ')} are not in the configuration, so their counts are left out`);
    return warnings;
  }
}

/** Where one LSOA code's rows go: its district and, in the home district, its ward; or why nowhere. */
type Place = { areas: string[]; district: string; districtName: string } | { leftOut: Map<string, Tally>; key: string };

function placeOf(rawCode: string, context: FormatContext, leftOut: LeftOut): Place {
  const code = rawCode.trim();
  if (code === '') return { leftOut: leftOut.noLsoa, key: '' };
  const entry = context.lookups.lsoa.get(code);
  if (entry === undefined) return { leftOut: leftOut.unknownLsoa, key: code };
  if (!context.knownAreas.has(entry.areaCode)) return { leftOut: leftOut.outside, key: entry.areaCode };
  const areas = entry.areaCode === context.config.area && entry.wardCode !== '' ? [entry.areaCode, entry.wardCode] : [entry.areaCode];
  return { areas, district: entry.areaCode, districtName: entry.areaName };
}

/**
 * Places a street-level file's counted rows in districts and wards through the LSOA lookup. Each
 * distinct LSOA, month and crime type is looked up once, however many rows carry it. A district
 * (or the home district's wards) gets a value for every measure in each month it has rows in
 * this file, zero where no row of a type fell, so a quiet month is not mistaken for a missing
 * one. Rows that cannot be placed are counted and reported, never silently dropped.
 */
export function placeCells(parts: readonly CountedPart[], rows: number, file: string, monthColumn: number, context: FormatContext): FormatOutput {
  const leftOut = new LeftOut();
  const totals = new AreaMonthTotals();
  for (const { cells, lineOffset } of parts) {
    const months = cells.months.map((raw) => raw.trim()).map((month) => ({ month, valid: parsePeriod(month)?.kind === 'month' }));
    const measures = cells.types.map((raw) => ({ type: raw.trim(), measure: measureOfCrimeType(raw.trim()) }));
    const places = cells.lsoas.map((raw) => placeOf(raw, context, leftOut));
    for (let i = 0; i < cells.size; i++) {
      const count = cells.count[i]!;
      const line = cells.line[i]! + lineOffset;
      const { month, valid } = months[cells.month[i]!]!;
      if (!valid) {
        tally(leftOut.badMonths, month, count, line);
        continue;
      }
      const { type, measure } = measures[cells.type[i]!]!;
      if (measure === undefined) {
        tally(leftOut.unknownTypes, type || '(blank)', count, line);
        continue;
      }
      const place = places[cells.lsoa[i]!]!;
      if ('leftOut' in place) tally(place.leftOut, place.key, count, line);
      else totals.add(place, measure, month, count, line);
    }
  }
  const log = new ProblemLog(file);
  for (const [month, { count, line }] of inFileOrder(leftOut.badMonths)) {
    log.add(`Month "${month}" is not a month`, line, monthColumn, { found: `"${month}"${count > 1 ? ` (in ${rowsText(count)}, the first shown)` : ''}`, expected: 'YYYY-MM, as data.police.uk writes it (e.g. 2024-01)', fix: 'Download the file again: a spreadsheet may have turned the month into a date.' });
  }
  const observations = observationsOf(totals, homeWards(context.lookups.lsoa, context.config.area), context.config.area, path.basename(file), context);
  return emptyOutput({ observations, problems: log.list(), warnings: leftOut.warnings(file, context), rows });
}

/**
 * Counts by area, month and measure, keyed by small numbers: a national year has millions of
 * (LSOA, month, type) cells but only thousands of these totals.
 */
class AreaMonthTotals {
  readonly names = new Map<string, string>();
  /** The months each district has rows in. */
  readonly covered = new Map<string, Set<string>>();
  private readonly cells = new Map<string, Map<string, Map<string, Tally>>>();

  add(place: Extract<Place, { areas: string[] }>, measure: string, month: string, count: number, line: number): void {
    this.names.set(place.district, place.districtName);
    let months = this.covered.get(place.district);
    if (months === undefined) this.covered.set(place.district, (months = new Set()));
    months.add(month);
    for (const area of place.areas) {
      const byMeasure = this.monthOf(area, month);
      tally(byMeasure, measure, count, line);
      if (measure !== ASB_MEASURE) tally(byMeasure, ALL_CRIME_MEASURE, count, line);
    }
  }

  private monthOf(area: string, month: string): Map<string, Tally> {
    let byMonth = this.cells.get(area);
    if (byMonth === undefined) this.cells.set(area, (byMonth = new Map()));
    let byMeasure = byMonth.get(month);
    if (byMeasure === undefined) byMonth.set(month, (byMeasure = new Map()));
    return byMeasure;
  }

  get(measure: string, area: string, month: string): Tally | undefined {
    return this.cells.get(area)?.get(month)?.get(measure);
  }
}

/** One observation per measure, covered district and month, and per home ward in the home district's months. */
function observationsOf(totals: AreaMonthTotals, wards: Map<string, string>, home: string, file: string, context: FormatContext): Observation[] {
  const observations: Observation[] = [];
  const { covered, names } = totals;
  const districts = [...covered.keys()].sort();
  const homeMonths = [...(covered.get(home) ?? [])].sort();
  const get = (measure: string, area: string, month: string): Tally | undefined => totals.get(measure, area, month);
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
