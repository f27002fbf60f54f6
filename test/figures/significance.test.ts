import { describe, expect, it } from 'vitest';
import { significanceOf } from '../../src/figures/significance.js';
import { measure, row } from '../narrative/rows.js';

const robbery = measure({ id: 'robbery', label: 'Robbery' });

describe('significanceOf', () => {
  it('puts a Byar interval on the rate per 1,000 (statistics.md vector 222 / 3215)', () => {
    const r = row(200, 222, { denominator: 3215, per1000: (222 / 3215) * 1000, countyPer1000: 80 });
    const s = significanceOf(r, robbery, 80);
    expect(s.lower95).toBeCloseTo(60.26574878, 6);
    expect(s.upper95).toBeCloseTo(78.75729371, 6);
    // The county's 80 lies above the whole interval: lower, and lower is better.
    expect(s.countyComparison).toBe('better');
  });

  it('calls a county value inside the interval similar, and orients by polarity', () => {
    const r = row(200, 222, { denominator: 3215, per1000: (222 / 3215) * 1000 });
    expect(significanceOf(r, robbery, 70).countyComparison).toBe('similar');
    expect(significanceOf(r, robbery, 50).countyComparison).toBe('worse');
    expect(significanceOf(r, measure({ polarity: 'higher_is_better' }), 50).countyComparison).toBe('better');
    expect(significanceOf(r, measure({ polarity: 'neutral' }), 50).countyComparison).toBe('higher');
  });

  it('flags a change in counts as notable only when |z| > 3', () => {
    expect(significanceOf(row(4, 9), robbery, null)).toMatchObject({ changeZ: 2, changeNotable: false });
    const big = significanceOf(row(100, 150), robbery, null);
    expect(big.changeZ).toBeCloseTo(2 * (Math.sqrt(150) - 10), 12);
    expect(big.changeNotable).toBe(true);
  });

  it('uses a Wilson interval for a ratio measure (statistics.md vector 1045 / 5000)', () => {
    const pct = measure({ id: 'da_repeat_pct', ratioOf: ['a', 'b'], denominator: 'none' });
    const s = significanceOf(row(20, 20.9), pct, 25, { numerator: 1045, denominator: 5000 });
    expect(s.lower95).toBeCloseTo(19.79554988, 6);
    expect(s.upper95).toBeCloseTo(22.04913037, 6);
    expect(s).toMatchObject({ countyComparison: 'better', changeZ: null, changeNotable: null });
  });

  it('compares nothing for published rates, the county row, or a missing interval', () => {
    expect(significanceOf(row(4, 9), measure({ valueKind: 'rate' }), 3)).toEqual({ lower95: null, upper95: null, countyComparison: null, changeZ: null, changeNotable: null, lower998: null, upper998: null });
    const county = row(100, 120, { kind: 'county', denominator: 1000, per1000: 120 });
    expect(significanceOf(county, robbery, 120).countyComparison).toBeNull();
    expect(significanceOf(row(100, 120), robbery, 50).countyComparison).toBeNull();
  });
});

describe('significanceOf with published intervals', () => {
  const rate = measure({ id: 'ft_violence_admissions', label: 'Admissions – rate per 100,000', denominator: 'none', valueKind: 'rate' });

  it('compares a published rate using the interval published with it, as given', () => {
    const r = row(40, 38.2, { per1000: null });
    const published = { lower95: 33.1, upper95: 43.9, count: 210, denominator: 183000 };
    expect(significanceOf(r, rate, 50, undefined, 1, published)).toMatchObject({ lower95: 33.1, upper95: 43.9, countyComparison: 'better', changeZ: null });
    expect(significanceOf(r, rate, 40, undefined, 1, published).countyComparison).toBe('similar');
  });

  it('makes no comparison without a published interval or a county value', () => {
    expect(significanceOf(row(40, 38.2), rate, 50).countyComparison).toBeNull();
    expect(significanceOf(row(40, 38.2), rate, null, undefined, 1, { lower95: 33.1, upper95: 43.9 }).countyComparison).toBe('not_compared');
  });
});
