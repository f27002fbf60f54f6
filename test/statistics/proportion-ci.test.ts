import { describe, expect, it } from 'vitest';
import { wilsonCI } from '../../src/statistics/proportion-ci.js';
import { expectPrinted } from './printed.js';

// statistics.md, "Test vectors: proportions (Wilson)".
const vectors: [number, number, string, string, string, string, string][] = [
  [1, 100, '0.01', '0.001767432064', '0.05448619618', '0.0008730656973', '0.1045544528'],
  [5, 100, '0.05', '0.02154367915', '0.1117504692', '0.01386532073', '0.1645885228'],
  [65, 100, '0.65', '0.5525444330', '0.7363575176', '0.4954946574', '0.7783540614'],
  [222, 3215, '0.06905132193', '0.06079169036', '0.07833956681', '0.05647101965', '0.08418414185'],
  [1045, 5000, '0.209', '0.1979554988', '0.2204913037', '0.1917938180', '0.2273156290'],
];

describe('wilsonCI: statistics.md vectors', () => {
  it.each(vectors)('%s / %s -> %s, 95%% %s - %s, 99.8%% %s - %s', (x, n, value, l95, u95, l998, u998) => {
    const ci95 = wilsonCI(x, n, 0.95);
    expectPrinted(ci95.value, value);
    expectPrinted(ci95.lower, l95);
    expectPrinted(ci95.upper, u95);
    const ci998 = wilsonCI(x, n, 0.998);
    expectPrinted(ci998.value, value);
    expectPrinted(ci998.lower, l998);
    expectPrinted(ci998.upper, u998);
  });
});

describe('wilsonCI edge cases', () => {
  it('starts at 0 for x = 0 and ends at 1 for x = n', () => {
    const none = wilsonCI(0, 50, 0.95);
    expect(none.value).toBe(0);
    expect(none.lower).toBeCloseTo(0, 15);
    expect(none.upper).toBeGreaterThan(0);
    const all = wilsonCI(50, 50, 0.95);
    expect(all.value).toBe(1);
    expect(all.upper).toBeCloseTo(1, 15);
    expect(all.lower).toBeLessThan(1);
  });

  it('rejects n = 0, x > n, negative x and a confidence outside (0, 1)', () => {
    expect(() => wilsonCI(0, 0, 0.95)).toThrow(RangeError);
    expect(() => wilsonCI(6, 5, 0.95)).toThrow(RangeError);
    expect(() => wilsonCI(-1, 5, 0.95)).toThrow(RangeError);
    for (const c of [0, 1, 1.2, Number.NaN]) expect(() => wilsonCI(1, 5, c)).toThrow(RangeError);
  });
});
