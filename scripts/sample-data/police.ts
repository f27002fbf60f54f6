/**
 * Synthetic police counts. Each district-month is drawn as independent Poisson counts of
 * "leaves" (the smallest pieces: violence with / without injury, theft from / of / other vehicle
 * crime, repeat / other domestic abuse, the offence groups and an "other crimes" remainder);
 * every catalogue measure is a sum of leaves, so the published figures are consistent by
 * construction (all crime = groups + remainder, subsets never exceed their totals, and ward
 * figures add up to the district's).
 */
import { bundledMeasures } from '../../src/catalogue/measures.js';
import { HOME_CODE, HOME_WARDS, type SampleArea } from './geography.js';
import { calendarMonth, daysInMonth, monthIndex } from './months.js';
import { largestRemainder, lognormalFactor, poisson, rngFor, uniform } from './random.js';

/** The offence groups that make up all crime (with the "other crimes" remainder). */
export const CRIME_GROUPS = [
  'violence_against_person', 'sexual_offences', 'robbery', 'burglary_residential', 'burglary_other',
  'vehicle_crime', 'bicycle_theft', 'shoplifting', 'theft_from_person', 'other_theft',
  'criminal_damage', 'public_order', 'drug_offences', 'possession_of_weapons',
] as const;

/** Recorded offences outside the groups above (miscellaneous crimes against society): the measure other_crime. */
export const OTHER_CRIMES = 'other_crimes';

interface Family {
  /** Annual rate per 1,000 residents in a typical district. */
  rate: number;
  /** Seasonal amplitude and calendar month of the peak. */
  amp: number;
  peak: number;
  /** How strongly the family concentrates in high-crime wards (weight = ward level ^ this). */
  wardExponent: number;
  /** Leaves of the family with their share range; the last leaf takes what is left. */
  parts?: [leaf: string, lo: number, hi: number][];
  rest?: string;
}

const FAMILIES: Record<string, Family> = {
  violence_against_person: { rate: 26, amp: 0.1, peak: 7, wardExponent: 1, parts: [['violence_with_injury', 0.32, 0.4]], rest: 'violence_without_injury' },
  sexual_offences: { rate: 2.4, amp: 0.06, peak: 7, wardExponent: 0.9 },
  robbery: { rate: 0.6, amp: 0.1, peak: 12, wardExponent: 1.3 },
  burglary_residential: { rate: 2.0, amp: 0.15, peak: 12, wardExponent: 0.3 },
  burglary_other: { rate: 1.0, amp: 0.08, peak: 12, wardExponent: 0.8 },
  vehicle_crime: { rate: 4.5, amp: 0.08, peak: 11, wardExponent: 0.5, parts: [['theft_from_vehicle', 0.52, 0.6], ['theft_of_vehicle', 0.24, 0.3]], rest: 'vehicle_interference' },
  bicycle_theft: { rate: 0.8, amp: 0.35, peak: 7, wardExponent: 1 },
  shoplifting: { rate: 6.5, amp: 0.08, peak: 12, wardExponent: 1.8 },
  theft_from_person: { rate: 0.5, amp: 0.12, peak: 12, wardExponent: 1.6 },
  other_theft: { rate: 7.5, amp: 0.08, peak: 8, wardExponent: 1 },
  criminal_damage: { rate: 8.0, amp: 0.08, peak: 8, wardExponent: 0.8 },
  public_order: { rate: 7.5, amp: 0.12, peak: 7, wardExponent: 1.2 },
  drug_offences: { rate: 2.0, amp: 0.08, peak: 6, wardExponent: 1.3 },
  possession_of_weapons: { rate: 0.6, amp: 0.08, peak: 7, wardExponent: 1.2 },
  asb: { rate: 34, amp: 0.25, peak: 7, wardExponent: 0.9 },
  da_incidents: { rate: 14, amp: 0.08, peak: 7, wardExponent: 0.35, parts: [['da_repeat_victims', 0.22, 0.3]], rest: 'da_other_incidents' },
};

/** Hand-set annual trends for the home district, so the sample tells a story; others are random. */
const HOME_TRENDS: Record<string, number> = {
  violence_against_person: -0.03, burglary_residential: -0.07, robbery: 0.09, shoplifting: 0.04,
  asb: -0.06, da_incidents: 0.04, criminal_damage: -0.05, drug_offences: 0.06,
};

/** The special-cause shift: Medbury's shoplifting jumps by 45% from January 2024. */
export const SHIFT = { area: HOME_CODE, family: 'shoplifting', from: '2024-01', factor: 1.45 } as const;

/** Trends are anchored at this month (factor 1). */
const TREND_ANCHOR = monthIndex('2022-10');

function leavesOfFamily(id: string): string[] {
  const family = FAMILIES[id];
  if (!family) throw new Error(`no synthetic family ${id}`);
  return family.parts ? [...family.parts.map(([leaf]) => leaf), family.rest!] : [id];
}

/**
 * data.police.uk's coarser groupings (and the Home Office's "miscellaneous crimes against
 * society", which the sample calls the other-crimes remainder), as sums of the groups above.
 */
const GROUPINGS: Record<string, string[]> = {
  burglary: ['burglary_residential', 'burglary_other'],
  violence_and_sexual_offences: ['violence_against_person', 'sexual_offences'],
  other_crime: [OTHER_CRIMES],
};

/** The leaves a catalogue measure sums. */
export function leavesOf(measure: string): string[] {
  if (measure === 'all_crime') return [...CRIME_GROUPS.flatMap(leavesOfFamily), OTHER_CRIMES];
  const grouping = GROUPINGS[measure];
  if (grouping) return grouping.flatMap((part) => (part === OTHER_CRIMES ? [OTHER_CRIMES] : leavesOfFamily(part)));
  if (FAMILIES[measure]) return leavesOfFamily(measure);
  const isLeaf = Object.values(FAMILIES).some((f) => f.rest === measure || f.parts?.some(([leaf]) => leaf === measure));
  if (isLeaf) return [measure];
  throw new Error(`the sample-data generator has no recipe for police measure "${measure}"`);
}

/** Every police count measure of the bundled catalogue (ratio measures are computed by assess). */
export function policeMeasureIds(): string[] {
  const ids = bundledMeasures.filter((m) => m.agency === 'police' && !m.ratioOf).map((m) => m.id);
  for (const id of ids) leavesOf(id); // fail loudly when the catalogue gains a measure
  return ids;
}

export type LeafCounts = Record<string, number>;

export function sumLeaves(counts: LeafCounts, measure: string): number {
  return leavesOf(measure).reduce((total, leaf) => total + (counts[leaf] ?? 0), 0);
}

/** Expected monthly count of a family in an area (before splitting into leaves). */
function familyMean(area: SampleArea, id: string, family: Family, month: string): number {
  const rng = rngFor('family', area.code, id);
  const areaFactor = lognormalFactor(rng, 0.15);
  const areaTrend = uniform(rngFor('area-trend', area.code), -0.03, 0.02);
  const growth = area.code === HOME_CODE && id in HOME_TRENDS ? HOME_TRENDS[id]! : areaTrend + uniform(rng, -0.06, 0.06);
  const t = (monthIndex(month) - TREND_ANCHOR) / 12;
  const season = 1 + family.amp * Math.cos((2 * Math.PI * (calendarMonth(month) - family.peak)) / 12);
  const shift = area.code === SHIFT.area && id === SHIFT.family && monthIndex(month) >= monthIndex(SHIFT.from) ? SHIFT.factor : 1;
  const annual = (family.rate / 1000) * area.population * area.crimeLevel * areaFactor;
  return annual * (1 + growth) ** t * season * shift * (daysInMonth(month) / 365.25);
}

/** Leaf shares of a family in an area (fixed over time). */
function leafShares(area: SampleArea, id: string, family: Family): [string, number][] {
  if (!family.parts) return [[id, 1]];
  const rng = rngFor('shares', area.code, id);
  const shares: [string, number][] = family.parts.map(([leaf, lo, hi]) => [leaf, uniform(rng, lo, hi)]);
  shares.push([family.rest!, 1 - shares.reduce((a, [, s]) => a + s, 0)]);
  return shares;
}

/** The district's police counts for one month, by leaf. */
export function districtLeafCounts(area: SampleArea, month: string): LeafCounts {
  const counts: LeafCounts = {};
  let groupsMean = 0;
  for (const [id, family] of Object.entries(FAMILIES)) {
    const mean = familyMean(area, id, family, month);
    if ((CRIME_GROUPS as readonly string[]).includes(id)) groupsMean += mean;
    for (const [leaf, share] of leafShares(area, id, family)) {
      counts[leaf] = poisson(rngFor('police', area.code, leaf, month), mean * share);
    }
  }
  const otherShare = uniform(rngFor('other-crimes', area.code), 0.025, 0.035);
  counts[OTHER_CRIMES] = poisson(rngFor('police', area.code, OTHER_CRIMES, month), groupsMean * otherShare);
  return counts;
}

function familyOfLeaf(leaf: string): string {
  for (const [id, family] of Object.entries(FAMILIES)) {
    if (id === leaf || family.rest === leaf || family.parts?.some(([l]) => l === leaf)) return id;
  }
  return OTHER_CRIMES;
}

/**
 * Splits a district month among the home district's wards: each leaf by weights (ward
 * population x crime level, jittered per month), largest remainder, so wards sum to the district.
 */
export function wardLeafCounts(district: LeafCounts, month: string, wardPops: number[]): LeafCounts[] {
  const wards: LeafCounts[] = HOME_WARDS.map(() => ({}));
  for (const [leaf, total] of Object.entries(district)) {
    const family = familyOfLeaf(leaf);
    const exponent = FAMILIES[family]?.wardExponent ?? 1;
    const jitter = rngFor('ward-split', leaf, month);
    const weights = HOME_WARDS.map((ward, i) => {
      const fixed = lognormalFactor(rngFor('ward-level', ward.code, family), 0.2);
      return (wardPops[i] ?? 0) * ward.crimeLevel ** exponent * fixed * lognormalFactor(jitter, 0.25);
    });
    largestRemainder(total, weights).forEach((n, i) => { wards[i]![leaf] = n; });
  }
  return wards;
}
