/**
 * The fictional places of the synthetic sample: the county of Wealdshire (12 districts), eight
 * districts in other counties that complete Medbury's most similar group, and Medbury's wards.
 * Every name and code is invented; the E07999/E05999/E10999 codes are not real ONS codes.
 */
import { largestRemainder, lognormalFactor, rngFor, uniform } from './random.js';

export interface SampleArea {
  code: string;
  name: string;
  /** Residents at the base year (used by the 2023 folder); later folders grow it slightly. */
  population: number;
  /** Overall crime level relative to a typical district (1 = typical). */
  crimeLevel: number;
}

export interface SampleWard {
  code: string;
  name: string;
  /** Relative share of the district's residents. */
  popWeight: number;
  /** Crime per resident relative to the district (High Street, the town centre, is far higher). */
  crimeLevel: number;
}

export const COUNTY = { name: 'Wealdshire', code: 'E10999001' } as const;
export const HOME_CODE = 'E07999006';
export const HOME_NAME = 'Medbury';
/** Population figures in data/<Y>/population.csv are this year's estimate grown for later folders. */
export const BASE_YEAR = 2023;

export const COUNTY_AREAS: SampleArea[] = [
  { code: 'E07999001', name: 'Ashworth Vale', population: 118_436, crimeLevel: 0.84 },
  { code: 'E07999002', name: 'Bramleigh', population: 152_287, crimeLevel: 1.09 },
  { code: 'E07999003', name: 'Caverley', population: 104_712, crimeLevel: 0.8 },
  { code: 'E07999004', name: 'Dunmere', population: 139_815, crimeLevel: 0.93 },
  { code: 'E07999005', name: 'Fenstow', population: 126_540, crimeLevel: 0.88 },
  { code: HOME_CODE, name: HOME_NAME, population: 178_943, crimeLevel: 0.86 },
  { code: 'E07999007', name: 'Harrowdene', population: 113_208, crimeLevel: 0.9 },
  { code: 'E07999008', name: 'Kestonbridge', population: 187_615, crimeLevel: 1.04 },
  { code: 'E07999009', name: 'Lydstone', population: 147_093, crimeLevel: 0.97 },
  { code: 'E07999010', name: 'Orlingham', population: 162_829, crimeLevel: 1.05 },
  { code: 'E07999011', name: 'Radleigh Forest', population: 121_954, crimeLevel: 0.82 },
  { code: 'E07999012', name: 'Saltmarsh Coast', population: 134_627, crimeLevel: 1.13 },
];

/** Districts in other (equally fictional) counties, members of Medbury's most similar group. */
export const OTHER_COMPARATORS: SampleArea[] = [
  { code: 'E07999101', name: 'Brackenford', population: 156_210, crimeLevel: 1.0 },
  { code: 'E07999102', name: 'Chilcombe Vale', population: 171_482, crimeLevel: 0.94 },
  { code: 'E07999103', name: 'Deverill Downs', population: 143_905, crimeLevel: 0.86 },
  { code: 'E07999104', name: 'Fosbridge', population: 182_334, crimeLevel: 1.12 },
  { code: 'E07999105', name: 'Greymoor', population: 128_761, crimeLevel: 0.98 },
  { code: 'E07999106', name: 'Kingsmere', population: 165_027, crimeLevel: 1.07 },
  { code: 'E07999107', name: 'Marlstone', population: 149_612, crimeLevel: 0.91 },
  { code: 'E07999108', name: 'Wyvern Hills', population: 137_448, crimeLevel: 1.08 },
];

/** Medbury's most similar group: the home district, three Wealdshire neighbours and eight others. */
export const COMPARATOR_CODES: string[] = [
  HOME_CODE, 'E07999002', 'E07999008', 'E07999010',
  ...OTHER_COMPARATORS.map((a) => a.code),
];

/** Every district that gets police data and a population row, in code order. */
export const ALL_AREAS: SampleArea[] = [...COUNTY_AREAS, ...OTHER_COMPARATORS];

export const HOME_AREA: SampleArea = COUNTY_AREAS.find((a) => a.code === HOME_CODE)!;

/** Medbury's wards. "High Street" is the town centre; one name has an ampersand, one an accent. */
export const HOME_WARDS: SampleWard[] = [
  ['Abbotsfield', 1.0, 0.8],
  ['Ashby & Thurlow', 0.9, 0.55],
  ['Beaupré', 1.05, 0.9],
  ['Bridgeside', 1.1, 1.35],
  ['Coldharbour', 1.15, 1.2],
  ['Eastfield', 1.2, 1.1],
  ['Foxhole', 0.75, 0.6],
  ['Greenway', 1.0, 0.85],
  ['Heathmere', 0.85, 0.65],
  ['High Street', 1.05, 3.6],
  ['Kingsdown', 1.1, 0.95],
  ['Longmead', 0.95, 0.75],
  ['Millbrook', 1.2, 1.05],
  ['North Medbury', 1.15, 1.25],
  ['Priory', 1.0, 1.6],
  ['Ridgeway', 0.9, 0.7],
  ['South Medbury Rural', 0.65, 0.45],
  ['Westbourne', 1.05, 0.85],
].map(([name, popWeight, crimeLevel], i) => ({
  code: `E05999${String(i + 1).padStart(3, '0')}`,
  name: name as string,
  popWeight: popWeight as number,
  crimeLevel: crimeLevel as number,
}));

export interface PopulationRow {
  code: string;
  name: string;
  population: number;
  dwellings: number;
  households: number;
  population_10_17: number;
}

/** Population and denominators of a district for the folder of assessment year `year`. */
export function populationFor(area: SampleArea, year: number): PopulationRow {
  const rng = rngFor('population', area.code);
  const growth = uniform(rng, 0.004, 0.011);
  const perDwelling = uniform(rng, 2.32, 2.48);
  const perHousehold = uniform(rng, 2.28, 2.42);
  const youthShare = uniform(rng, 0.089, 0.101);
  const population = Math.round(area.population * (1 + growth) ** (year - BASE_YEAR));
  return {
    code: area.code,
    name: area.name,
    population,
    dwellings: Math.round(population / perDwelling),
    households: Math.round(population / perHousehold),
    population_10_17: Math.round(population * youthShare),
  };
}

/** Medbury's ward populations for a folder's year; they sum exactly to the district's population. */
export function wardPopulations(year: number): number[] {
  const total = populationFor(HOME_AREA, year).population;
  // A fixed jitter per ward, so ward sizes look surveyed rather than set.
  return largestRemainder(total, HOME_WARDS.map((w) => w.popWeight * lognormalFactor(rngFor('ward-pop', w.code), 0.05)));
}
