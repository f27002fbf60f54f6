/**
 * Synthetic annual partner figures (fire, probation, youth offending, highways, health) for the
 * Wealdshire districts. Period = the assessment-year label ('2024' = Oct 2023 - Sep 2024).
 */
import { BASE_YEAR, HOME_AREA, HOME_WARDS, populationFor, type SampleArea } from './geography.js';
import { binomial, lognormalFactor, poisson, rngFor, uniform } from './random.js';

export interface AnnualFile {
  file: string;
  agency: string;
  description: string;
  measures: string[];
}

/** The annual files of a year folder, with the agency each stands for. */
export const ANNUAL_FILES: AnnualFile[] = [
  { file: 'fire-incidents.csv', agency: 'fire', description: 'accidental and deliberate fires attended, by district', measures: ['fires_accidental', 'fires_deliberate'] },
  { file: 'probation-reoffending.csv', agency: 'probation', description: 'adult proven re-offending: offenders in the cohort and those who re-offended, by district', measures: ['reoffending_cohort', 'reoffenders'] },
  { file: 'youth-offending.csv', agency: 'youth offending', description: 'first-time entrants to the youth justice system (aged 10-17), by district', measures: ['youth_first_time_entrants'] },
  { file: 'road-casualties.csv', agency: 'highways', description: 'road traffic collision casualties: all, killed or seriously injured (KSI), aged 16 or under, by district', measures: ['road_casualties', 'road_ksi', 'road_child_casualties'] },
  { file: 'health-admissions.csv', agency: 'health', description: 'hospital admissions for violence and for alcohol-related conditions, by district; admissions for violence also by ward for Medbury (small counts, shown under the NHS suppression rule)', measures: ['hospital_assault', 'hospital_alcohol'] },
];

interface Base {
  /** Annual rate per 1,000 of the denominator in a typical district. */
  rate: number;
  denominator: 'population' | 'population_10_17';
  /** How much the district's crime level moves this measure (0 = not at all). */
  crimeLink: number;
}

const BASES: Record<string, Base> = {
  fires_accidental: { rate: 0.75, denominator: 'population', crimeLink: 0.2 },
  fires_deliberate: { rate: 0.85, denominator: 'population', crimeLink: 1 },
  reoffending_cohort: { rate: 3.4, denominator: 'population', crimeLink: 1 },
  youth_first_time_entrants: { rate: 2.7, denominator: 'population_10_17', crimeLink: 0.8 },
  road_casualties: { rate: 3.3, denominator: 'population', crimeLink: 0 },
  hospital_assault: { rate: 0.33, denominator: 'population', crimeLink: 1 },
  hospital_alcohol: { rate: 5.2, denominator: 'population', crimeLink: 0.5 },
};

/** Measures drawn as a share of another one in the same year. */
const SUBSETS: Record<string, { of: string; lo: number; hi: number }> = {
  reoffenders: { of: 'reoffending_cohort', lo: 0.22, hi: 0.3 },
  road_ksi: { of: 'road_casualties', lo: 0.11, hi: 0.16 },
  road_child_casualties: { of: 'road_casualties', lo: 0.07, hi: 0.11 },
};

function baseValue(area: SampleArea, measure: string, base: Base, year: number): number {
  const rng = rngFor('annual', area.code, measure);
  const factor = lognormalFactor(rng, 0.15) * area.crimeLevel ** base.crimeLink;
  const growth = uniform(rng, -0.07, 0.06);
  const denominator = populationFor(area, BASE_YEAR)[base.denominator];
  const mean = (base.rate / 1000) * denominator * factor * (1 + growth) ** (year - 2022);
  return poisson(rngFor('annual', area.code, measure, year), mean);
}

/** The value of an annual measure for a district in assessment year `year`. */
export function annualValue(area: SampleArea, measure: string, year: number): number {
  const base = BASES[measure];
  if (base) return baseValue(area, measure, base, year);
  const subset = SUBSETS[measure];
  if (!subset) throw new Error(`the sample-data generator has no recipe for annual measure "${measure}"`);
  const share = uniform(rngFor('annual-share', area.code, measure), subset.lo, subset.hi);
  const drift = uniform(rngFor('annual-share', area.code, measure, year), -0.015, 0.015);
  const total = annualValue(area, subset.of, year);
  return binomial(rngFor('annual', area.code, measure, year), total, share + drift);
}

/**
 * Measures of an annual file also given by ward for the home district. Hospital admissions for
 * violence by ward are small counts (most 0 to 7), which is what the NHS suppression rule is for:
 * the sample exercises it in every output.
 */
const WARD_MEASURES: Record<string, string[]> = { 'health-admissions.csv': ['hospital_assault'] };

export interface WardAnnualRow {
  measure: string;
  areaCode: string;
  areaName: string;
  period: string;
  value: number;
}

/**
 * The home district's value split over its wards by residents and crime level (a multinomial
 * draw, so the wards add up to the district). Fixed weights, not a folder's ward populations,
 * so the 2023 and 2024 folders agree on the years they share.
 */
export function wardAnnualValues(measure: string, year: number): number[] {
  const rng = rngFor('annual-ward', measure, year);
  const weights = HOME_WARDS.map((ward) => ward.popWeight * ward.crimeLevel);
  let left = annualValue(HOME_AREA, measure, year);
  let weightLeft = weights.reduce((sum, w) => sum + w, 0);
  return weights.map((weight) => {
    const k = weightLeft <= weight ? left : binomial(rng, left, weight / weightLeft);
    left -= k;
    weightLeft -= weight;
    return k;
  });
}

/** The ward rows of an annual file for assessment years year-2..year (none for most files). */
export function wardAnnualRows(file: string, year: number): WardAnnualRow[] {
  return (WARD_MEASURES[file] ?? []).flatMap((measure) =>
    [year - 2, year - 1, year].flatMap((y) => {
      const values = wardAnnualValues(measure, y);
      return HOME_WARDS.map((ward, i) => ({ measure, areaCode: ward.code, areaName: ward.name, period: String(y), value: values[i]! }));
    }));
}
