import { describe, expect, it } from 'vitest';
import { isNotableChange, poissonChangeZ } from '../../src/statistics/poisson-change.js';

describe('poissonChangeZ', () => {
  it('gives z = 2 for 4 -> 9 (statistics.md)', () => {
    expect(poissonChangeZ(4, 9)).toBe(2);
    expect(poissonChangeZ(9, 4)).toBe(-2);
  });
  it('handles zero counts', () => {
    expect(poissonChangeZ(0, 0)).toBe(0);
    expect(poissonChangeZ(0, 16)).toBe(8);
  });
  it('rejects negative or non-finite counts', () => {
    expect(() => poissonChangeZ(-1, 4)).toThrow(RangeError);
    expect(() => poissonChangeZ(4, Number.NaN)).toThrow(RangeError);
  });
});

describe('isNotableChange', () => {
  it('is notable only when |z| > 3', () => {
    expect(isNotableChange(4, 9)).toBe(false);
    // 2(sqrt(25) - sqrt(4)) = 6
    expect(isNotableChange(4, 25)).toBe(true);
    expect(isNotableChange(25, 4)).toBe(true);
    // exactly 3 is not above the threshold: 2(sqrt(6.25) - sqrt(1)) = 3
    expect(poissonChangeZ(1, 6.25)).toBe(3);
    expect(isNotableChange(1, 6.25)).toBe(false);
  });
  it('takes another threshold', () => {
    expect(isNotableChange(4, 9, 1.96)).toBe(true);
    expect(() => isNotableChange(4, 9, 0)).toThrow(RangeError);
  });
});
