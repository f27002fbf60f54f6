import { describe, expect, it } from 'vitest';
import { measureRows, type MeasureContext } from '../../src/figures/measure-rows.js';
import type { AnnualTable, FigureRow, MeasureDefinition } from '../../src/model.js';
import { measure } from '../narrative/rows.js';

const YEAR = 2024;
const robbery = measure({ id: 'robbery', label: 'Robbery', denominator: 'population' });

type Counts = Record<string, number | null>;

/** This year's counts per measure and area (earlier years empty). */
function annualOf(byMeasure: Record<string, Counts>): AnnualTable {
  return new Map(Object.entries(byMeasure).map(([id, counts]) => [id, new Map(Object.entries(counts).map(([code, value]) => [code, new Map([[YEAR, value]])]))]));
}

/** County A and B; comparator group A, X and Y (X and Y outside the county). */
function context(counts: Counts, denominators: Record<string, number>, overrides: Partial<MeasureContext> = {}, id = 'robbery'): MeasureContext {
  return {
    annual: annualOf({ [id]: counts }),
    year: YEAR,
    years: [YEAR - 2, YEAR - 1, YEAR],
    countyAreas: ['A', 'B'],
    countyCode: 'C',
    countyName: 'County',
    comparatorAreas: ['A', 'X', 'Y'],
    extraComparators: ['X', 'Y'],
    areaName: (code) => code,
    denominatorOf: (code) => denominators[code] ?? null,
    ...overrides,
  };
}

const DENOMINATORS = { A: 3215, B: 2000, X: 5000, Y: 1785 };

/** Area A holds the statistics.md vector 222 / 3215; X and Y set the group's pooled rate. */
function rowsWith(x: number | null, y: number | null, overrides: Partial<MeasureContext> = {}, m: MeasureDefinition = robbery): Map<string, FigureRow> {
  const rows = measureRows(m, context({ A: 222, B: 100, X: x, Y: y }, DENOMINATORS, overrides));
  return new Map(rows.map((r) => [r.areaCode, r]));
}

describe('msgComparison: against the comparator group', () => {
  it("tests the group's pooled rate (sum of counts / sum of denominators) against the area's 95% interval", () => {
    // (222 + 400 + 178) / (3215 + 5000 + 1785) = 800 / 10,000 = 80 per 1,000, above A's 60.27 - 78.76.
    const rows = rowsWith(400, 178);
    expect(rows.get('A')!.msgComparison).toBe('better');
    // X's own rate 80 holds the pooled 80: similar; Y's 99.7 is significantly above it.
    expect(rows.get('X')!.msgComparison).toBe('similar');
    expect(rows.get('Y')!.msgComparison).toBe('worse');
    // One level: no 99.8% limits.
    expect(rows.get('A')).toMatchObject({ lower998: null, upper998: null });
  });

  it('is null for areas outside the group and for the county row', () => {
    const rows = rowsWith(400, 178);
    expect(rows.get('B')!.msgComparison).toBeNull();
    expect(rows.get('C')!.msgComparison).toBeNull();
  });

  it('is null when any group member lacks a value, as for the county', () => {
    const rows = rowsWith(400, null);
    expect(rows.get('A')!.msgComparison).toBeNull();
    expect(rows.get('X')!.msgComparison).toBeNull();
    // The county comparison is unaffected.
    expect(rows.get('A')!.countyComparison).toBe('similar');
  });

  it('is null when no comparator group is configured', () => {
    const rows = rowsWith(400, 178, { comparatorAreas: [], extraComparators: [] });
    expect(rows.get('A')!.msgComparison).toBeNull();
    expect(rows.get('B')!.msgComparison).toBeNull();
  });

  it("uses the group's pooled percentage for a ratio measure (Wilson, statistics.md vector 1045 / 5000)", () => {
    const ratio = measure({ id: 'repeat_pct', ratioOf: ['n', 'd'], denominator: 'none' });
    const annual: AnnualTable = new Map([
      ['n', annualOf({ n: { A: 1045, B: 100, X: 1455 } }).get('n')!],
      ['d', annualOf({ d: { A: 5000, B: 400, X: 5000 } }).get('d')!],
    ]);
    // (1045 + 1455) / (5000 + 5000) = 25%, above A's 19.80 - 22.05.
    const rows = measureRows(ratio, { ...context({}, {}, { comparatorAreas: ['A', 'X'], extraComparators: ['X'] }), annual });
    const a = rows.find((r) => r.areaCode === 'A')!;
    expect(a.value).toBeCloseTo(20.9, 12);
    expect(a.msgComparison).toBe('better');
  });
});

describe('two significance levels (95% and 99.8%)', () => {
  const two = { significanceLevels: 2 as const };

  it('adds the 99.8% limits (statistics.md vector 222 / 3215: 5560.737695 - 8461.046682 per 100,000)', () => {
    const a = rowsWith(400, 178, two).get('A')!;
    expect(a.lower998).toBeCloseTo(55.60737695, 6);
    expect(a.upper998).toBeCloseTo(84.61046682, 6);
    expect(a.lower95).toBeCloseTo(60.26574878, 6);
    expect(a.upper95).toBeCloseTo(78.75729371, 6);
  });

  it('is better / worse outside 95% but inside 99.8%', () => {
    // Pooled 80: between the 95% and 99.8% upper limits.
    expect(rowsWith(400, 178, two).get('A')!.msgComparison).toBe('better');
    // Pooled (222 + 200 + 158) / 10,000 = 58: between the lower limits.
    expect(rowsWith(200, 158, two).get('A')!.msgComparison).toBe('worse');
  });

  it('is best / worst outside 99.8%', () => {
    // Pooled 90 and 50 per 1,000: outside 55.61 - 84.61.
    expect(rowsWith(500, 178, two).get('A')!.msgComparison).toBe('best');
    expect(rowsWith(120, 158, two).get('A')!.msgComparison).toBe('worst');
    // With one level the same differences are only better / worse.
    expect(rowsWith(500, 178).get('A')!.msgComparison).toBe('better');
    expect(rowsWith(120, 158).get('A')!.msgComparison).toBe('worse');
  });

  it('applies to the county comparison too', () => {
    // County A + B: (222 + 10) / (3215 + 2000) = 44.5 per 1,000, below A's 99.8% interval.
    const rows = measureRows(robbery, context({ A: 222, B: 10, X: 400, Y: 178 }, DENOMINATORS, two));
    expect(rows.find((r) => r.areaCode === 'A')!.countyComparison).toBe('worst');
    expect(rows.find((r) => r.areaCode === 'C')).toMatchObject({ countyComparison: null, msgComparison: null });
  });
});
