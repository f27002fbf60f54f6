import { describe, expect, it } from 'vitest';
import { countCI, rateCI } from '../../src/statistics/rate-ci.js';
import { expectPrinted } from './printed.js';

// statistics.md, "Test vectors: rates per 100,000" (PHEindicatormethods).
const rateVectors: [number, number, string, string, string, string, string, 'exact' | 'byar'][] = [
  [1, 100, '1000', '25.31780798', '5571.643391', '1.000500334', '9233.413476', 'exact'],
  [5, 100, '5000', '1623.486390', '11668.33208', '739.3717319', '16454.74520', 'exact'],
  [20, 100, '20000', '12211.42883', '30889.88037', '8922.802365', '38085.03563', 'byar'],
  [222, 3215, '6905.132193', '6026.574878', '7875.729371', '5560.737695', '8461.046682', 'byar'],
  [9856, 12345, '79837.99109', '78269.49059', '81430.01654', '77375.90543', '82354.47277', 'byar'],
];

describe('rateCI: statistics.md vectors (per 100,000)', () => {
  it.each(rateVectors)('%s / %s -> %s, 95%% %s - %s, 99.8%% %s - %s (%s)', (x, n, value, l95, u95, l998, u998, method) => {
    const ci95 = rateCI(x, n, 100_000, 0.95);
    expectPrinted(ci95.value, value);
    expectPrinted(ci95.lower, l95);
    expectPrinted(ci95.upper, u95);
    expect(ci95.method).toBe(method);
    const ci998 = rateCI(x, n, 100_000, 0.998);
    expectPrinted(ci998.value, value);
    expectPrinted(ci998.lower, l998);
    expectPrinted(ci998.upper, u998);
    expect(ci998.method).toBe(method);
  });
});

describe('countCI: Byar on counts alone (statistics.md)', () => {
  it.each([
    [65, 0.95, '50.16318771', '82.84913855'],
    [65, 0.998, '42.88026147', '94.00029084'],
    [1045, 0.95, '982.5932018', '1110.331213'],
  ])('%s at %s -> %s - %s', (x, confidence, lower, upper) => {
    const ci = countCI(x, confidence);
    expect(ci.value).toBe(x);
    expect(ci.method).toBe('byar');
    expectPrinted(ci.lower, lower);
    expectPrinted(ci.upper, upper);
  });
});

describe('rateCI edge cases', () => {
  it('has a lower limit of 0 for a count of 0, and an exact upper limit', () => {
    const ci = rateCI(0, 100, 100_000, 0.95);
    expect(ci).toMatchObject({ value: 0, lower: 0, method: 'exact' });
    // qchisq(0.975, 2) / 2 = -ln(0.025)
    expect(ci.upper).toBeCloseTo((-Math.log(0.025) / 100) * 100_000, 8);
  });

  it('switches from exact to Byar at 10 events', () => {
    expect(rateCI(9, 1000, 1000, 0.95).method).toBe('exact');
    expect(rateCI(10, 1000, 1000, 0.95).method).toBe('byar');
  });

  it('scales by the multiplier and the denominator', () => {
    const per1000 = rateCI(222, 3215, 1000, 0.95);
    const per100k = rateCI(222, 3215, 100_000, 0.95);
    expect(per1000.lower * 100).toBeCloseTo(per100k.lower, 9);
    expect(per1000.value).toBeCloseTo((222 / 3215) * 1000, 12);
  });

  it('rejects invalid arguments with a RangeError', () => {
    expect(() => rateCI(-1, 100, 1000, 0.95)).toThrow(RangeError);
    expect(() => rateCI(5, 0, 1000, 0.95)).toThrow(RangeError);
    expect(() => rateCI(5, -3, 1000, 0.95)).toThrow(RangeError);
    expect(() => rateCI(5, 100, 0, 0.95)).toThrow(RangeError);
    expect(() => rateCI(Number.NaN, 100, 1000, 0.95)).toThrow(RangeError);
    for (const c of [0, 1, 95, -0.1]) expect(() => rateCI(5, 100, 1000, c)).toThrow(RangeError);
    expect(() => countCI(Infinity, 0.95)).toThrow(RangeError);
  });
});
