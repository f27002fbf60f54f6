/**
 * Seeded randomness for the synthetic sample data. Every random draw comes from a stream keyed
 * by what it is for (area, measure, month...), not from one global sequence, so a value does
 * not depend on which other values were generated: data/2023 and data/2024 cut the same world.
 */

/** Changing this changes every synthetic figure. */
export const SAMPLE_SEED = 'wealdshire-2024';

export type Rng = () => number;

/** mulberry32: a small, fast 32-bit PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a 32-bit hash of a string. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A PRNG stream for one purpose, e.g. rngFor('police', 'E07999006', 'shoplifting', '2024-01'). */
export function rngFor(...key: (string | number)[]): Rng {
  const rng = mulberry32(hash32(`${SAMPLE_SEED}|${key.join('|')}`));
  rng(); // discard the first draw: neighbouring keys give correlated first outputs
  return rng;
}

/** Uniform in [lo, hi). */
export function uniform(rng: Rng, lo: number, hi: number): number {
  return lo + (hi - lo) * rng();
}

/** Standard normal (Box-Muller). */
export function normal(rng: Rng): number {
  const u = Math.max(rng(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

/** A multiplicative factor around 1: exp(N(0, sigma)). */
export function lognormalFactor(rng: Rng, sigma: number): number {
  return Math.exp(sigma * normal(rng));
}

/** A Poisson count with mean lambda (Knuth below 30, rounded normal approximation above). */
export function poisson(rng: Rng, lambda: number): number {
  if (lambda <= 0) return 0;
  if (lambda < 30) {
    const limit = Math.exp(-lambda);
    let k = 0;
    let p = rng();
    while (p > limit) {
      k++;
      p *= rng();
    }
    return k;
  }
  return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * normal(rng)));
}

/** A binomial count: how many of n trials succeed with probability p. */
export function binomial(rng: Rng, n: number, p: number): number {
  let k = 0;
  for (let i = 0; i < n; i++) if (rng() < p) k++;
  return k;
}

/**
 * Splits total into integers proportional to weights, summing exactly to total
 * (largest-remainder method; ties go to the earlier entry).
 */
export function largestRemainder(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0 || weights.length === 0) throw new Error('largestRemainder: weights must be positive');
  const exact = weights.map((w) => (total * w) / sum);
  const shares = exact.map(Math.floor);
  let left = total - shares.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => ({ i, r: x - Math.floor(x) }))
    .sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    shares[i] = (shares[i] ?? 0) + 1;
    left--;
  }
  return shares;
}
