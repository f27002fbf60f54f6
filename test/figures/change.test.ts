import { describe, expect, it } from 'vitest';
import { pctChange, volumeChange } from '../../src/figures/change.js';

describe('volumeChange', () => {
  it('is current minus previous', () => {
    expect(volumeChange(8149, 9354)).toBe(-1205);
    expect(volumeChange(955, 932)).toBe(23);
    expect(volumeChange(47, 47)).toBe(0);
  });
  it('is null when either value is missing', () => {
    expect(volumeChange(null, 10)).toBeNull();
    expect(volumeChange(10, null)).toBeNull();
    expect(volumeChange(undefined, 10)).toBeNull();
  });
  it('treats zero as a value, not as missing', () => {
    expect(volumeChange(5, 0)).toBe(5);
    expect(volumeChange(0, 5)).toBe(-5);
  });
});

describe('pctChange', () => {
  it('is computed from unrounded values', () => {
    expect(pctChange(8149, 9354)).toBeCloseTo(-12.882189437673722, 12);
    expect(String(pctChange(955, 932))).toBe('2.467811158798283');
    // The seed's proportions: 23.52% -> 24.29% is +3.3% relative.
    expect(pctChange((100 * 411) / 1692, (100 * 434) / 1845)).toBeCloseTo(3.2638, 4);
  });
  it('has no percentage for a change from zero (never Infinity or NaN)', () => {
    expect(pctChange(5, 0)).toBeNull();
    expect(pctChange(0, 0)).toBeNull();
  });
  it('is null when a value is missing', () => {
    expect(pctChange(null, 10)).toBeNull();
    expect(pctChange(10, null)).toBeNull();
  });
  it('is -100% for a fall to zero', () => {
    expect(pctChange(0, 40)).toBe(-100);
  });
});
