import type { AssessConfig, FigureRow, MeasureDefinition, Observation } from '../model.js';
import { hasRate } from '../figures/measure-rows.js';
import { monthsOfAssessmentYear } from '../ingest/periods.js';
import type { Improvement } from '../statistics/spc-types.js';

/** Fewer than this many months gives limits too unstable to judge special causes (statistics.md). */
export const MIN_SPC_MONTHS = 24;
/** Four years of months is enough history; older months would only flatten the limits. */
const MAX_SPC_MONTHS = 48;

export function improvementOf(measure: MeasureDefinition): Improvement {
  return measure.polarity === 'lower_is_better' ? 'decrease' : measure.polarity === 'higher_is_better' ? 'increase' : 'neither';
}

function previousMonth(key: string): string {
  const [y, m] = key.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/**
 * The home district's monthly counts of a measure, in an unbroken run ending with the last month
 * of the assessment year; null when the run is shorter than an SPC chart needs.
 */
export function monthlyRun(observations: readonly Observation[], measureId: string, area: string, year: number, config: AssessConfig): { labels: string[]; values: number[] } | null {
  const byMonth = new Map<string, number>();
  for (const o of observations) {
    if (o.measure === measureId && o.areaCode === area && /^\d{4}-\d{2}$/.test(o.period) && o.value !== null) byMonth.set(o.period, (byMonth.get(o.period) ?? 0) + o.value);
  }
  const labels: string[] = [];
  let month = monthsOfAssessmentYear(year, config.yearEndMonth).at(-1)!;
  while (byMonth.has(month) && labels.length < MAX_SPC_MONTHS) {
    labels.unshift(month);
    month = previousMonth(month);
  }
  if (labels.length < MIN_SPC_MONTHS) return null;
  return { labels, values: labels.map((l) => byMonth.get(l)!) };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "March 2024" for the narrative, from "2024-03". */
export function longMonth(key: string): string {
  const [year, month] = key.split('-');
  return `${MONTHS[Number(month) - 1]} ${year}`;
}

/** The county's districts by rate (or value), for the league chart. */
export function leagueAreas(rows: readonly FigureRow[], measure: MeasureDefinition, config: AssessConfig): { name: string; value: number | null; home: boolean }[] {
  const rated = hasRate(measure);
  return rows
    .filter((r) => r.measure === measure.id && r.kind === 'area' && config.county.areas.includes(r.areaCode))
    .map((r) => ({ name: r.areaName, value: rated ? r.per1000 : r.value, home: r.areaCode === config.area }));
}
