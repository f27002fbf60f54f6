import { describe, expect, it } from 'vitest';
import { lnGamma, pgamma, pgammaUpper, qchisq, qgamma } from '../../src/statistics/gamma.js';

describe('lnGamma', () => {
  it('matches factorials and Gamma(1/2) = sqrt(pi)', () => {
    expect(lnGamma(1)).toBeCloseTo(0, 14);
    expect(lnGamma(5)).toBeCloseTo(Math.log(24), 13);
    expect(lnGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 13);
    expect(lnGamma(101)).toBeCloseTo(363.73937555556347, 9);
  });
});

describe('pgamma', () => {
  it('is the exponential CDF for shape 1', () => {
    for (const x of [0.01, 0.5, 1, 3, 20]) expect(pgamma(x, 1)).toBeCloseTo(1 - Math.exp(-x), 14);
  });
  it('is 0 at and below 0 and 1 at infinity', () => {
    expect(pgamma(0, 3)).toBe(0);
    expect(pgamma(-1, 3)).toBe(0);
    expect(pgamma(Infinity, 3)).toBe(1);
  });
  it('matches the Poisson sum for integer shapes', () => {
    // P(a, x) = P(Poisson(x) >= a)
    const x = 7.3;
    let below = 0;
    let term = Math.exp(-x);
    for (let k = 0; k < 5; k++) {
      below += term;
      term *= x / (k + 1);
    }
    expect(pgamma(x, 5)).toBeCloseTo(1 - below, 14);
  });
});

describe('qgamma / qchisq', () => {
  it.each([
    // R: qchisq(p, df)
    [0.975, 10, 20.48317735080739],
    [0.025, 10, 3.246972780236841],
    [0.001, 2, 0.002001000667334],
    [0.999, 4, 18.46682695290317],
    [0.5, 1, 0.454936423119573],
  ])('qchisq(%s, %s) = %s', (p, df, q) => {
    expect(qchisq(p, df)).toBeCloseTo(q, 9);
  });

  it('inverts pgamma to about 1e-12 relative across shapes and tails', () => {
    for (const shape of [0.05, 0.5, 1, 2.5, 10, 100, 1000]) {
      for (const p of [1e-12, 0.001, 0.025, 0.5, 0.975, 0.999, 1 - 1e-10]) {
        const q = qgamma(p, shape);
        const back = p > 0.5 ? pgammaUpper(q, shape) : pgamma(q, shape);
        const target = p > 0.5 ? 1 - p : p;
        expect(Math.abs(back - target) / target, `p=${p} shape=${shape} q=${q}`).toBeLessThan(1e-10);
      }
    }
  });

  it('rejects bad arguments', () => {
    expect(() => qgamma(0, 1)).toThrow(RangeError);
    expect(() => qgamma(1, 1)).toThrow(RangeError);
    expect(() => qgamma(0.5, 0)).toThrow(RangeError);
    expect(() => qchisq(0.5, -2)).toThrow(RangeError);
  });
});
