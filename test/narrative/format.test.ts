import { describe, expect, it } from 'vitest';
import {
  formatCount, formatDecimal, formatPct, formatSignedChange, formatSignedCount, formatSignedPct, formatSignedPp,
  formatValue, ordinal, roundHalfAwayFromZero,
} from '../../src/narrative/format.js';

describe('roundHalfAwayFromZero', () => {
  it.each([
    [2.25, 2.3], [-2.25, -2.3], [2.35, 2.4], [1.45, 1.5], [0.05, 0.1], [-0.05, -0.1],
    [1.005, 1], [12.94, 12.9], [12.95, 13], [-12.95, -13], [54.43553774215097, 54.4], [10.998336106489184, 11],
  ])('%d -> %d at 1 dp', (input, expected) => {
    expect(roundHalfAwayFromZero(input, 1)).toBe(expected);
  });
  it('rounds at other precisions', () => {
    expect(roundHalfAwayFromZero(1.005, 2)).toBe(1.01);
    expect(roundHalfAwayFromZero(2.5, 0)).toBe(3);
    expect(roundHalfAwayFromZero(-2.5, 0)).toBe(-3);
    expect(roundHalfAwayFromZero(1234.5, 0)).toBe(1235);
  });
  it('copes with numbers written in exponent form and never returns -0', () => {
    expect(roundHalfAwayFromZero(1e-7, 1)).toBe(0);
    expect(Object.is(roundHalfAwayFromZero(-0.04, 1), 0)).toBe(true);
    expect(roundHalfAwayFromZero(1e21, 1)).toBe(1e21);
  });
});

describe('number formats (en-GB, hyphen-minus)', () => {
  it('formats counts with thousands separators', () => {
    expect(formatCount(1205)).toBe('1,205');
    expect(formatCount(-1205)).toBe('-1,205');
    expect(formatCount(0)).toBe('0');
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(null)).toBe('n/a');
  });
  it('formats decimals', () => {
    expect(formatDecimal(54.43553774215097)).toBe('54.4');
    expect(formatDecimal(10.998336106489184)).toBe('11.0');
    expect(formatDecimal(1234.56)).toBe('1,234.6');
    expect(formatDecimal(0.2471609886439546)).toBe('0.2');
    expect(formatDecimal(2.25)).toBe('2.3');
    expect(formatDecimal(-0.04)).toBe('0.0');
    expect(formatDecimal(3.14159, 2)).toBe('3.14');
    expect(formatDecimal(undefined)).toBe('n/a');
    expect(formatDecimal(Number.NaN)).toBe('n/a');
    expect(formatDecimal(Number.POSITIVE_INFINITY)).toBe('n/a');
  });
  it('formats percentages', () => {
    expect(formatPct(12.94)).toBe('12.9%');
    expect(formatPct(-12.882189437673722)).toBe('-12.9%');
    expect(formatPct(24.29078014184397)).toBe('24.3%');
    expect(formatPct(null)).toBe('n/a');
  });
  it('formats signed counts, with "-" for no change', () => {
    expect(formatSignedCount(26)).toBe('+26');
    expect(formatSignedCount(-12)).toBe('-12');
    expect(formatSignedCount(-1205)).toBe('-1,205');
    expect(formatSignedCount(0)).toBe('-');
    expect(formatSignedCount(null)).toBe('n/a');
  });
  it('formats signed percentages; a non-zero change that rounds to 0.0 is unsigned', () => {
    expect(formatSignedPct(2.467811158798283)).toBe('+2.5%');
    expect(formatSignedPct(-12.94)).toBe('-12.9%');
    expect(formatSignedPct(0)).toBe('-');
    expect(formatSignedPct(0.04)).toBe('0.0%');
    expect(formatSignedPct(-0.04)).toBe('0.0%');
    expect(formatSignedPct(0.05)).toBe('+0.1%');
    expect(formatSignedPct(-0.05)).toBe('-0.1%');
    expect(formatSignedPct(1234.56)).toBe('+1,234.6%');
    expect(formatSignedPct(null)).toBe('n/a');
  });
  it('formats percentage points', () => {
    expect(formatSignedPp(0.7677449114916683)).toBe('+0.8 pp');
    expect(formatSignedPp(-1.25)).toBe('-1.3 pp');
    expect(formatSignedPp(0)).toBe('-');
    expect(formatSignedPp(0.01)).toBe('0.0 pp');
    expect(formatSignedPp(null)).toBe('n/a');
  });
  it('formats a value and a change by the kind of measure', () => {
    expect(formatValue(24.29078014184397, true)).toBe('24.3%');
    expect(formatValue(8149, false)).toBe('8,149');
    expect(formatValue(12.34, false)).toBe('12.3');
    expect(formatValue(null, true)).toBe('n/a');
    expect(formatSignedChange(0.7677, true)).toBe('+0.8 pp');
    expect(formatSignedChange(-1205, false)).toBe('-1,205');
    expect(formatSignedChange(2.25, false)).toBe('+2.3');
    expect(formatSignedChange(0, false)).toBe('-');
  });
});

describe('ordinal', () => {
  it.each([
    [1, '1st'], [2, '2nd'], [3, '3rd'], [4, '4th'], [10, '10th'], [11, '11th'], [12, '12th'], [13, '13th'],
    [21, '21st'], [22, '22nd'], [23, '23rd'], [101, '101st'], [111, '111th'], [112, '112th'], [113, '113th'], [0, '0th'],
  ])('%d -> %s', (n, expected) => {
    expect(ordinal(n)).toBe(expected);
  });
});
