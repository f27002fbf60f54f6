import { describe, expect, it } from 'vitest';
import { per1000, pooledPer1000 } from '../../src/figures/rates.js';

describe('per1000', () => {
  it('is count / denominator x 1,000', () => {
    expect(per1000(8149, 149700)).toBeCloseTo(54.4355, 4);
    expect(per1000(391, 60100)).toBeCloseTo(6.5058, 4);
  });
  it('is null without a positive denominator or a count', () => {
    expect(per1000(10, 0)).toBeNull();
    expect(per1000(10, null)).toBeNull();
    expect(per1000(10, undefined)).toBeNull();
    expect(per1000(10, -5)).toBeNull();
    expect(per1000(null, 1000)).toBeNull();
  });
  it('is 0 for a zero count', () => {
    expect(per1000(0, 1000)).toBe(0);
  });
});

describe('pooledPer1000', () => {
  it('is the sum of counts over the sum of denominators, not the mean of rates', () => {
    const areas = [
      { count: 10, denominator: 1000 }, // 10 per 1,000
      { count: 300, denominator: 10000 }, // 30 per 1,000
    ];
    expect(pooledPer1000(areas)).toBe((310 / 11000) * 1000);
    expect(pooledPer1000(areas)).not.toBe(20);
  });
  it('uses only areas that have both a count and a denominator', () => {
    expect(
      pooledPer1000([
        { count: 10, denominator: 1000 },
        { count: null, denominator: 5000 },
        { count: 99, denominator: null },
        { count: 20, denominator: 1000 },
      ]),
    ).toBe(15);
  });
  it('is null when no area can be used', () => {
    expect(pooledPer1000([])).toBeNull();
    expect(pooledPer1000([{ count: 5, denominator: 0 }])).toBeNull();
  });
});
