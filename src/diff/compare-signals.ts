/** SPC signals that started or ended, and priorities that entered or left the recommended list. Pure. */
import type { PriorityRecord, SpcRecord, SpcSignalRecord } from '../figures/export-figures.js';
import type { MeasureRef, PriorityChange, SpcChange } from './types.js';

/** A signal still running at the chart's latest month: what a committee can act on. */
function running(record: SpcRecord | undefined): SpcSignalRecord | null {
  return record?.latest?.continues ? record.latest : null;
}

/**
 * The same signal seen in both builds: same side and reading, and months in common. A run that
 * ended and a new one on the same side (a 2023 run since March 2023, a 2024 run since March
 * 2024) are two signals: one ended and one started.
 */
function sameSignal(a: SpcSignalRecord, b: SpcSignalRecord): boolean {
  const start = a.start > b.start ? a.start : b.start;
  const end = a.end < b.end ? a.end : b.end;
  return a.side === b.side && a.variation === b.variation && start <= end;
}

export function compareSpc(measures: readonly MeasureRef[], before: readonly SpcRecord[], after: readonly SpcRecord[], area: string): { started: SpcChange[]; ended: SpcChange[] } {
  const byMeasure = (records: readonly SpcRecord[]) => new Map(records.filter((r) => r.area_code === area).map((r) => [r.measure, r]));
  const a = byMeasure(before);
  const b = byMeasure(after);
  const started: SpcChange[] = [];
  const ended: SpcChange[] = [];
  for (const measure of measures) {
    const from = a.get(measure.id);
    const to = b.get(measure.id);
    const was = running(from);
    const is = running(to);
    if (was && is && sameSignal(was, is)) continue;
    const summaries = { beforeSummary: from?.summary ?? null, afterSummary: to?.summary ?? null };
    if (was) ended.push({ measure, signal: was, ...summaries });
    if (is) started.push({ measure, signal: is, ...summaries });
  }
  return { started, ended };
}

export function comparePriorities(before: readonly PriorityRecord[], after: readonly PriorityRecord[]): { entered: PriorityChange[]; left: PriorityChange[] } {
  const place = (records: readonly PriorityRecord[], theme: string) => {
    const found = records.find((r) => r.theme === theme);
    return found === undefined ? null : { rank: found.rank, total: found.total };
  };
  const recommended = (records: readonly PriorityRecord[]) => new Set(records.filter((r) => r.recommended).map((r) => r.theme));
  const wasRecommended = recommended(before);
  const isRecommended = recommended(after);
  const change = (record: PriorityRecord): PriorityChange => ({ theme: record.theme, title: record.title, before: place(before, record.theme), after: place(after, record.theme) });
  return {
    entered: after.filter((r) => r.recommended && !wasRecommended.has(r.theme)).map(change),
    left: before.filter((r) => r.recommended && !isRecommended.has(r.theme)).map(change),
  };
}
