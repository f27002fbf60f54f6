import { mappingHeaderKey, type FileMapping } from '../../config/mapping-types.js';
import type { InputWarning } from '../../model.js';
import type { CsvRow } from '../csv-table.js';
import type { ProblemLog } from '../problems.js';
import { areaSource, autoPeriod, categorySource, columnIndex, configuredHeaders, namedColumn, valueColumnsOf, type Layout, type ValueColumn } from './wide-header.js';

/**
 * Once the header is found: where the labels and values are, checked against what the mapping
 * names. A column the mapping needs and the header lacks is a problem (logged); a listed period
 * column that is missing, or years read by `periods: auto` that may not match year_end_month,
 * is a warning (returned, in the order found).
 */
export function readLayout(header: CsvRow, mapping: FileMapping, yearEndMonth: number, where: string, file: string, log: ProblemLog): { layout: Layout; warnings: InputWarning[] } {
  const warnings: InputWarning[] = [];
  const keys = header.cells.map(mappingHeaderKey);
  const shownHeader = header.cells.map((cell) => cell.trim().replace(/\s+/g, ' '));
  const layout: Layout = {
    areaIndex: columnIndex(areaSource(mapping), keys),
    categoryIndex: columnIndex(categorySource(mapping), keys),
    values: valueColumnsOf(keys, header.cells, mapping),
  };

  // The header must hold what the mapping names.
  for (const [source, index, key] of [[areaSource(mapping), layout.areaIndex, 'area'], [categorySource(mapping), layout.categoryIndex, 'category']] as const) {
    if (source === undefined || index !== undefined) continue;
    log.add(`The header has no column "${namedColumn(source)}" for the ${key}`, header.line, undefined, {
      found: shownHeader.filter((cell) => cell !== '').join(','),
      expected: `a column "${namedColumn(source)}" (${where})`,
      fix: `Correct "${key}: { column: ... }" in the mapping, or give the column's number counting from 1.`,
    });
  }
  const seenPeriods = new Map<string, ValueColumn>();
  for (const column of layout.values) {
    const key = `${column.measure ?? ''}|${column.period}`;
    const earlier = seenPeriods.get(key);
    if (earlier !== undefined) {
      log.add(`Columns ${earlier.index + 1} ("${earlier.header}") and ${column.index + 1} ("${column.header}") are both read as ${column.measure ?? 'the figures'} for ${column.period}`, header.line, column.index + 1, {
        found: `${earlier.header}, ${column.header}`,
        expected: 'one column per period and measure',
        fix: `Rename or delete one of the two columns, or list the periods one by one under "periods:" (${where}).`,
      });
    }
    seenPeriods.set(key, column);
  }
  const configured = configuredHeaders(mapping);
  const missing = configured.filter((name) => !keys.includes(mappingHeaderKey(name)));
  if (layout.values.length === 0) {
    log.add('The header has none of the value columns the mapping names', header.line, undefined, {
      found: shownHeader.filter((cell) => cell !== '').join(','),
      expected: configured.length > 0 ? `one or more of ${configured.join(', ')} (${where})` : 'year columns such as 2010/11 or 2012',
      fix: 'Correct the header texts under "periods:" or "columns:" to match the file (case and spaces do not matter).',
    });
  } else if (missing.length > 0) {
    warnings.push({ message: `The header has no column ${missing.map((name) => `"${name}"`).join(', ')} named in ${where}; ${missing.length === 1 ? 'it is' : 'they are'} not read`, file, line: header.line });
  }
  if (mapping.values.kind !== 'columns' && mapping.values.periods === 'auto') {
    const spans = layout.values.filter((c) => autoPeriod(c.header)?.kind === 'span');
    const years = layout.values.filter((c) => autoPeriod(c.header)?.kind === 'year');
    const yearEnd = yearEndMonth;
    if (spans.length > 0 && yearEnd !== 3) {
      warnings.push({ message: `Columns ${spans.map((c) => c.header).join(', ')} were read as assessment years ${spans.map((c) => c.period).join(', ')}, which end in month ${yearEnd} (year_end_month); if they are financial years (April to March) they cover different months: map them explicitly under "periods:"`, file, line: header.line });
    }
    if (years.length > 0 && yearEnd !== 12) {
      warnings.push({ message: `Columns ${years.map((c) => c.header).join(', ')} were read as assessment years ending in month ${yearEnd} (year_end_month); if they are calendar years they cover different months: map them explicitly under "periods:"`, file, line: header.line });
    }
  }
  return { layout, warnings };
}
