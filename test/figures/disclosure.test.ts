import { describe, expect, it } from 'vitest';
import { bundledMeasures } from '../../src/catalogue/measures.js';
import { computeFigures } from '../../src/figures/compute-figures.js';
import { agencyRule, discloseCount, discloseTotal } from '../../src/figures/disclosure.js';
import { per1000 } from '../../src/figures/rates.js';
import type { AreaPopulation, AssessConfig, FigureRow, WardInfo } from '../../src/model.js';
import { poissonChangeZ } from '../../src/statistics/poisson-change.js';
import { NHS_HES_RULE } from '../../src/statistics/suppression.js';
import { buildAnnual } from './seed-fixture.js';

const [A, B, C, X] = ['E07999001', 'E07999002', 'E07999003', 'E07999101'];
const YEAR = 2024;
const hospital = bundledMeasures.find((m) => m.id === 'hospital_assault')!;
const robbery = bundledMeasures.find((m) => m.id === 'robbery')!;

function config(overrides: Partial<AssessConfig> = {}): AssessConfig {
  return {
    partnership: 'Test', area: A, county: { name: 'Shire', code: 'E10999001', areas: [A, B, C] },
    comparators: { name: 'Most similar group', areas: [A, B, X] },
    yearEndMonth: 9, measures: [hospital, robbery], themes: [], draft: false, sourceFile: 'assess.config.yaml', ...overrides,
  };
}

const population: AreaPopulation[] = [A, B, C, X].map((code, i) => ({ areaCode: code, areaName: `Area ${i + 1}`, denominators: { population: 100_000 + 10_000 * i } }));
const wards: WardInfo[] = [
  { wardCode: 'W1', wardName: 'Abbey', areaCode: A, population: 5000 },
  { wardCode: 'W2', wardName: 'Bridge', areaCode: A, population: 4000 },
  { wardCode: 'W3', wardName: 'Castle', areaCode: A, population: 6000 },
  { wardCode: 'W4', wardName: 'Dell', areaCode: A, population: 3000 },
];

type Series = [number | null, number | null, number | null];

function figuresOf(values: Record<string, Record<string, Series>>, wardValues: Record<string, Record<string, number>> = {}, cfg = config()) {
  return computeFigures({ config: cfg, year: YEAR, annual: buildAnnual(values, wardValues, YEAR), population, wards });
}

const rowOf = (rows: FigureRow[], measure: string, code: string): FigureRow => rows.find((r) => r.measure === measure && r.areaCode === code)!;

describe('discloseCount (NHS rule)', () => {
  it('shows 0 as 0, withholds 1 to 7 and rounds the rest to the nearest 5', () => {
    expect([0, 1, 7, 8, 12].map((n) => discloseCount(n, NHS_HES_RULE))).toEqual([
      { value: 0, suppressed: false },
      { value: null, suppressed: true },
      { value: null, suppressed: true },
      { value: 10, suppressed: false },
      { value: 10, suppressed: false },
    ]);
  });

  it('totals from the unrounded parts, then rounds: 3 + 3 + 3 = 9 shows as 10', () => {
    expect(discloseTotal([3, 3, 3], NHS_HES_RULE)).toEqual({ value: 10, suppressed: false });
    expect(discloseTotal([3, null, 3], NHS_HES_RULE)).toEqual({ value: null, suppressed: false });
    expect(discloseTotal([1, 2], NHS_HES_RULE)).toEqual({ value: null, suppressed: true });
  });
});

describe('agencyRule', () => {
  it('defaults to the NHS rule for health and to none for other agencies', () => {
    expect(agencyRule('health', {})).toEqual({ threshold: 7, roundTo: 5 });
    expect(agencyRule('police', {})).toBeNull();
    expect(agencyRule('health', { suppression: { health: 'none' } })).toBeNull();
    expect(agencyRule('police', { suppression: { police: { threshold: 4, roundTo: 1 } } })).toEqual({ threshold: 4, roundTo: 1 });
    expect(agencyRule('police', { suppression: { police: { threshold: 0, roundTo: 1 } } })).toBeNull();
  });
});

describe('computeFigures under small-number suppression', () => {
  it('withholds small district counts and rounds the county total from the unrounded ones', () => {
    const { rows } = figuresOf({ hospital_assault: { [A]: [3, 3, 3], [B]: [3, 3, 3], [C]: [3, 3, 3] } });
    const area = rowOf(rows, 'hospital_assault', A);
    expect(area).toMatchObject({ values: [null, null, null], value: null, change: null, pctChange: null, per1000: null, lower95: null, upper95: null, countyComparison: null, changeZ: null, countyRank: null, suppressed: [true, true, true], disclosure: { threshold: 7, roundTo: 5 } });
    const county = rowOf(rows, 'hospital_assault', 'E10999001');
    expect(county).toMatchObject({ values: [10, 10, 10], value: 10, change: 0, suppressed: [false, false, false] });
    expect(county.per1000).toBe(per1000(10, 330_000));
  });

  it('works out change, rates, intervals, z and ranks from the rounded counts', () => {
    const { rows } = figuresOf({ hospital_assault: { [A]: [40, 12, 18], [B]: [20, 30, 33], [C]: [50, 5, 61] } });
    const area = rowOf(rows, 'hospital_assault', A);
    expect(area).toMatchObject({ values: [40, 10, 20], previousValue: 10, value: 20, change: 10, pctChange: 100, suppressed: [false, false, false] });
    expect(area.per1000).toBe(per1000(20, 100_000));
    expect(area.changeZ).toBe(poissonChangeZ(10, 20));
    expect(area.lower95).not.toBeNull();
    // The county is summed unrounded (12 + 30 + 5 = 47 -> 45; 18 + 33 + 61 = 112 -> 110), then its rate.
    const county = rowOf(rows, 'hospital_assault', 'E10999001');
    expect(county).toMatchObject({ values: [110, 45, 110], change: 65, suppressed: [false, false, false] });
    expect(area.countyPer1000).toBe(per1000(110, 330_000));
    // C's 5 last year is withheld: its change cannot be shown, nor can its previous rank.
    const c = rowOf(rows, 'hospital_assault', C);
    expect(c).toMatchObject({ values: [50, null, 60], previousValue: null, change: null, pctChange: null, changeZ: null, previousCountyRank: null, suppressed: [false, true, false] });
    expect(rowOf(rows, 'hospital_assault', A).previousCountyRank).toBe(1);
    expect(rowOf(rows, 'hospital_assault', B).previousCountyRank).toBe(2);
  });

  it('leaves counts of other agencies, and health when configured "none", as they are', () => {
    const values = { hospital_assault: { [A]: [3, 12, 18] as Series }, robbery: { [A]: [3, 12, 18] as Series } };
    const { rows } = figuresOf(values);
    expect(rowOf(rows, 'robbery', A)).toMatchObject({ values: [3, 12, 18], suppressed: [false, false, false] });
    expect(rowOf(rows, 'robbery', A).disclosure).toBeUndefined();
    const open = figuresOf(values, {}, config({ suppression: { health: 'none' } })).rows;
    expect(rowOf(open, 'hospital_assault', A)).toMatchObject({ values: [3, 12, 18], change: 6 });
  });

  it('applies a configured rule to any agency', () => {
    const { rows } = figuresOf({ robbery: { [A]: [3, 12, 18], [B]: [10, 10, 10], [C]: [10, 10, 10] } }, {}, config({ suppression: { police: { threshold: 4, roundTo: 10 } } }));
    expect(rowOf(rows, 'robbery', A)).toMatchObject({ values: [null, 10, 20], suppressed: [true, false, false] });
    // 3 + 10 + 10 = 23 -> 20: the county is rounded from the unrounded districts.
    expect(rowOf(rows, 'robbery', 'E10999001').values).toEqual([20, 30, 40]);
  });

  it('lists withheld wards with no value, after the shown ones, and rounds the rest', () => {
    const { wards: list } = figuresOf({ hospital_assault: { [A]: [20, 20, 20] } }, { hospital_assault: { W1: 3, W2: 12, W3: 0, W4: 7 } });
    expect(list).toEqual([
      { measure: 'hospital_assault', wardCode: 'W2', wardName: 'Bridge', value: 10, per1000: per1000(10, 4000), suppressed: false, disclosure: { threshold: 7, roundTo: 5 } },
      { measure: 'hospital_assault', wardCode: 'W1', wardName: 'Abbey', value: null, per1000: null, suppressed: true, disclosure: { threshold: 7, roundTo: 5 } },
      { measure: 'hospital_assault', wardCode: 'W4', wardName: 'Dell', value: null, per1000: null, suppressed: true, disclosure: { threshold: 7, roundTo: 5 } },
      { measure: 'hospital_assault', wardCode: 'W3', wardName: 'Castle', value: 0, per1000: 0, suppressed: false, disclosure: { threshold: 7, roundTo: 5 } },
    ]);
  });

  it('derives a ratio of counts under a rule from the rounded parts, and withholds it with them', () => {
    const ratio = { id: 'h_pct', label: 'Share', agency: 'health', theme: 'health', denominator: 'none', polarity: 'lower_is_better' as const, ratioOf: ['h_num', 'h_den'] as [string, string] };
    const parts = ['h_num', 'h_den'].map((id) => ({ ...hospital, id }));
    const cfg = config({ measures: [...parts, ratio] });
    const { rows } = figuresOf({ h_num: { [A]: [3, 12, 18], [B]: [10, 10, 10], [C]: [10, 10, 10] }, h_den: { [A]: [40, 40, 40], [B]: [40, 40, 40], [C]: [40, 40, 40] } }, {}, cfg);
    expect(rowOf(rows, 'h_pct', A)).toMatchObject({ values: [null, 25, 50], suppressed: [true, false, false], disclosure: { threshold: 7, roundTo: 5 } });
    // County: (3 + 10 + 10 = 23 -> 25) / 120.
    expect(rowOf(rows, 'h_pct', 'E10999001').values[0]).toBe((100 * 25) / 120);
  });
});
