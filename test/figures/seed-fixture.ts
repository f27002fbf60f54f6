/**
 * Seed 002 section 3 (Maidstone, Oct09-Sep10 / Oct10-Sep11 / Oct11-Sep12) as a small annual
 * table: Maidstone's figures are the seed's; the three other Kent districts and the two
 * comparators outside Kent are invented so county totals, rates and ranks can be checked.
 */
import { bundledMeasures } from '../../src/catalogue/measures.js';
import type { AnnualTable, AreaPopulation, AssessConfig, WardInfo } from '../../src/model.js';

export const YEAR = 2012;
export const MAIDSTONE = 'E07000110';
export const ASHFORD = 'E07000105';
export const DOVER = 'E07000108';
export const SWALE = 'E07000113';
export const BASINGSTOKE = 'E07000084';
export const COLCHESTER = 'E07000071';
export const KENT = 'E10000016';

type Series = [number | null, number | null, number | null];

const SEED_MEASURES = [
  'all_crime', 'asb', 'burglary_residential', 'burglary_other', 'criminal_damage', 'da_incidents',
  'da_repeat_victims', 'da_repeat_pct', 'drug_offences', 'robbery', 'shoplifting', 'theft_from_vehicle',
  'bicycle_theft', 'violence_against_person',
];

export function seedConfig(overrides: Partial<AssessConfig> = {}): AssessConfig {
  return {
    partnership: 'Safer Maidstone Partnership',
    area: MAIDSTONE,
    county: { name: 'Kent', code: KENT, areas: [ASHFORD, DOVER, MAIDSTONE, SWALE] },
    comparators: { name: 'Most similar group', areas: [MAIDSTONE, SWALE, BASINGSTOKE, COLCHESTER] },
    yearEndMonth: 9,
    measures: SEED_MEASURES.map((id) => bundledMeasures.find((m) => m.id === id)!),
    themes: [],
    draft: false,
    sourceFile: 'assess.config.yaml',
    ...overrides,
  };
}

/** measure -> area -> [N-2, N-1, N] */
export const seedValues: Record<string, Record<string, Series>> = {
  all_crime: {
    [MAIDSTONE]: [9407, 9354, 8149],
    [ASHFORD]: [7000, 7100, 7300],
    [DOVER]: [5000, 5200, 5000],
    [SWALE]: [8000, 8200, 8100],
    [BASINGSTOKE]: [9000, 9100, 9000],
    [COLCHESTER]: [10000, 10200, 10500],
  },
  asb: { [MAIDSTONE]: [2968, 5234, 4923] },
  burglary_residential: { [MAIDSTONE]: [347, 410, 391] },
  burglary_other: { [MAIDSTONE]: [672, 715, 661] },
  criminal_damage: {
    [MAIDSTONE]: [1588, 1518, 1256],
    [ASHFORD]: [1200, 1100, 1000],
    [DOVER]: [900, 950, 900],
    [SWALE]: [1400, 1300, 1250],
    [BASINGSTOKE]: [1000, 1000, 1500],
    [COLCHESTER]: [1300, 1250, 1200],
  },
  da_incidents: {
    [MAIDSTONE]: [1698, 1845, 1692],
    [ASHFORD]: [1300, 1400, 1350],
    [DOVER]: [1100, 1150, 1200],
    [SWALE]: [1500, 1600, 1550],
  },
  da_repeat_victims: {
    [MAIDSTONE]: [401, 434, 411],
    [ASHFORD]: [300, 320, 330],
    [DOVER]: [250, 260, 270],
    [SWALE]: [360, 380, 390],
  },
  drug_offences: { [MAIDSTONE]: [521, 455, 359] },
  robbery: { [MAIDSTONE]: [57, 45, 37] },
  shoplifting: {
    [MAIDSTONE]: [917, 932, 955],
    [ASHFORD]: [600, 650, 640],
    [DOVER]: [400, 420, 380],
    [SWALE]: [700, 700, 690],
  },
  theft_from_vehicle: { [MAIDSTONE]: [647, 561, 504] },
  bicycle_theft: { [MAIDSTONE]: [126, 136, 112] },
  violence_against_person: { [MAIDSTONE]: [1788, 1716, 1656] },
};

/** Ward codes are keys of the same table, as ingest writes them. */
export const wardValues: Record<string, Record<string, number>> = {
  asb: { W_HIGH: 513, W_PARK: 191, W_FANT: 188, W_SWALE: 900 },
  burglary_residential: { W_FANT: 17, W_BOXLEY: 17, W_HIGH: 12 },
  da_incidents: { W_HIGH: 160 },
  da_repeat_victims: { W_HIGH: 40 },
};

export function buildAnnual(
  values: Record<string, Record<string, Series>>,
  wards: Record<string, Record<string, number>> = {},
  year = YEAR,
): AnnualTable {
  const table: AnnualTable = new Map();
  const put = (measure: string, code: string, y: number, value: number | null) => {
    if (!table.has(measure)) table.set(measure, new Map());
    const byArea = table.get(measure)!;
    if (!byArea.has(code)) byArea.set(code, new Map());
    byArea.get(code)!.set(y, value);
  };
  for (const [measure, areas] of Object.entries(values)) {
    for (const [code, series] of Object.entries(areas)) series.forEach((v, i) => put(measure, code, year - 2 + i, v));
  }
  for (const [measure, byWard] of Object.entries(wards)) {
    for (const [code, value] of Object.entries(byWard)) put(measure, code, year, value);
  }
  return table;
}

export const seedPopulation: AreaPopulation[] = [
  { areaCode: MAIDSTONE, areaName: 'Maidstone', denominators: { population: 149700, dwellings: 60100 } },
  { areaCode: ASHFORD, areaName: 'Ashford', denominators: { population: 118000, dwellings: 49000 } },
  { areaCode: DOVER, areaName: 'Dover', denominators: { population: 111000, dwellings: 49500 } },
  { areaCode: SWALE, areaName: 'Swale', denominators: { population: 135000, dwellings: 56000 } },
  { areaCode: BASINGSTOKE, areaName: 'Basingstoke and Deane', denominators: { population: 180000, dwellings: 72000 } },
  { areaCode: COLCHESTER, areaName: 'Colchester', denominators: { population: 190000, dwellings: 76000 } },
];

export const seedWards: WardInfo[] = [
  { wardCode: 'W_HIGH', wardName: 'High Street', areaCode: MAIDSTONE, population: 10000 },
  { wardCode: 'W_PARK', wardName: 'Park Wood', areaCode: MAIDSTONE, population: 7000 },
  { wardCode: 'W_FANT', wardName: 'Fant', areaCode: MAIDSTONE, population: 8000 },
  { wardCode: 'W_BOXLEY', wardName: 'Boxley', areaCode: MAIDSTONE },
  { wardCode: 'W_SWALE', wardName: 'Sheerness', areaCode: SWALE, population: 12000 },
];

export function seedInput(config = seedConfig()) {
  return { config, year: YEAR, annual: buildAnnual(seedValues, wardValues), population: seedPopulation, wards: seedWards };
}
