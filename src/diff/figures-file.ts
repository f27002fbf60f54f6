/**
 * figures.json as `assess diff` reads it: checked to be an assess output of the format this
 * version writes, so two builds are never compared on fields that mean something else.
 */
import { AssessError, ExitCode } from '../errors.js';
import { FIGURES_FORMAT_VERSION, type PriorityRecord, type RowColourRecord, type SpcRecord } from '../figures/export-figures.js';

export interface FiguresMeta {
  generator: string;
  partnership: string;
  area: string;
  year: number;
  period_labels: string[];
  year_labels: string[];
  county: { code: string; name: string };
  comparator_group: string | null;
  format_version: number;
  colouring: string;
}

export interface MeasureRecord {
  id: string;
  label: string;
  polarity: 'lower_is_better' | 'higher_is_better' | 'neutral';
  denominator: string;
  ratio_of?: string[];
  value_kind?: 'rate';
}

export type FieldValue = string | number | boolean | null;

/** A row of figures.json: the figures.csv columns (see figure-columns.ts). */
export interface FigureRecord {
  measure: string;
  area_code: string;
  area_name: string;
  kind: 'area' | 'county';
  [field: string]: FieldValue;
}

export interface WardRecord {
  measure: string;
  ward_code: string;
  ward_name: string;
  [field: string]: FieldValue;
}

export interface FiguresDocument {
  meta: FiguresMeta;
  measures: MeasureRecord[];
  areas: { code: string; name: string }[];
  rows: FigureRecord[];
  wards: WardRecord[];
  colours: RowColourRecord[];
  spc: SpcRecord[];
  priorities: PriorityRecord[] | null;
}

const EXPECTED = 'figures.json written by assess build';

function rebuild(year: unknown): string {
  const y = typeof year === 'number' ? String(year) : '<year>';
  return `Rebuild it with this version of assess: assess build ${y} (with --out for a folder other than out/${y}).`;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

type Kind = 'string' | 'number' | 'boolean';

/** The fields diff relies on, per section: every item is checked, so a damaged file is bad input, not a crash. */
const SHAPES: Record<string, Record<string, Kind>> = {
  measures: { id: 'string', label: 'string', polarity: 'string' },
  areas: { code: 'string', name: 'string' },
  rows: { measure: 'string', area_code: 'string', area_name: 'string', kind: 'string' },
  wards: { measure: 'string', ward_code: 'string', ward_name: 'string' },
  colours: { measure: 'string', area_code: 'string', change: 'string', rate: 'string' },
  spc: { measure: 'string', area_code: 'string', summary: 'string', last_month: 'string' },
  priorities: { rank: 'number', theme: 'string', title: 'string', total: 'number', recommended: 'boolean' },
};

/** The figures a row compares, each a number or null (a string would be compared as text). */
const ROW_NUMBERS = ['value', 'previous_value', 'change', 'pct_change', 'per_1000', 'county_per_1000', 'county_rank', 'county_rank_of', 'msg_rank', 'msg_rank_of', 'value_two_years_ago', 'previous_county_rank', 'lower_95', 'upper_95'];

const isTexts = (value: unknown, count: number): boolean => Array.isArray(value) && value.length === count && value.every((item) => typeof item === 'string');

/** What is wrong with the metadata diff reads (names, periods, the county); undefined when nothing is. */
function metaDamage(meta: Record<string, unknown>): string | undefined {
  const wrong: [boolean, string][] = [
    [typeof meta.year !== 'number', 'meta.year (a number)'],
    [typeof meta.area !== 'string', 'meta.area (a string)'],
    [typeof meta.partnership !== 'string', 'meta.partnership (a string)'],
    [!isTexts(meta.period_labels, 3), 'meta.period_labels (three strings)'],
    [!isTexts(meta.year_labels, 3), 'meta.year_labels (three strings)'],
    [!isObject(meta.county) || typeof meta.county.code !== 'string' || typeof meta.county.name !== 'string', 'meta.county (its code and name)'],
    [meta.comparator_group !== null && typeof meta.comparator_group !== 'string', 'meta.comparator_group (a string or null)'],
    [typeof meta.colouring !== 'string', 'meta.colouring (a string)'],
  ];
  const found = wrong.find(([bad]) => bad);
  return found === undefined ? undefined : `no ${found[1]}`;
}

/** What is wrong with the document's sections, e.g. "rows[12] without area_code"; undefined when nothing is. */
function damageOf(document: Record<string, unknown>): string | undefined {
  for (const [section, shape] of Object.entries(SHAPES)) {
    const items = document[section];
    if (section === 'priorities' && items === null) continue;
    if (!Array.isArray(items)) return `no ${section} list`;
    for (const [i, item] of items.entries()) {
      const field = Object.entries(shape).find(([name, kind]) => !isObject(item) || typeof item[name] !== kind);
      if (field !== undefined) return `${section}[${i}] without ${field[0]} (a ${field[1]})`;
      if (section === 'spc' && (!isObject(item) || (item.latest !== null && !isObject(item.latest)))) return `spc[${i}] without latest (a signal or null)`;
      const text = section === 'rows' && isObject(item) ? ROW_NUMBERS.find((name) => item[name] !== undefined && item[name] !== null && typeof item[name] !== 'number') : undefined;
      if (text !== undefined) return `rows[${i}] with ${text} that is not a number`;
    }
  }
  return undefined;
}

/** Parses and checks figures.json; `file` names it in every message. */
export function parseFiguresJson(text: string, file: string): FiguresDocument {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new AssessError(`${file} is not valid JSON (${(error as Error).message})`, ExitCode.badInput, {
      location: { file }, expected: EXPECTED, fix: 'The file is damaged or is not an assess output: run assess build again to rewrite it.',
    });
  }
  const meta = isObject(parsed) && isObject(parsed.meta) ? parsed.meta : undefined;
  if (!isObject(parsed) || meta === undefined || typeof meta.generator !== 'string' || !meta.generator.startsWith('assess')) {
    throw new AssessError(`${file} was not written by assess`, ExitCode.badInput, {
      location: { file }, found: 'no meta.generator naming assess', expected: EXPECTED, fix: 'Pass an output folder of assess build (out/<year>) or a year.',
    });
  }
  const version = meta.format_version;
  if (version !== FIGURES_FORMAT_VERSION) {
    const found = version === undefined ? 'no format_version (an earlier version of assess)' : `format_version ${JSON.stringify(version)}`;
    const newer = typeof version === 'number' && version > FIGURES_FORMAT_VERSION;
    throw new AssessError(`${file} was made by ${newer ? 'a newer' : 'an earlier'} version of assess (${meta.generator}) and cannot be compared`, ExitCode.badInput, {
      location: { file }, found, expected: `format_version ${FIGURES_FORMAT_VERSION}`, fix: newer ? 'Compare it with the version of assess that made it.' : rebuild(meta.year),
    });
  }
  const damage = metaDamage(meta) ?? damageOf(parsed);
  if (damage !== undefined) {
    throw new AssessError(`${file} is incomplete or damaged`, ExitCode.badInput, {
      location: { file }, found: damage, expected: EXPECTED, fix: rebuild(meta.year),
    });
  }
  return parsed as unknown as FiguresDocument;
}
