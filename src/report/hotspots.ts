import type { MeasureDefinition, WardFigure } from '../model.js';
import { formatCount, formatDecimal, formatPct } from '../narrative/format.js';
import type { HotspotView } from './view-types.js';

const TOP_WARDS = 5;

function lowerFirst(label: string): string {
  // Keep acronyms (ASB, KSI) as they are; lower-case an ordinary first word for mid-sentence use.
  return /^[A-Z][a-z]/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;
}

/** The home district's top wards for one measure, by volume, with their share of the district. */
export function hotspots(measure: MeasureDefinition, wards: WardFigure[], homeName: string, homeTotal: number | null, yearLabel: string): HotspotView | undefined {
  const rows = wards.filter((w) => w.measure === measure.id && w.value > 0);
  if (rows.length === 0 || measure.ratioOf) return undefined;
  const top = rows.slice(0, TOP_WARDS);
  const share = (value: number): string => (homeTotal ? formatPct((100 * value) / homeTotal) : 'n/a');
  const first = top[0]!;
  const tied = top.filter((w) => w.value === first.value);
  const names = tied.map((w) => w.wardName);
  const who = names.length === 1 ? `${names[0]} ward` : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]} wards`;
  const each = tied.length > 1 ? ' each' : '';
  const sentence = `In ${yearLabel}, ${who} recorded the highest volume of ${lowerFirst(measure.label)} in ${homeName}, with ${formatCount(first.value)}${each} (${share(first.value)} of the district total).`;
  // Ward rates exist only for measures rated per resident; a column of n/a says nothing.
  const withRate = top.some((w) => w.per1000 !== null);
  const rate = (w: WardFigure): string[] => (withRate ? [w.per1000 === null ? 'n/a' : formatDecimal(w.per1000)] : []);
  return {
    caption: `${measure.label}: top ${top.length} wards in ${homeName}, ${yearLabel}`,
    headers: ['Ward', 'Count', ...(withRate ? ['Per 1,000 residents'] : []), 'Share of district'],
    rows: top.map((w) => [w.wardName, formatCount(w.value), ...rate(w), share(w.value)]),
    sentence,
  };
}
