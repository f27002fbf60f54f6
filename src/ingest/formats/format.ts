import type { AssessError } from '../../errors.js';
import type { AreaPopulation, AssessConfig, InputWarning, MeasureDefinition, Observation, WardInfo } from '../../model.js';

/**
 * A reader for one published or partner file format. Readers are tried in registry order and
 * the first whose header matches reads the file. Lookups are read first, then denominators, then
 * data, so a data reader can join on what the lookups provide (LSOA -> ward -> district).
 */
export type FormatRole = 'lookup' | 'population' | 'data';

/** One row of an ONS LSOA -> ward -> local authority lookup. */
export interface LsoaEntry {
  lsoaCode: string;
  wardCode: string;
  wardName: string;
  areaCode: string;
  areaName: string;
}

export interface Lookups {
  /** LSOA code -> ward and district. */
  lsoa: Map<string, LsoaEntry>;
  /** Community Safety Partnership name as published (normalised with cspKey) -> area code. */
  csp: Map<string, string>;
}

export interface FormatContext {
  config: AssessConfig;
  measures: ReadonlyMap<string, MeasureDefinition>;
  /** Codes a row may use: the county's districts, the comparators and known wards. */
  knownAreas: ReadonlySet<string>;
  lookups: Lookups;
}

export interface FormatOutput {
  observations: Observation[];
  population: AreaPopulation[];
  /** Denominator columns supplied (population, dwellings, population_10_17, ...). */
  denominators: string[];
  wards: WardInfo[];
  lsoa: LsoaEntry[];
  csp: [name: string, areaCode: string][];
  problems: AssessError[];
  warnings: InputWarning[];
  /** Data rows read, for the methodology's information sources. */
  rows: number;
}

/** A file a streaming reader reads from its bytes: a plain file can be split across threads; a zip entry is inflated as it is read. */
export interface StreamedFile {
  /** Path relative to the data folder, and the path shown in messages. */
  name: string;
  shown: string;
  /** The header as the general reader parsed it from the start of the file. */
  header: { cells: string[]; keys: string[]; line: number };
  size: number;
  /** Starts with a UTF-16 byte-order mark: its bytes must be decoded before they can be scanned. */
  utf16: boolean;
  /** Set for a plain file on disk. */
  path?: string;
  /** The bytes from the start, in chunks. */
  open(): AsyncIterable<Uint8Array>;
  /** The whole decoded text, for the general reader when the bytes need it (UTF-16, old Mac line ends). */
  text(): Promise<string>;
}

export interface FormatReader {
  id: string;
  /** Shown in the methodology and `assess sources`, e.g. "data.police.uk street-level crime". */
  title: string;
  role: FormatRole;
  /** Recognises the format from its header keys (lower case, spaces collapsed) and file name. */
  matches(keys: readonly string[], fileName: string): boolean;
  /** The header this format expects, for the message when a file matches no format. */
  expectedHeader: string;
  read(text: string, file: string, context: FormatContext): FormatOutput;
  /**
   * Reads every file of this format at once from their bytes, in constant memory and in
   * parallel, instead of read() on each whole text: for formats that come by the gigabyte.
   */
  readStreamed?(files: readonly StreamedFile[], context: FormatContext, env: NodeJS.ProcessEnv, onFilesDone?: (done: number) => void): Promise<FormatOutput[]>;
}

export function emptyOutput(overrides: Partial<FormatOutput> = {}): FormatOutput {
  return { observations: [], population: [], denominators: [], wards: [], lsoa: [], csp: [], problems: [], warnings: [], rows: 0, ...overrides };
}

export const hasAll = (keys: readonly string[], wanted: readonly string[]): boolean => wanted.every((key) => keys.includes(key));

/** CSP names differ in case, "&"/"and" and spacing between publishers; match on a normal form. */
export function cspKey(name: string): string {
  return name.toLowerCase().replace(/&/g, ' and ').replace(/[^a-z0-9]+/g, ' ').trim();
}
