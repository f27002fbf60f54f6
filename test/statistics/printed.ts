import { expect } from 'vitest';

/** Decimal places in a printed reference figure, e.g. '5571.643391' -> 6. */
export function decimalsOf(printed: string): number {
  const dot = printed.indexOf('.');
  return dot < 0 ? 0 : printed.length - dot - 1;
}

/**
 * Expects `actual` to round to the reference figure as printed: within half a unit of its last
 * digit, so a vector given to 10 significant digits is matched to all 10.
 */
export function expectPrinted(actual: number, printed: string): void {
  expect(actual).toBeCloseTo(Number(printed), decimalsOf(printed));
}
