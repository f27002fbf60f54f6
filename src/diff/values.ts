/** Figures and verdicts of a diff as the reader sees them: en-GB, one decimal place, "pp" for points. */
import { formatCount, formatDecimal, formatPct, formatSignedChange, formatSignedPct, formatSignedPp, formatValue, NOT_AVAILABLE, roundHalfAwayFromZero } from '../narrative/format.js';
import type { Cell, MeasureRef, RankPosition, Revision, SpcChange, Tone, Verdict } from './types.js';

const VERDICT_WORDS: Record<string, string> = {
  better: 'Better', worse: 'Worse', best: 'Much better', worst: 'Much worse', similar: 'Similar', higher: 'Higher', lower: 'Lower',
};

/** A comparison with a benchmark, as the priorities table words it. */
export function comparisonText(verdict: string | null): string {
  return verdict === null ? 'Not compared' : (VERDICT_WORDS[verdict] ?? verdict);
}

export function verdictTone(verdict: Verdict): Tone {
  return verdict === 'improved' ? 'better' : verdict === 'worsened' ? 'worse' : 'none';
}

/** A signal of concern that starts reads worse and one that ends reads better; improvement the other way round. */
export function spcVerdict(change: SpcChange, started: boolean): Verdict {
  const { variation } = change.signal;
  if (variation !== 'concern' && variation !== 'improvement') return 'changed';
  return (variation === 'concern') === started ? 'worsened' : 'improved';
}

export function verdictText(verdict: Verdict): string {
  return verdict === 'improved' ? 'Improved' : verdict === 'worsened' ? 'Worsened' : 'Changed';
}

export function toneText(tone: Tone): string {
  return tone === 'better' ? 'Better (green)' : tone === 'worse' ? 'Worse (red)' : 'Not shaded';
}

export function rankText(position: RankPosition): string {
  return position.rank === null || position.of === null ? NOT_AVAILABLE : `${position.rank} of ${position.of}`;
}

/** A rate per 1,000 or a published rate to one decimal place; a proportion as a percentage. */
export function rateText(value: number, measure: MeasureRef, dp = 1): string {
  return measure.kind === 'percent' ? formatPct(value, dp) : formatDecimal(value, dp);
}

/** A difference of rates: per 1,000 to one decimal place ("+1.0", never "+1"), or percentage points. */
export function rateChangeText(change: number, measure: MeasureRef, dp = 1): string {
  if (measure.kind === 'percent') return formatSignedPp(change, dp);
  const shown = formatDecimal(change, dp);
  return roundHalfAwayFromZero(change, dp) > 0 ? `+${shown}` : shown;
}

/**
 * Two rates and their change, to one decimal place, or to as many more (up to four) as it takes
 * for the two to differ: a listed change is never shown as "0.2 -> 0.2, 0.0".
 */
export function rateChangeTexts(before: number, after: number, change: number, measure: MeasureRef): [string, string, string] {
  let dp = 1;
  while (dp < 4 && rateText(before, measure, dp) === rateText(after, measure, dp)) dp++;
  return [rateText(before, measure, dp), rateText(after, measure, dp), rateChangeText(change, measure, dp)];
}

const FIELD_LABELS: Record<string, string> = {
  value: 'Value', previous_value: 'Previous year', value_two_years_ago: 'Two years ago', change: 'Change', pct_change: '% change',
  per_1000: 'Per 1,000', county_per_1000: 'County per 1,000', county_rank: 'County rank', county_rank_of: 'Areas ranked in county',
  msg_rank: 'MSG rank', msg_rank_of: 'Areas ranked in MSG', previous_county_rank: 'County rank last year', denominator: 'Denominator',
  lower_95: 'Lower 95% limit', upper_95: 'Upper 95% limit', lower_998: 'Lower 99.8% limit', upper_998: 'Upper 99.8% limit',
  county_comparison: 'Compared with county', msg_comparison: 'Compared with MSG', change_z: 'Change z-score',
  change_notable: 'Significant change', suppressed: 'Suppressed',
};

export function fieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? field.replace(/_/g, ' ');
}

const COUNTS = new Set(['value', 'previous_value', 'value_two_years_ago']);
const DECIMALS = new Set(['per_1000', 'county_per_1000']);
const LIMITS = new Set(['lower_95', 'upper_95', 'lower_998', 'upper_998']);
const WHOLE = new Set(['county_rank', 'county_rank_of', 'msg_rank', 'msg_rank_of', 'previous_county_rank', 'denominator']);

/** One revised figure's value, formatted by what the field holds. */
function fieldText(field: string, value: Cell, measure: MeasureRef): string {
  if (value === null || value === '') return field === 'suppressed' ? 'none' : NOT_AVAILABLE;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string') {
    if (field === 'change_notable') return value === 'true' ? 'yes' : 'no';
    return field.endsWith('comparison') ? comparisonText(value) : value;
  }
  const percent = measure.kind === 'percent';
  if (COUNTS.has(field)) return formatValue(value, percent);
  if (field === 'change') return formatSignedChange(value, percent);
  if (field === 'pct_change') return formatSignedPct(value);
  if (DECIMALS.has(field)) return formatDecimal(value);
  if (LIMITS.has(field)) return percent ? formatPct(value) : formatDecimal(value);
  if (WHOLE.has(field)) return formatCount(value);
  if (field === 'change_z') return formatDecimal(value, 2);
  return String(value);
}

/**
 * Old and new text of a revised figure. Where rounding would show the two alike ("6.4" and
 * "6.4") both are written unrounded, so a revision is never listed without a visible difference.
 */
export function revisionTexts(revision: Revision): [string, string] {
  const before = fieldText(revision.field, revision.before, revision.measure);
  const after = fieldText(revision.field, revision.after, revision.measure);
  if (before === after && typeof revision.before === 'number' && typeof revision.after === 'number') return [String(revision.before), String(revision.after)];
  return [before, after];
}
