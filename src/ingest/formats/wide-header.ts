import { mappingHeaderKey, type ColumnSource, type FileMapping } from '../../config/mapping-types.js';
import type { CsvRow } from '../csv-table.js';

/**
 * Finding a partner table's header among the title lines above it, and which of its columns
 * hold the labels (area, category) and the values (a period, or a measure) the mapping names.
 */

/** A column whose cells are values: which period and (for `columns:`) which measure. */
export interface ValueColumn {
  index: number;
  header: string;
  period: string;
  measure?: string;
}

/** Where the rows' labels and values are, once the header is found. */
export interface Layout {
  areaIndex?: number;
  categoryIndex?: number;
  values: ValueColumn[];
}

/**
 * A header such as 2011/12, 2011-12, "2010/ 11" or 2011/2012 is the year ending in 2012; a bare
 * 2012 is 2012. Anything else (Apr - Sep 2011, % Diff) is not a period and is not read.
 */
export function autoPeriod(header: string): { period: string; kind: 'span' | 'year' } | undefined {
  const text = header.replace(/\s+/g, '').replace(/^(fy|financialyear)/i, '');
  if (/^\d{4}$/.test(text)) return { period: text, kind: 'year' };
  const span = /^(\d{4})[/\-–](\d{2}|\d{4})$/.exec(text);
  if (span === null) return undefined;
  const start = Number(span[1]);
  const end = span[2]!.length === 2 ? (start + 1) % 100 : start + 1;
  return Number(span[2]) === end ? { period: String(start + 1), kind: 'span' } : undefined;
}

/** The header's value columns: those `periods:` or `columns:` name, or year headers for `periods: auto`. */
export function valueColumnsOf(keys: readonly string[], header: readonly string[], mapping: FileMapping): ValueColumn[] {
  const found: ValueColumn[] = [];
  const { values } = mapping;
  keys.forEach((key, index) => {
    if (key === '') return;
    const text = header[index]!.trim().replace(/\s+/g, ' ');
    if (values.kind === 'columns') {
      const column = values.columns.find((c) => mappingHeaderKey(c.header) === key);
      if (column !== undefined) found.push({ index, header: text, period: values.period, measure: column.measure });
      return;
    }
    if (values.periods === 'auto') {
      const auto = autoPeriod(text);
      if (auto !== undefined) found.push({ index, header: text, period: auto.period });
      return;
    }
    const period = values.periods.find((p) => mappingHeaderKey(p.header) === key);
    if (period !== undefined) found.push({ index, header: text, period: period.period });
  });
  return found;
}

/** The value-column headers the mapping lists (none for `periods: auto`). */
export function configuredHeaders(mapping: FileMapping): string[] {
  const { values } = mapping;
  if (values.kind === 'columns') return values.columns.map((c) => c.header);
  return values.periods === 'auto' ? [] : values.periods.map((p) => p.header);
}

/** A label column's header text, when it is named rather than numbered. */
export function namedColumn(source: ColumnSource | undefined): string | undefined {
  return source !== undefined && 'header' in source.column ? source.column.header : undefined;
}

/** The area column, unless the whole file is about one area. */
export function areaSource(mapping: FileMapping): ColumnSource | undefined {
  return 'code' in mapping.area ? undefined : mapping.area;
}

/** The category column, for a row per area and category. */
export function categorySource(mapping: FileMapping): ColumnSource | undefined {
  return mapping.values.kind === 'categories' ? mapping.values.category : undefined;
}

/** A label column's 0-based index in the header, or undefined when the header lacks it. */
export function columnIndex(source: ColumnSource | undefined, keys: readonly string[]): number | undefined {
  if (source === undefined) return undefined;
  if ('number' in source.column) return source.column.number - 1;
  const index = keys.indexOf(mappingHeaderKey(source.column.header));
  return index < 0 ? undefined : index;
}

/** The header row: the configured line, or the first row with the named columns and enough period (or measure) columns. */
export function findHeader(rows: CsvRow[], mapping: FileMapping): number | undefined {
  if (mapping.headerRow !== undefined) {
    const index = rows.findIndex((row) => row.line === mapping.headerRow);
    return index < 0 ? undefined : index;
  }
  const configured = configuredHeaders(mapping).length;
  const needed = mapping.values.kind !== 'columns' && mapping.values.periods === 'auto' ? 2 : Math.min(2, configured);
  const named = [namedColumn(areaSource(mapping)), namedColumn(categorySource(mapping))].filter((name): name is string => name !== undefined).map(mappingHeaderKey);
  const index = rows.findIndex((row) => {
    const keys = row.cells.map(mappingHeaderKey);
    return named.every((name) => keys.includes(name)) && valueColumnsOf(keys, row.cells, mapping).length >= needed;
  });
  return index < 0 ? undefined : index;
}
