import { describe, expect, it } from 'vitest';
import { qnorm, zFor } from '../../src/statistics/normal.js';
import { expectPrinted } from './printed.js';

describe('zFor', () => {
  it.each([
    [0.95, '1.959963985'],
    [0.998, '3.090232306'],
  ])('%s -> %s (statistics.md)', (confidence, z) => {
    expectPrinted(zFor(confidence), z);
  });

  it('rejects a confidence outside (0, 1)', () => {
    for (const c of [0, 1, -0.5, 1.5, Number.NaN]) expect(() => zFor(c)).toThrow(RangeError);
  });
});

describe('qnorm', () => {
  // Values from R's qnorm(), which uses the same algorithm (AS241).
  it.each([
    [0.5, 0],
    [0.975, 1.959963984540054],
    [0.999, 3.090232306167813],
    [0.025, -1.959963984540054],
    [0.8, 0.8416212335729143],
    [1e-10, -6.361340902404056],
    [1e-300, -37.04709629936],
  ])('qnorm(%s) = %s', (p, z) => {
    expect(qnorm(p)).toBeCloseTo(z, 10);
  });

  it('is antisymmetric about 0.5', () => {
    for (const p of [0.001, 0.1, 0.3, 0.49]) expect(qnorm(1 - p)).toBeCloseTo(-qnorm(p), 12);
  });

  it('rejects p outside (0, 1)', () => {
    for (const p of [0, 1, -1, 2, Number.NaN]) expect(() => qnorm(p)).toThrow(RangeError);
  });
});
