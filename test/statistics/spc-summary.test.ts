import { describe, expect, it } from 'vitest';
import { xmrChart } from '../../src/statistics/spc.js';
import { summariseSpc } from '../../src/statistics/spc-summary.js';

const months = (n: number): string[] => {
  const names = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return Array.from({ length: n }, (_, i) => `${names[(i + 9) % 12]} ${2022 + Math.floor((i + 9) / 12)}`);
};

describe('summariseSpc', () => {
  // 13 points around 10, then 7 points above the mean from March 2024 (index 17).
  const values = [10, 11, 9, 10, 12, 8, 10, 11, 9, 10, 11, 9, 10, 9, 10, 11, 9, 13, 12, 13, 12, 13, 12, 13];
  const labels = months(values.length);
  const chart = xmrChart(values, { improvement: 'decrease', screenOutliers: true });

  it('describes the latest signal, read by the improvement direction', () => {
    expect(labels[17]).toBe('March 2024');
    expect(summariseSpc(chart, 'decrease', labels)).toBe('special cause: concern, 7-point run above the mean since March 2024');
    expect(summariseSpc(chart, 'increase', labels)).toBe('special cause: improvement, 7-point run above the mean since March 2024');
    expect(summariseSpc(chart, 'neither', labels)).toBe('special cause: high, 7-point run above the mean since March 2024');
  });

  it('names points by number without labels', () => {
    expect(summariseSpc(chart, 'decrease')).toBe('special cause: concern, 7-point run above the mean since point 18');
  });

  it('describes a single point outside the limits', () => {
    const spike = xmrChart([...values.slice(0, 16), 40], { improvement: 'decrease', screenOutliers: true });
    expect(summariseSpc(spike, 'decrease', labels.slice(0, 17))).toBe('special cause: concern, point above the upper limit in February 2024');
  });

  it('describes a finished pattern with its dates', () => {
    const trend = xmrChart([20, 0, 20, 0, 20, 0, 7, 8, 9, 10, 11, 12, 13, 0, 20, 0, 20, 0], { improvement: 'decrease', screenOutliers: false });
    expect(summariseSpc(trend, 'decrease')).toBe('special cause: concern, 8-point rising trend from point 6 to point 13');
  });

  it('says so when there is only common cause variation', () => {
    const flat = xmrChart([10, 11, 9, 10, 12, 8, 10, 11, 9, 10, 11, 9, 10], { improvement: 'decrease', screenOutliers: true });
    expect(summariseSpc(flat, 'decrease')).toBe('common cause variation only');
    const rebased = xmrChart([1, 2, 3, 4, 5, 6, 7, 10, 11, 9, 10], { improvement: 'decrease', screenOutliers: true, rebaseAt: [7] });
    expect(summariseSpc(rebased, 'decrease', months(11))).toBe('common cause variation only since May 2023');
  });

  it('rejects labels that do not match the points', () => {
    expect(() => summariseSpc(chart, 'decrease', ['one'])).toThrow(RangeError);
  });
});
