/**
 * `mappings:` in the configuration: how a partner spreadsheet saved as CSV (a wide table, one
 * column per period or per measure, one row per area or category) turns into observations.
 * The types and the matching rules shared by the parser and the reader. See docs/partner-spreadsheets.md.
 */

/** A column named by its header text (matched ignoring case and spaces) or by its 1-based number. */
export type ColumnRef = { header: string } | { number: number };

export interface ColumnSource {
  column: ColumnRef;
  /** A blank cell takes the value of the cell above (merged cells saved as CSV). */
  fillDown: boolean;
}

/** Header text -> period ('YYYY' assessment year or 'YYYY-MM'), or 'auto' for headers such as 2011/12. */
export type PeriodColumns = { header: string; period: string }[] | 'auto';

/** What the table's value cells are. */
export type MappingValues =
  /** `measure:` one measure; a column per period, a row per area. */
  | { kind: 'measure'; measure: string; periods: PeriodColumns }
  /** `category:` + `measures:` a row per area and category, the category naming the measure. */
  | { kind: 'categories'; category: ColumnSource; measures: { label: string; measure: string }[]; periods: PeriodColumns }
  /** `columns:` + `period:` a column per measure, all for one period (e.g. a caseload snapshot). */
  | { kind: 'columns'; columns: { header: string; measure: string }[]; period: string };

/** One entry of `mappings:`. */
export interface FileMapping {
  /** 1-based position in `mappings:`, for messages and the reader's id. */
  index: number;
  /** Line of the entry in the configuration file (or in sourceFile). */
  configLine?: number;
  /** The file the entry was read from when it is not the configuration: a year's mappings.yaml. */
  sourceFile?: string;
  /** Glob (`*` and `?`) on the file's name, or on its path in the data folder when it contains `/`. */
  file: string;
  agency?: string;
  /** 1-based line of the header in the file; undefined = found automatically. */
  headerRow?: number;
  /** The one area the whole file is about (a code), or the column that holds the area. */
  area: { code: string } | ColumnSource;
  /** Names as written in the file -> area code, or 'county' / 'skip' for rows to leave out. */
  areaNames: { name: string; code: string }[];
  values: MappingValues;
  /** Row labels (area or category) left out on purpose, besides total rows. */
  skipRows: string[];
}

export const mappingKeys = ['file', 'agency', 'header_row', 'area', 'area_names', 'category', 'measures', 'measure', 'columns', 'period', 'periods', 'skip_rows'] as const;
/** Targets of `area_names` that leave the rows out instead of naming an area. */
export const areaNameSkips = ['county', 'skip'] as const;

/** How header cells are compared: case, spaces and line breaks do not count, nor a trailing footnote mark. */
export function mappingHeaderKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, '').replace(/[*†‡]+$/, '');
}

/** How row labels (areas, categories, skip_rows) are compared: case, punctuation, "&"/"and" and footnote marks do not count. */
export function mappingLabelKey(text: string): string {
  return text.toLowerCase().replace(/&/g, ' and ').replace(/[^a-z0-9]+/g, ' ').trim();
}

