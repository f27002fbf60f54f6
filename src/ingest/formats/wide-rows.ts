import { mappingLabelKey, type ColumnSource, type FileMapping } from '../../config/mapping-types.js';
import type { CsvRow } from '../csv-table.js';
import { parseValue } from '../parse-value.js';
import { cspKey, type FormatContext } from './format.js';
import type { Layout } from './wide-header.js';

/**
 * The rows under a partner table's header: where the table ends and the notes begin, and what
 * each row is: figures for an area, a row left out by rule (totals, skip_rows, county, unlisted
 * categories), or a row for an area assess does not know. Merged label cells are filled down here.
 */

/** What to do with one row of the table. */
export type RowOutcome =
  /** Left out on purpose: reported in the file's "Ignored ... by rule" warning. */
  | { kind: 'left out'; reason: string }
  /** An area name that area_names, the codes and the CSP lookup do not know. */
  | { kind: 'unknown area'; label: string }
  /** A known code that is not a district of the county, a comparator or a ward. */
  | { kind: 'outside'; label: string }
  /** Figures to read; `measure` when the row (its category, or the whole mapping) names one. */
  | { kind: 'area'; areaCode: string; areaLabel: string; measure?: string };

const codePattern = /^[EWSNK]\d{8}$/;

function isTotal(label: string): boolean {
  const key = mappingLabelKey(label);
  return /^(grand )?total\b/.test(key) || /^sub ?total\b/.test(key);
}

/** A row with something in a value column (a number, or a value that is wrong). */
export function hasContent(row: CsvRow, layout: Layout): boolean {
  return layout.values.some((column) => (row.cells[column.index] ?? '').trim() !== '');
}

/**
 * The number of body rows that are the table. Notes: everything from a blank line followed by a
 * row without a number (text, or the header of another table), and rows with no values at the
 * end. A blank line inside the table is kept.
 */
export function tableEnd(body: CsvRow[], layout: Layout): number {
  const endLine = (row: CsvRow): number => row.line + row.cells.reduce((sum, cell) => sum + (cell.match(/\n/g)?.length ?? 0), 0);
  const hasNumber = (row: CsvRow): boolean => layout.values.some((column) => {
    const value = parseValue(row.cells[column.index] ?? '');
    return value.ok && value.value !== null;
  });
  let end = body.length;
  for (let i = 1; i < body.length; i++) {
    if (body[i]!.line > endLine(body[i - 1]!) + 1 && !hasNumber(body[i]!)) {
      end = i;
      break;
    }
  }
  while (end > 0 && !hasContent(body[end - 1]!, layout)) end--;
  return end;
}

/** Classifies the table's rows in order; it remembers the last labels, for merged cells filled down. */
export class RowClassifier {
  private readonly areaNames: Map<string, string>;
  private readonly skipRows: Set<string>;
  private readonly categories: Map<string, string> | undefined;
  private readonly area: ColumnSource | undefined;
  private readonly category: ColumnSource | undefined;
  private lastArea = '';
  private lastCategory = '';

  constructor(private readonly mapping: FileMapping, private readonly layout: Layout, private readonly context: FormatContext) {
    this.areaNames = new Map(mapping.areaNames.map(({ name, code }) => [mappingLabelKey(name), code]));
    this.skipRows = new Set(mapping.skipRows.map(mappingLabelKey));
    this.categories = mapping.values.kind === 'categories' ? new Map(mapping.values.measures.map(({ label, measure }) => [mappingLabelKey(label), measure])) : undefined;
    this.area = 'code' in mapping.area ? undefined : mapping.area;
    this.category = mapping.values.kind === 'categories' ? mapping.values.category : undefined;
  }

  classify(row: CsvRow): RowOutcome {
    const cell = (index: number | undefined): string => (index === undefined ? '' : (row.cells[index] ?? '').trim().replace(/\s+/g, ' '));
    let areaLabel = cell(this.layout.areaIndex);
    if (areaLabel === '' && this.area?.fillDown) areaLabel = this.lastArea;
    else if (areaLabel !== '') this.lastArea = areaLabel;
    let categoryLabel = cell(this.layout.categoryIndex);
    if (categoryLabel === '' && this.category?.fillDown) categoryLabel = this.lastCategory;
    else if (categoryLabel !== '') this.lastCategory = categoryLabel;

    const namedArea = this.areaNames.get(mappingLabelKey(areaLabel));
    const measureOfCategory = this.categories?.get(mappingLabelKey(categoryLabel));
    const skipped = [areaLabel, categoryLabel].find((label) => label !== '' && this.skipRows.has(mappingLabelKey(label)));
    if (skipped !== undefined) return { kind: 'left out', reason: `skip_rows "${skipped}"` };
    if ((this.area !== undefined && namedArea === undefined && isTotal(areaLabel)) || (this.categories !== undefined && measureOfCategory === undefined && isTotal(categoryLabel))) {
      return { kind: 'left out', reason: 'total rows' };
    }
    if (namedArea === 'county' || namedArea === 'skip') {
      return { kind: 'left out', reason: `${namedArea === 'county' ? 'county total' : 'left out by area_names'} "${areaLabel}"` };
    }
    if (this.categories !== undefined && measureOfCategory === undefined) {
      return { kind: 'left out', reason: `category "${categoryLabel === '' ? '(blank)' : categoryLabel}" not under "measures"` };
    }

    let areaCode: string | undefined;
    if ('code' in this.mapping.area) areaCode = this.mapping.area.code;
    // Usually an unlabelled total under the table.
    else if (areaLabel === '') return { kind: 'left out', reason: `no area in column ${this.layout.areaIndex! + 1}` };
    else areaCode = namedArea ?? (codePattern.test(areaLabel) || this.context.knownAreas.has(areaLabel) ? areaLabel : this.context.lookups.csp.get(cspKey(areaLabel)));
    if (areaCode === undefined) return { kind: 'unknown area', label: areaLabel };
    if (!this.context.knownAreas.has(areaCode)) {
      return { kind: 'outside', label: areaLabel === '' || areaLabel === areaCode ? areaCode : `${areaLabel} (${areaCode})` };
    }
    const measure = measureOfCategory ?? (this.mapping.values.kind === 'measure' ? this.mapping.values.measure : undefined);
    return { kind: 'area', areaCode, areaLabel, ...(measure === undefined ? {} : { measure }) };
  }
}
