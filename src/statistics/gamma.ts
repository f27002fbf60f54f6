/**
 * The gamma distribution, for the exact Poisson confidence interval:
 * qchisq(p, 2x) / 2 = qgamma(p, x), so PHEindicatormethods' chi-square limits come from here.
 */

import { qnorm } from './normal.js';
import { checkPositive, checkProbability } from './validate.js';

// Lanczos approximation, g = 7, n = 9: about 15 significant digits, ample for the CIs.
const LANCZOS_G = 7;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
  -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
  1.5056327351493116e-7,
];

/** log Gamma(a) for a > 0. */
export function lnGamma(a: number): number {
  checkPositive(a, 'a');
  // Reflection keeps the series accurate for small a (the shape can be near 0 for tiny counts).
  if (a < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * a)) - lnGamma(1 - a);
  const z = a - 1;
  let sum = LANCZOS[0] as number;
  for (let i = 1; i < LANCZOS.length; i++) sum += (LANCZOS[i] as number) / (z + i);
  const t = z + LANCZOS_G + 0.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

const EPSILON = 1e-16;
const MAX_ITERATIONS = 10_000;

/** The common factor x^a e^-x / Gamma(a) of both expansions, computed in logs to avoid overflow. */
function prefactor(a: number, x: number): number {
  return Math.exp(a * Math.log(x) - x - lnGamma(a));
}

/** P(a, x) by its power series; converges fast for x < a + 1. */
function lowerSeries(a: number, x: number): number {
  let term = 1 / a;
  let sum = term;
  for (let n = 1; n < MAX_ITERATIONS; n++) {
    term *= x / (a + n);
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * EPSILON) break;
  }
  return sum * prefactor(a, x);
}

/** Q(a, x) = 1 - P(a, x) by its continued fraction (modified Lentz); converges fast for x >= a + 1. */
function upperContinuedFraction(a: number, x: number): number {
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let n = 1; n < MAX_ITERATIONS; n++) {
    const an = -n * (n - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPSILON) break;
  }
  return h * prefactor(a, x);
}

/** The regularized lower incomplete gamma function P(a, x): the gamma(a, 1) CDF at x. */
export function pgamma(x: number, shape: number): number {
  checkPositive(shape, 'shape');
  if (Number.isNaN(x)) throw new RangeError('x must be a number');
  if (x <= 0) return 0;
  if (x === Infinity) return 1;
  return x < shape + 1 ? lowerSeries(shape, x) : 1 - upperContinuedFraction(shape, x);
}

/** The upper tail Q(a, x) = 1 - P(a, x), computed directly so small tails keep their precision. */
export function pgammaUpper(x: number, shape: number): number {
  checkPositive(shape, 'shape');
  if (Number.isNaN(x)) throw new RangeError('x must be a number');
  if (x <= 0) return 1;
  if (x === Infinity) return 0;
  return x < shape + 1 ? 1 - lowerSeries(shape, x) : upperContinuedFraction(shape, x);
}

/** Two starting points: the small-x series limit P(a, x) ~ x^a / Gamma(a + 1), and Wilson-Hilferty. */
function initialGuesses(p: number, shape: number): number[] {
  const small = Math.exp((Math.log(p) + lnGamma(shape + 1)) / shape);
  const c = 1 / (9 * shape);
  const wh = shape * Math.max(1e-3, 1 - c + qnorm(p) * Math.sqrt(c)) ** 3;
  return [small, wh].filter((x) => Number.isFinite(x) && x > 0);
}

/**
 * The p quantile of the gamma(shape, 1) distribution, to about 1e-13 relative.
 * Newton steps in log x (robust for quantiles near 0) on whichever tail is smaller (so neither
 * loses digits), kept inside a bracket that bisection shrinks whenever a step would leave it.
 */
export function qgamma(p: number, shape: number): number {
  checkProbability(p, 'p');
  checkPositive(shape, 'shape');
  const useUpper = p > 0.5;
  const target = useUpper ? 1 - p : p;
  // f rises with x in both cases, so f < 0 means the quantile lies above x.
  const f = (x: number): number => (useUpper ? target - pgammaUpper(x, shape) : pgamma(x, shape) - target);

  const guesses = initialGuesses(p, shape);
  let x = guesses.reduce((best, g) => (Math.abs(f(g)) < Math.abs(f(best)) ? g : best), guesses[0] ?? 1);
  let lo = 0;
  let hi = x;
  if (f(x) < 0) {
    lo = x;
    while (f(hi) < 0) hi *= 2;
  } else {
    lo = x / 2;
    while (lo > 0 && f(lo) >= 0) lo /= 2;
  }
  for (let i = 0; i < 500; i++) {
    const fx = f(x);
    if (fx === 0) return x;
    if (fx < 0) lo = Math.max(lo, x);
    else hi = Math.min(hi, x);
    const logDensityTimesX = shape * Math.log(x) - x - lnGamma(shape);
    let next = x * Math.exp(-fx / Math.exp(logDensityTimesX));
    // A geometric midpoint halves the bracket in log x; sqrt each factor so tiny x cannot underflow.
    if (!(next > lo && next < hi)) next = lo > 0 ? Math.sqrt(lo) * Math.sqrt(hi) : hi / 2;
    if (Math.abs(next - x) <= 1e-14 * x || hi - lo <= 1e-15 * hi) return next;
    x = next;
  }
  return x;
}

/** The p quantile of the chi-square distribution with df degrees of freedom. */
export function qchisq(p: number, df: number): number {
  checkPositive(df, 'df');
  return 2 * qgamma(p, df / 2);
}
