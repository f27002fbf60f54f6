/** Every figure that differs between two builds of the same year, with old and new values. Pure. */
import { figureColumns, wardColumns } from '../figures/figure-columns.js';
import type { FieldValue, FiguresDocument } from './figures-file.js';
import type { AreaRef, MeasureRef, Revision } from './types.js';

// Names identify a row rather than being figures of it.
const ROW_KEYS = new Set(['measure', 'area_code', 'area_name', 'period', 'kind']);
const WARD_KEYS = new Set(['measure', 'ward_code', 'ward_name']);

/** The figures of a row that can be revised: every published column but the row's identity. */
const ROW_FIELDS: readonly string[] = figureColumns.map((c) => c.name).filter((name) => !ROW_KEYS.has(name));
const WARD_FIELDS: readonly string[] = wardColumns.map((c) => c.name).filter((name) => !WARD_KEYS.has(name));

/** An empty text is no value, as in figures.csv: a row missing from one build has no "suppressed" years either. */
const present = (value: FieldValue | undefined): FieldValue => (value === undefined || value === '' ? null : value);

interface Keyed {
  key: string;
  measure: string;
  area: AreaRef;
  level: Revision['level'];
  record: Record<string, FieldValue>;
}

function keyedRecords(document: FiguresDocument): Keyed[] {
  return [
    ...document.rows.map((r): Keyed => ({ key: `row|${r.measure}|${r.area_code}`, measure: r.measure, area: { code: r.area_code, name: r.area_name }, level: r.kind === 'county' ? 'county' : 'area', record: r })),
    ...document.wards.map((w): Keyed => ({ key: `ward|${w.measure}|${w.ward_code}`, measure: w.measure, area: { code: w.ward_code, name: w.ward_name }, level: 'ward', record: w })),
  ];
}

/**
 * `measures`: those in both builds; `areas`: the district codes in both. Rows of a measure or
 * district that is in one build only are reported as appeared or disappeared instead; a row or
 * ward missing from one build is compared as if all its figures were null there.
 */
export function compareRevisions(measures: ReadonlyMap<string, MeasureRef>, areas: ReadonlySet<string>, before: FiguresDocument, after: FiguresDocument): Revision[] {
  const earlier = new Map(keyedRecords(before).map((k) => [k.key, k]));
  const later = new Map(keyedRecords(after).map((k) => [k.key, k]));
  // In the later build's order, then the rows and wards only the earlier build has.
  const places = [...later.values(), ...[...earlier.values()].filter((k) => !later.has(k.key))];
  const revisions: Revision[] = [];
  for (const at of places) {
    const a = earlier.get(at.key);
    const b = later.get(at.key);
    const measure = measures.get(at.measure);
    if (measure === undefined || (at.level === 'area' && !areas.has(at.area.code))) continue;
    for (const field of at.level === 'ward' ? WARD_FIELDS : ROW_FIELDS) {
      const from = present(a?.record[field]);
      const to = present(b?.record[field]);
      if (from !== to) revisions.push({ measure, area: at.area, level: at.level, field, before: from, after: to });
    }
  }
  return revisions;
}
