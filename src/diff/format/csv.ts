/** The diff as CSV: one line per difference, figures unrounded, for spreadsheets and scripts. */
import { csvCell } from '../../figures/export-figures.js';
import type { Cell, FigureDiff, MeasureRef } from '../types.js';
import { spcVerdict } from '../values.js';

const DIFF_CSV_COLUMNS = ['category', 'item', 'item_label', 'area_code', 'area_name', 'field', 'before', 'after', 'county_before', 'county_after', 'pct_change', 'direction', 'detail'] as const;

type Line = Partial<Record<(typeof DIFF_CSV_COLUMNS)[number], Cell>>;

function measureLines(diff: FigureDiff): Line[] {
  const home = { area_code: diff.home.code, area_name: diff.home.name };
  const of = (m: MeasureRef) => ({ item: m.id, item_label: m.label, ...home });
  return [
    ...diff.rankMoves.map((r) => ({ category: 'county_rank', ...of(r.measure), field: 'county_rank', before: r.before.rank, after: r.after.rank, direction: r.verdict })),
    ...diff.comparisons.map((c) => ({ category: 'comparison', ...of(c.measure), field: c.benchmark === 'county' ? 'county_comparison' : 'msg_comparison', before: c.before, after: c.after, direction: c.verdict })),
    ...diff.colours.map((c) => ({ category: 'colour', ...of(c.measure), field: `${c.cell}_colour`, before: c.before, after: c.after })),
    ...diff.crossings.map((c) => ({ category: 'crossed_county', ...of(c.measure), field: c.figure, before: c.before.value, after: c.after.value, county_before: c.before.county, county_after: c.after.county, direction: c.verdict })),
    ...diff.rateChanges.map((r) => ({ category: 'rate_change', ...of(r.measure), field: r.figure, before: r.before, after: r.after, pct_change: r.pctChange, direction: r.verdict })),
    ...(['started', 'ended'] as const).flatMap((kind) => diff.spc[kind].map((s) => ({
      category: `spc_${kind}`, ...of(s.measure), field: 'spc_summary', before: s.beforeSummary, after: s.afterSummary, direction: spcVerdict(s, kind === 'started'),
      detail: `${s.signal.rule} ${s.signal.side} (${s.signal.variation}) ${s.signal.start} to ${s.signal.end}`,
    }))),
  ];
}

function lines(diff: FigureDiff): Line[] {
  return [
    ...diff.measures.appeared.map((m) => ({ category: 'measure_added', item: m.id, item_label: m.label })),
    ...diff.measures.disappeared.map((m) => ({ category: 'measure_removed', item: m.id, item_label: m.label })),
    ...diff.areas.appeared.map((a) => ({ category: 'area_added', area_code: a.code, area_name: a.name })),
    ...diff.areas.disappeared.map((a) => ({ category: 'area_removed', area_code: a.code, area_name: a.name })),
    ...measureLines(diff),
    ...(['entered', 'left'] as const).flatMap((kind) => diff.priorities[kind].map((p) => ({
      category: `priority_${kind}`, item: p.theme, item_label: p.title, field: 'priority_rank', before: p.before?.rank ?? null, after: p.after?.rank ?? null,
    }))),
    ...diff.revisions.map((r) => ({ category: 'revision', item: r.measure.id, item_label: r.measure.label, area_code: r.area.code, area_name: r.area.name, field: r.field, before: r.before, after: r.after })),
  ];
}

const text = (value: Cell | undefined): string => csvCell(typeof value === 'boolean' ? String(value) : (value ?? null));

export function diffCsv(diff: FigureDiff): string {
  const rows = [DIFF_CSV_COLUMNS.join(','), ...lines(diff).map((line) => DIFF_CSV_COLUMNS.map((column) => text(line[column])).join(','))];
  return rows.join('\n') + '\n';
}
