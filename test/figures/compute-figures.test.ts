import { bundledMeasures } from '../../src/catalogue/measures.js';
import { describe, expect, it } from 'vitest';
import { computeFigures } from '../../src/figures/compute-figures.js';
import type { FigureRow } from '../../src/model.js';
import { formatDecimal, formatSignedChange, formatSignedPct, formatValue } from '../../src/narrative/format.js';
import {
  ASHFORD, BASINGSTOKE, COLCHESTER, DOVER, KENT, MAIDSTONE, SWALE, YEAR,
  buildAnnual, seedConfig, seedInput, seedPopulation, seedValues, seedWards,
} from './seed-fixture.js';

const figures = computeFigures(seedInput());
const rowOf = (measure: string, code: string): FigureRow => {
  const row = figures.rows.find((r) => r.measure === measure && r.areaCode === code);
  if (!row) throw new Error(`no row for ${measure} ${code}`);
  return row;
};

/** The seed's crime overview table, as printed (seed 002 section 3). */
const seedTable: [string, string[]][] = [
  ['all_crime', ['9,407', '9,354', '8,149', '-1,205', '-12.9%', '54.4']],
  ['asb', ['2,968', '5,234', '4,923', '-311', '-5.9%', '32.9']],
  ['burglary_residential', ['347', '410', '391', '-19', '-4.6%', '6.5']],
  ['burglary_other', ['672', '715', '661', '-54', '-7.6%', '11.0']],
  ['criminal_damage', ['1,588', '1,518', '1,256', '-262', '-17.3%', '8.4']],
  ['da_incidents', ['1,698', '1,845', '1,692', '-153', '-8.3%', '11.3']],
  ['da_repeat_victims', ['401', '434', '411', '-23', '-5.3%', '2.7']],
  ['da_repeat_pct', ['23.6%', '23.5%', '24.3%', '+0.8 pp', '+3.3%', 'n/a']],
  ['drug_offences', ['521', '455', '359', '-96', '-21.1%', '2.4']],
  ['robbery', ['57', '45', '37', '-8', '-17.8%', '0.2']],
  ['shoplifting', ['917', '932', '955', '+23', '+2.5%', '6.4']],
  ['theft_from_vehicle', ['647', '561', '504', '-57', '-10.2%', '3.4']],
  ['bicycle_theft', ['126', '136', '112', '-24', '-17.6%', '0.7']],
  ['violence_against_person', ['1,788', '1,716', '1,656', '-60', '-3.5%', '11.1']],
];

describe('computeFigures: the rest of seed 002 section 3', () => {
  it.each([
    ['theft_of_vehicle', [331, 258, 181], ['331', '258', '181', '-77', '-29.8%', '1.2']],
    ['sexual_offences', [132, 129, 103], ['132', '129', '103', '-26', '-20.2%', '0.7']],
  ] as const)('%s matches the seed table', (id, values, expected) => {
    const config = seedConfig({ measures: bundledMeasures.filter((m) => m.id === id) });
    const result = computeFigures({ ...seedInput(config), annual: buildAnnual({ [id]: { [MAIDSTONE]: [...values] } }) });
    const row = result.rows.find((r) => r.areaCode === MAIDSTONE)!;
    expect([...row.values.map((v) => formatValue(v, false)), formatSignedChange(row.change, false), formatSignedPct(row.pctChange), formatDecimal(row.per1000)]).toEqual(expected);
  });
});

describe('computeFigures: seed 002 section 3 (Maidstone, Oct11-Sep12)', () => {
  it.each(seedTable)('%s matches the seed table', (measure, expected) => {
    const row = rowOf(measure, MAIDSTONE);
    const isRatio = measure === 'da_repeat_pct';
    expect([
      ...row.values.map((v) => formatValue(v, isRatio)),
      formatSignedChange(row.change, isRatio),
      formatSignedPct(row.pctChange),
      formatDecimal(row.per1000),
    ]).toEqual(expected);
  });

  it('computes % repeat victims from its parts, changing in percentage points', () => {
    const row = rowOf('da_repeat_pct', MAIDSTONE);
    expect(row.value).toBeCloseTo((100 * 411) / 1692, 12);
    expect(row.change).toBeCloseTo(0.7677, 4);
    expect(row.pctChange).toBeCloseTo(3.2638, 4);
    expect(row.denominator).toBeNull();
    expect(row.countyPer1000).toBeNull();
  });

  it('uses the measure\'s own denominator (dwellings for burglary)', () => {
    expect(rowOf('burglary_residential', MAIDSTONE).denominator).toBe(60100);
    expect(rowOf('all_crime', MAIDSTONE).denominator).toBe(149700);
  });

  it('keeps the three years in order and names the area from population', () => {
    const row = rowOf('all_crime', MAIDSTONE);
    expect(row).toMatchObject({ period: YEAR, areaName: 'Maidstone', kind: 'area', value: 8149, previousValue: 9354, values: [9407, 9354, 8149] });
  });
});

describe('computeFigures: rows, county and ranks', () => {
  it('orders rows by measure, then county areas, the county, then comparators outside it', () => {
    const allCrime = figures.rows.filter((r) => r.measure === 'all_crime').map((r) => r.areaCode);
    expect(allCrime).toEqual([ASHFORD, DOVER, MAIDSTONE, SWALE, KENT, BASINGSTOKE, COLCHESTER]);
    const measures = [...new Set(figures.rows.map((r) => r.measure))];
    expect(measures).toEqual(seedTable.map(([id]) => id));
  });

  it('sums the county and pools its rate', () => {
    const county = rowOf('all_crime', KENT);
    expect(county).toMatchObject({ kind: 'county', areaName: 'Kent', values: [29407, 29854, 28549], change: -1305 });
    expect(county.pctChange).toBeCloseTo(-4.3713, 4);
    expect(county.denominator).toBe(149700 + 118000 + 111000 + 135000);
    expect(county.per1000).toBeCloseTo(55.5752, 4);
    expect(rowOf('all_crime', MAIDSTONE).countyPer1000).toBe(county.per1000);
    expect(rowOf('all_crime', COLCHESTER).countyPer1000).toBe(county.per1000);
    expect(county).toMatchObject({ countyRank: null, countyRankOf: null, comparatorRank: null, previousCountyRank: null });
  });

  it('derives the county ratio from summed parts', () => {
    const county = rowOf('da_repeat_pct', KENT);
    expect(county.value).toBeCloseTo((100 * 1401) / 5792, 12);
    expect(county.change).toBeCloseTo(0.9358, 4);
  });

  it('ranks county areas on the rate, this year and last', () => {
    const ranks = [ASHFORD, DOVER, MAIDSTONE, SWALE].map((code) => rowOf('all_crime', code));
    expect(ranks.map((r) => r.countyRank)).toEqual([4, 1, 2, 3]);
    expect(ranks.map((r) => r.previousCountyRank)).toEqual([2, 1, 4, 3]);
    expect(ranks.every((r) => r.countyRankOf === 4)).toBe(true);
  });

  it('ranks the comparator group, including its members inside the county', () => {
    const rank = (code: string) => [rowOf('all_crime', code).comparatorRank, rowOf('all_crime', code).comparatorRankOf];
    expect(rank(BASINGSTOKE)).toEqual([1, 4]);
    expect(rank(MAIDSTONE)).toEqual([2, 4]);
    expect(rank(COLCHESTER)).toEqual([3, 4]);
    expect(rank(SWALE)).toEqual([4, 4]);
    expect(rank(DOVER)).toEqual([null, null]);
    expect(rowOf('all_crime', BASINGSTOKE)).toMatchObject({ countyRank: null, countyRankOf: null, previousCountyRank: null });
  });

  it('ranks a ratio measure on its value', () => {
    expect([ASHFORD, DOVER, MAIDSTONE, SWALE].map((code) => rowOf('da_repeat_pct', code).countyRank)).toEqual([3, 1, 2, 4]);
  });

  it('ranks only areas with a value and gives no county total when one is missing', () => {
    const asb = rowOf('asb', MAIDSTONE);
    expect([asb.countyRank, asb.countyRankOf]).toEqual([1, 1]);
    expect(rowOf('asb', ASHFORD)).toMatchObject({ value: null, countyRank: null, countyRankOf: 1, per1000: null });
    expect(rowOf('asb', KENT)).toMatchObject({ values: [null, null, null], change: null, pctChange: null });
    // No county rate either: a rate over part of the county would not match its (missing) total.
    expect(rowOf('asb', KENT).countyPer1000).toBeNull();
    expect(rowOf('asb', KENT).denominator).toBe(149700 + 118000 + 111000 + 135000);
  });

  it('reverses ranks for higher_is_better', () => {
    const config = seedConfig();
    config.measures = config.measures.map((m) => (m.id === 'all_crime' ? { ...m, polarity: 'higher_is_better' } : m));
    const reversed = computeFigures({ ...seedInput(config) });
    const rank = (code: string) => reversed.rows.find((r) => r.measure === 'all_crime' && r.areaCode === code)!.countyRank;
    expect([ASHFORD, DOVER, MAIDSTONE, SWALE].map(rank)).toEqual([1, 4, 3, 2]);
  });
});

describe('computeFigures: gaps', () => {
  const config = seedConfig({ comparators: undefined });
  const run = (values: typeof seedValues) =>
    computeFigures({ config, year: YEAR, annual: buildAnnual(values), population: seedPopulation, wards: [] });

  it('skips a measure with no value anywhere in the three years', () => {
    const result = run({ all_crime: seedValues.all_crime! });
    expect([...new Set(result.rows.map((r) => r.measure))]).toEqual(['all_crime']);
  });

  it('gives no % change from zero and no change without a previous value', () => {
    const result = run({
      robbery: { [MAIDSTONE]: [3, 0, 5], [ASHFORD]: [null, null, 4], [DOVER]: [1, 1, 1], [SWALE]: [0, 0, 0] },
    });
    const row = (code: string) => result.rows.find((r) => r.areaCode === code)!;
    expect(row(MAIDSTONE)).toMatchObject({ change: 5, pctChange: null });
    expect(row(ASHFORD)).toMatchObject({ value: 4, previousValue: null, change: null, pctChange: null, previousCountyRank: null });
    expect(row(SWALE)).toMatchObject({ change: 0, pctChange: null });
    expect(row(KENT)).toMatchObject({ values: [null, null, 10], value: 10, previousValue: null, change: null });
  });

  it('makes the county value null for a year in which any area is missing', () => {
    const result = run({
      shoplifting: { [MAIDSTONE]: [1, 2, 3], [ASHFORD]: [1, 2, 3], [DOVER]: [1, null, 3], [SWALE]: [1, 2, 3] },
    });
    expect(result.rows.find((r) => r.kind === 'county')!.values).toEqual([4, null, 12]);
  });

  it('gives no county rate when a district is missing this year, as it gives no county total', () => {
    const result = run({
      shoplifting: { [MAIDSTONE]: [1, 2, 3], [ASHFORD]: [1, 2, 3], [DOVER]: [1, 2, null], [SWALE]: [1, 2, 3] },
    });
    const county = result.rows.find((r) => r.kind === 'county')!;
    expect(county).toMatchObject({ value: null, per1000: null, countyPer1000: null });
    expect(result.rows.find((r) => r.areaCode === MAIDSTONE)).toMatchObject({ countyPer1000: null, countyRank: 1, countyRankOf: 3 });
  });

  it('omits rates for a measure without a denominator, and an area without population', () => {
    const noDenominator = seedConfig({ comparators: undefined });
    noDenominator.measures = noDenominator.measures.map((m) => (m.id === 'robbery' ? { ...m, denominator: 'none' } : m));
    const result = computeFigures({
      config: noDenominator,
      year: YEAR,
      annual: buildAnnual({ robbery: { [MAIDSTONE]: [5, 6, 7], [ASHFORD]: [9, 9, 2] } }),
      population: seedPopulation.filter((p) => p.areaCode !== ASHFORD),
      wards: [],
    });
    const maidstone = result.rows.find((r) => r.areaCode === MAIDSTONE)!;
    expect(maidstone).toMatchObject({ per1000: null, countyPer1000: null, denominator: null, countyRank: 2, countyRankOf: 2 });
    expect(result.rows.find((r) => r.areaCode === ASHFORD)).toMatchObject({ areaName: ASHFORD, countyRank: 1 });
  });

  it('uses the county name as its code when no code is configured', () => {
    const named = seedConfig({ county: { name: 'Kent', areas: [MAIDSTONE] }, comparators: undefined });
    const result = computeFigures({ config: named, year: YEAR, annual: buildAnnual({ all_crime: seedValues.all_crime! }), population: seedPopulation, wards: [] });
    expect(result.rows.map((r) => [r.areaCode, r.kind])).toEqual([[MAIDSTONE, 'area'], ['Kent', 'county']]);
  });
});

describe('computeFigures: wards', () => {
  it('lists the home district\'s wards by measure, highest first, then by name', () => {
    expect(figures.wards).toEqual([
      { measure: 'asb', wardCode: 'W_HIGH', wardName: 'High Street', value: 513, per1000: 51.3 , suppressed: false },
      { measure: 'asb', wardCode: 'W_PARK', wardName: 'Park Wood', value: 191, per1000: (191 / 7000) * 1000 , suppressed: false },
      { measure: 'asb', wardCode: 'W_FANT', wardName: 'Fant', value: 188, per1000: 23.5 , suppressed: false },
      { measure: 'burglary_residential', wardCode: 'W_BOXLEY', wardName: 'Boxley', value: 17, per1000: null , suppressed: false },
      { measure: 'burglary_residential', wardCode: 'W_FANT', wardName: 'Fant', value: 17, per1000: null , suppressed: false },
      { measure: 'burglary_residential', wardCode: 'W_HIGH', wardName: 'High Street', value: 12, per1000: null , suppressed: false },
      { measure: 'da_incidents', wardCode: 'W_HIGH', wardName: 'High Street', value: 160, per1000: 16 , suppressed: false },
      { measure: 'da_repeat_victims', wardCode: 'W_HIGH', wardName: 'High Street', value: 40, per1000: 4 , suppressed: false },
      { measure: 'da_repeat_pct', wardCode: 'W_HIGH', wardName: 'High Street', value: 25, per1000: null , suppressed: false },
    ]);
  });

  it('leaves out wards of other districts', () => {
    expect(seedWards.some((w) => w.areaCode === SWALE)).toBe(true);
    expect(figures.wards.some((w) => w.wardCode === 'W_SWALE')).toBe(false);
  });
});

describe('computeFigures: published rates', () => {
  it('takes the county value published for the county code and compares districts with their published intervals', () => {
    const ft = { id: 'ft_rate', label: 'A rate per 100,000', agency: 'health', theme: 'health', denominator: 'none', polarity: 'lower_is_better' as const, valueKind: 'rate' as const };
    const config = seedConfig({ measures: [ft] });
    const annual = buildAnnual({ ft_rate: { [MAIDSTONE]: [50, 45, 38], [ASHFORD]: [60, 61, 62], [DOVER]: [40, 40, 40], [SWALE]: [55, 56, 57], [KENT]: [52, 51, 50] } });
    const published = new Map([[`ft_rate|${MAIDSTONE}|${YEAR}`, { lower95: 33, upper95: 44 }]]);
    const result = computeFigures({ ...seedInput(config), annual, published });
    expect(result.rows.find((r) => r.kind === 'county')!.values).toEqual([52, 51, 50]);
    expect(result.rows.find((r) => r.areaCode === MAIDSTONE)).toMatchObject({ lower95: 33, upper95: 44, countyComparison: 'better', changeZ: null });
    expect(result.rows.find((r) => r.areaCode === ASHFORD)!.countyComparison).toBeNull();
  });
});
