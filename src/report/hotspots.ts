import type { MeasureDefinition, WardFigure } from '../model.js';
import { formatCount, formatDecimal, formatPct } from '../narrative/format.js';
import { SUPPRESSED } from '../statistics/suppression.js';
import { disclosureNote } from './measure-table.js';
import type { HotspotView } from './view-types.js';

const TOP_WARDS = 5;

function lowerFirst(label: string): string {
  // Keep acronyms (ASB, KSI) as they are; lower-case an ordinary first word for mid-sentence use.
  return /^[A-Z][a-z]/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;
}

/**
 * The home district's top wards for one measure, by volume, with their share of the district.
 * A ward withheld by small-number suppression shows "*" in every column (its rate or share would
 * give its count back) and is never named in the sentence.
 */
export function hotspots(measure: MeasureDefinition, wards: WardFigure[], homeName: string, homeTotal: number | null, yearLabel: string): HotspotView | undefined {
  const rows = wards.filter((w) => w.measure === measure.id && (w.suppressed || (w.value !== null && w.value > 0)));
  if (rows.length === 0 || measure.ratioOf) return undefined;
  const top = rows.slice(0, TOP_WARDS);
  const share = (w: WardFigure): string => (w.value === null ? SUPPRESSED : homeTotal ? formatPct((100 * w.value) / homeTotal) : 'n/a');
  // Ward rates exist only for measures rated per resident; a column of n/a says nothing.
  const withRate = top.some((w) => w.per1000 !== null);
  const rate = (w: WardFigure): string[] => (withRate ? [w.suppressed ? SUPPRESSED : w.per1000 === null ? 'n/a' : formatDecimal(w.per1000)] : []);
  const rule = top.find((w) => w.disclosure !== undefined)?.disclosure;
  return {
    caption: `${measure.label}: top ${top.length} wards in ${homeName}, ${yearLabel}`,
    headers: ['Ward', 'Count', ...(withRate ? ['Per 1,000 residents'] : []), 'Share of district'],
    rows: top.map((w) => [w.wardName, w.value === null ? SUPPRESSED : formatCount(w.value), ...rate(w), share(w)]),
    sentence: hotspotSentence(measure, top, homeName, yearLabel, share) + (withRate ? rateSentence(rows, top) : ''),
    ...(rule === undefined ? {} : { footnote: `${SUPPRESSED} ${disclosureNote(rule, measure.agency)}` }),
  };
}

function hotspotSentence(measure: MeasureDefinition, top: WardFigure[], homeName: string, yearLabel: string, share: (w: WardFigure) => string): string {
  const shown = top.filter((w) => w.value !== null && !w.suppressed);
  const first = shown[0];
  const what = lowerFirst(measure.label);
  if (first === undefined) return `In ${yearLabel}, ward figures for ${what} in ${homeName} are suppressed because they are small.`;
  const tied = shown.filter((w) => w.value === first.value);
  const names = tied.map((w) => w.wardName);
  const who = names.length === 1 ? `${names[0]} ward` : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]} wards`;
  const each = tied.length > 1 ? ' each' : '';
  return `In ${yearLabel}, ${who} recorded the highest volume of ${what} in ${homeName}, with ${formatCount(first.value)}${each} (${share(first)} of the district total).`;
}

/**
 * Which ward has the highest rate per 1,000 residents, among every ward with a shown count and a
 * rate (not only the top by volume); a withheld ward is never named. Empty when no ward has one.
 */
function rateSentence(rows: WardFigure[], top: WardFigure[]): string {
  const rated = rows.filter((w) => !w.suppressed && w.value !== null && w.per1000 !== null);
  if (rated.length === 0) return '';
  const max = Math.max(...rated.map((w) => w.per1000!));
  const leaders = rated.filter((w) => w.per1000 === max);
  const shown = top.filter((w) => w.value !== null && !w.suppressed);
  const volumeLeaders = shown.filter((w) => w.value === shown[0]?.value);
  const at = `at ${formatDecimal(max)} per 1,000 residents`;
  if (volumeLeaders.length === 1 && leaders.length === 1 && leaders[0] === volumeLeaders[0]) return ` The same ward also has the highest rate, ${at}.`;
  const names = leaders.map((w) => w.wardName);
  if (names.length === 1) return ` By rate, ${names[0]} ward is highest, ${at}.`;
  return ` By rate, ${names.slice(0, -1).join(', ')} and ${names[names.length - 1]} wards are highest, ${at} each.`;
}
