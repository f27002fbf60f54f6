import { describe, expect, it } from 'vitest';
import { xmrChart, type XmrChart } from '../../src/statistics/spc.js';
import { expectPrinted } from './printed.js';

const alternating = (n: number, a: number, b: number): number[] => Array.from({ length: n }, (_, i) => (i % 2 === 0 ? a : b));
const oneToTen = Array.from({ length: 10 }, (_, i) => i + 1);
const piDigits = [3, 1, 4, 1, 5, 9, 2];
// (1, -1) x 7 then 5.5, -5.5: 16 points.
const plusMinus = [...alternating(14, 1, -1), 5.5, -5.5];
// 1, 2, 1, 2, 10, then 1, 2 alternating: 18 points.
const spike = [1, 2, 1, 2, 10, ...alternating(13, 1, 2)];

function expectLimits(chart: XmrChart, mean: string, lower: string, upper: string): void {
  const g = chart.groups[0]!;
  expectPrinted(g.mean, mean);
  expectPrinted(g.lower, lower);
  expectPrinted(g.upper, upper);
  for (const p of chart.points) expect([p.mean, p.lower, p.upper]).toEqual([g.mean, g.lower, g.upper]);
}

describe('xmrChart limits: statistics.md vectors', () => {
  it('1, 2, ..., 10 (unscreened): mean 5.5, limits 2.84 / 8.16, near-limit lines 3.726667 / 7.273333', () => {
    const chart = xmrChart(oneToTen, { improvement: 'decrease', screenOutliers: false });
    expectLimits(chart, '5.5', '2.84', '8.16');
    expectPrinted(chart.groups[0]!.lowerNear, '3.726667');
    expectPrinted(chart.groups[0]!.upperNear, '7.273333');
    expect(chart.points[0]!.lowerNear).toBe(chart.groups[0]!.lowerNear);
  });

  it('3, 1, 4, 1, 5, 9, 2 (unscreened): 3.571429, -6.625238 / 13.768095', () => {
    expectLimits(xmrChart(piDigits, { improvement: 'decrease', screenOutliers: false }), '3.571429', '-6.625238', '13.768095');
  });

  it('(1, -1) x 7 then 5.5, -5.5 (screened): 0, -6.175 / 6.175; the MR of 11 is dropped; last two points common cause', () => {
    const chart = xmrChart(plusMinus, { improvement: 'decrease', screenOutliers: true });
    expect(chart.points).toHaveLength(16);
    expectLimits(chart, '0', '-6.175', '6.175');
    expect(chart.groups[0]).toMatchObject({ movingRanges: 14, screenedOut: 1 });
    for (const p of chart.points.slice(-2)) {
      expect(p.specialCause).toBeNull();
      expect(p.variation).toBe('common');
    }
    // Making Data Count's variant of the two-of-three rule does not change that.
    const mdc = xmrChart(plusMinus, { improvement: 'decrease', screenOutliers: true, twoOfThreeCountsBeyondLimits: true });
    expect(mdc.points.slice(-2).map((p) => p.specialCause)).toEqual([null, null]);
  });

  it('1, 2, 1, 2, 10, then 1, 2 alternating: 1.944444, screened -0.715556 / 4.604444', () => {
    const chart = xmrChart(spike, { improvement: 'decrease', screenOutliers: true });
    expect(chart.points).toHaveLength(18);
    expectLimits(chart, '1.944444', '-0.715556', '4.604444');
    expect(chart.groups[0]).toMatchObject({ amr: 1, screenedOut: 2 });
  });

  it('1, 2, 1, 2, 10, then 1, 2 alternating: 1.944444, unscreened -3.062614 / 6.951503', () => {
    const chart = xmrChart(spike, { improvement: 'decrease', screenOutliers: false });
    expectLimits(chart, '1.944444', '-3.062614', '6.951503');
    expect(chart.groups[0]!.screenedOut).toBe(0);
  });

  it('screening leaves limits alone when no moving range is an outlier', () => {
    const screened = xmrChart(oneToTen, { improvement: 'decrease', screenOutliers: true });
    expectLimits(screened, '5.5', '2.84', '8.16');
  });

  it('leaves a flat series with zero limits width rather than failing', () => {
    const chart = xmrChart([4, 4, 4, 4], { improvement: 'decrease', screenOutliers: true });
    expect(chart.groups[0]).toMatchObject({ mean: 4, amr: 0, lower: 4, upper: 4, screenedOut: 0 });
    expect(chart.points.every((p) => p.specialCause === null)).toBe(true);
  });
});

describe('xmrChart special causes', () => {
  it('flags a point outside the limits, read by the improvement direction', () => {
    const values = [...alternating(14, 10, 11), 30];
    const read = (improvement: 'increase' | 'decrease' | 'neither') =>
      xmrChart(values, { improvement, screenOutliers: true }).points[14]!;
    expect(read('decrease')).toMatchObject({ specialCause: 'outside', side: 'high', variation: 'concern' });
    expect(read('increase')).toMatchObject({ specialCause: 'outside', side: 'high', variation: 'improvement' });
    expect(read('neither')).toMatchObject({ specialCause: 'outside', side: 'high', variation: 'neither' });
  });

  it('gives the outside rule priority over a trend, and flags the rest of the trend', () => {
    const chart = xmrChart([1, 2, 3, 4, 5, 6, 7], { improvement: 'decrease', screenOutliers: false });
    expect(chart.points.map((p) => p.specialCause)).toEqual(['outside', 'trend', 'trend', 'trend', 'trend', 'trend', 'outside']);
    expect(chart.points.map((p) => p.side)).toEqual(['low', 'high', 'high', 'high', 'high', 'high', 'high']);
    const trend = chart.signals.find((s) => s.rule === 'trend')!;
    expect(trend).toMatchObject({ start: 0, end: 6, detectedAt: 6, points: 7, side: 'high', variation: 'concern' });
  });

  it('flags a rising trend inside the limits as concern when a decrease is improvement', () => {
    const values = [20, 0, 20, 0, 20, 0, 7, 8, 9, 10, 11, 12, 13, 0, 20, 0, 20, 0];
    const chart = xmrChart(values, { improvement: 'decrease', screenOutliers: false });
    const flagged = chart.points.filter((p) => p.specialCause !== null);
    expect(flagged.map((p) => p.index)).toEqual([5, 6, 7, 8, 9, 10, 11, 12]);
    expect(flagged.every((p) => p.specialCause === 'trend' && p.variation === 'concern')).toBe(true);
  });

  it('flags two of three points beyond the 2-sigma line, but only those beyond it', () => {
    const values = [10, 11, 9, 10, 12, 8, 10, 11, 9, 10, 11, 9, 10, 13, 14, 13, 14, 13, 14, 13];
    const chart = xmrChart(values, { improvement: 'decrease', screenOutliers: true });
    const g = chart.groups[0]!;
    expect(g.upperNear).toBeLessThan(14);
    expect(g.upper).toBeGreaterThan(14);
    expect(chart.points.filter((p) => p.specialCause === 'twoOfThree').map((p) => p.index)).toEqual([14, 16, 18]);
    // The 13s are not beyond the line; they are flagged by the lower-priority shift rule.
    expect(chart.points.filter((p) => p.specialCause === 'shift' && p.side === 'high').map((p) => p.index)).toEqual([13, 15, 17, 19]);
  });

  it('flags a run of 7 on one side of the mean (shift), all points of the run', () => {
    const values = [...alternating(14, 3, 7), 2, 3, 2, 3, 2, 3, 2];
    const chart = xmrChart(values, { improvement: 'decrease', screenOutliers: true });
    expect(chart.points.filter((p) => p.specialCause !== null).map((p) => p.index)).toEqual([14, 15, 16, 17, 18, 19, 20]);
    expect(chart.points.slice(14).every((p) => p.specialCause === 'shift' && p.side === 'low')).toBe(true);
    expect(chart.points[20]!.variation).toBe('improvement');
    expect(chart.signals).toEqual([
      { rule: 'shift', side: 'low', variation: 'improvement', group: 0, start: 14, end: 20, detectedAt: 20, points: 7 },
    ]);
  });

  it('lets a point on the mean break a shift', () => {
    // The mean is exactly 0; each 0 breaks what would be a run of 8 on one side.
    const values = [-1, -1, -1, -1, 0, -1, -1, -1, 1, 1, 1, 1, 0, 1, 1, 1];
    const chart = xmrChart(values, { improvement: 'decrease', screenOutliers: false });
    expect(chart.groups[0]!.mean).toBe(0);
    expect(chart.points.some((p) => p.specialCause === 'shift')).toBe(false);
  });
});

describe('xmrChart rebasing', () => {
  const values = [...oneToTen, 101, 102, 101, 102, 101, 102];
  const chart = xmrChart(values, { improvement: 'decrease', screenOutliers: false, rebaseAt: [10] });

  it('gives each group its own mean and limits, with no moving range across the boundary', () => {
    expect(chart.groups).toHaveLength(2);
    expect(chart.groups[0]).toMatchObject({ start: 0, end: 9, count: 10, mean: 5.5, amr: 1 });
    expect(chart.groups[1]).toMatchObject({ start: 10, end: 15, count: 6, mean: 101.5, amr: 1 });
    expect(chart.points[10]).toMatchObject({ group: 1, movingRange: null, mean: 101.5 });
    expect(chart.points[9]).toMatchObject({ group: 0, movingRange: 1, mean: 5.5 });
  });

  it('warns about groups under 13 points', () => {
    expect(chart.warnings).toHaveLength(2);
    expect(chart.warnings[1]).toMatch(/Group 2 \(points 11-16\) has 6 points/);
    expect(xmrChart(Array.from({ length: 13 }, (_, i) => i % 3), { improvement: 'neither', screenOutliers: true }).warnings).toEqual([]);
    expect(xmrChart([1, 2], { improvement: 'neither', screenOutliers: true }).warnings[0]).toMatch(/The series has 2 points/);
  });

  it('ignores a rebase at 0 and duplicate indices', () => {
    const again = xmrChart(values, { improvement: 'decrease', screenOutliers: false, rebaseAt: [0, 10, 10] });
    expect(again.groups.map((g) => g.start)).toEqual([0, 10]);
  });
});

describe('xmrChart invalid input', () => {
  const options = { improvement: 'decrease', screenOutliers: true } as const;
  it('rejects an empty series and a single point', () => {
    expect(() => xmrChart([], options)).toThrow(RangeError);
    expect(() => xmrChart([5], options)).toThrow(RangeError);
  });
  it('rejects non-finite values', () => {
    expect(() => xmrChart([1, Number.NaN, 3], options)).toThrow(RangeError);
    expect(() => xmrChart([1, Infinity], options)).toThrow(RangeError);
  });
  it('rejects a rebase index outside the series or leaving a group of one point', () => {
    expect(() => xmrChart([1, 2, 3, 4], { ...options, rebaseAt: [4] })).toThrow(RangeError);
    expect(() => xmrChart([1, 2, 3, 4], { ...options, rebaseAt: [-1] })).toThrow(RangeError);
    expect(() => xmrChart([1, 2, 3, 4], { ...options, rebaseAt: [1.5] })).toThrow(RangeError);
    expect(() => xmrChart([1, 2, 3, 4], { ...options, rebaseAt: [3] })).toThrow(RangeError);
    expect(() => xmrChart([1, 2, 3, 4], { ...options, rebaseAt: [1] })).toThrow(RangeError);
  });
});
