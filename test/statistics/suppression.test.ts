import { describe, expect, it } from 'vitest';
import { NO_SUPPRESSION, suppressCount, suppressTotal } from '../../src/statistics/suppression.js';

describe('suppressCount: the current NHS HES rule (default)', () => {
  it('shows zero as zero', () => {
    expect(suppressCount(0)).toEqual({ display: '0', value: 0 });
  });

  it.each([1, 2, 3, 4, 5, 6, 7])('suppresses %s', (n) => {
    expect(suppressCount(n)).toEqual({ display: '*', value: null });
  });

  it.each([
    [8, 10],
    [12, 10],
    [13, 15],
    [15, 15],
    [17, 15],
    [18, 20],
    [1234, 1235],
    [1237, 1235],
    [1238, 1240],
  ])('rounds %s to %s', (n, rounded) => {
    expect(suppressCount(n)).toEqual({ display: String(rounded), value: rounded });
  });
});

describe('suppressCount: older and other rules', () => {
  it('suppresses 1-4 without rounding (seed 002)', () => {
    const rule = { threshold: 4, roundTo: 1 };
    expect(suppressCount(4, rule).display).toBe('*');
    expect(suppressCount(5, rule)).toEqual({ display: '5', value: 5 });
    expect(suppressCount(0, rule).display).toBe('0');
  });
  it('suppresses 1-5 without rounding (before September 2018)', () => {
    const rule = { threshold: 5, roundTo: 1 };
    expect(suppressCount(5, rule).display).toBe('*');
    expect(suppressCount(6, rule).display).toBe('6');
  });
  it('leaves every count alone with no suppression', () => {
    for (const n of [0, 1, 7, 13]) expect(suppressCount(n, NO_SUPPRESSION)).toEqual({ display: String(n), value: n });
  });
  it('rounds halves up with an even rounding base', () => {
    expect(suppressCount(15, { threshold: 0, roundTo: 10 }).value).toBe(20);
  });
  it('rejects invalid counts and rules', () => {
    expect(() => suppressCount(-1)).toThrow(RangeError);
    expect(() => suppressCount(2.5)).toThrow(RangeError);
    expect(() => suppressCount(Number.NaN)).toThrow(RangeError);
    expect(() => suppressCount(5, { threshold: -1, roundTo: 5 })).toThrow(RangeError);
    expect(() => suppressCount(5, { threshold: 7, roundTo: 0 })).toThrow(RangeError);
  });
});

describe('suppressTotal', () => {
  it('sums the unrounded values, then rounds (never the sum of the rounded cells)', () => {
    // Cells show '*', '10', '10' (sum of shown 20); the true total 3 + 12 + 12 = 27 shows as 25.
    expect(suppressTotal([3, 12, 12])).toEqual({ display: '25', value: 25 });
  });
  it('is not suppressed because a cell is', () => {
    expect(suppressTotal([1, 2, 3, 4])).toEqual({ display: '10', value: 10 });
  });
  it('is suppressed only when the total itself is 1-7', () => {
    expect(suppressTotal([1, 2, 3])).toEqual({ display: '*', value: null });
    expect(suppressTotal([])).toEqual({ display: '0', value: 0 });
    expect(suppressTotal([0, 0])).toEqual({ display: '0', value: 0 });
  });
  it('takes the rule', () => {
    expect(suppressTotal([1, 2], { threshold: 4, roundTo: 1 })).toEqual({ display: '*', value: null });
    expect(suppressTotal([2, 3], { threshold: 4, roundTo: 1 })).toEqual({ display: '5', value: 5 });
  });
  it('rejects an invalid value', () => {
    expect(() => suppressTotal([1, -2])).toThrow(RangeError);
  });
});
