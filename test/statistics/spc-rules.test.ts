import { describe, expect, it } from 'vitest';
import {
  shiftMarks, shiftPoints, sidesOfMean, spreadRuns, trendMarks, trendPoints, twoOfThreePoints, type Sign,
} from '../../src/statistics/spc-rules.js';

const range = (from: number, to: number): number[] =>
  Array.from({ length: Math.abs(to - from) + 1 }, (_, i) => (from <= to ? from + i : from - i));

describe('trend: 7 points each strictly higher (or lower) than the one before', () => {
  it('trend(1..7) flags the 7th point (statistics.md)', () => {
    expect(trendMarks(range(1, 7))).toEqual([0, 0, 0, 0, 0, 0, 1]);
  });
  it('and all 7 points are part of the trend', () => {
    expect(trendPoints(range(1, 7))).toEqual([1, 1, 1, 1, 1, 1, 1]);
  });
  it('trend(1, 2, 3, 3, 4, 5, 6) flags nothing: the tie breaks it (statistics.md)', () => {
    expect(trendMarks([1, 2, 3, 3, 4, 5, 6])).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(trendPoints([1, 2, 3, 3, 4, 5, 6])).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });
  // NHSRplotthedots' own tests of ptd_seven_point_trend.
  it.each([
    [[], []],
    [range(1, 6), [0, 0, 0, 0, 0, 0]],
    [[2, ...range(1, 7), 3], [0, 0, 0, 0, 0, 0, 0, 1, 0]],
    [range(7, 1), [0, 0, 0, 0, 0, 0, -1]],
    [[2, ...range(7, 1), 3], [0, 0, 0, 0, 0, 0, 0, -1, 0]],
  ])('trendMarks(%j) = %j', (values, marks) => {
    expect(trendMarks(values)).toEqual(marks);
  });
  it('flags every point of a longer trend, and gives a turning point to the later trend', () => {
    expect(trendPoints([2, ...range(1, 7), 3])).toEqual([0, 1, 1, 1, 1, 1, 1, 1, 0]);
    expect(trendPoints([...range(1, 7), ...range(6, 0)])).toEqual([1, 1, 1, 1, 1, 1, -1, -1, -1, -1, -1, -1, -1, -1]);
  });
});

describe('shift: 7 consecutive points on the same side of the mean', () => {
  it('shift(1 x 8, then -1) marks the 7th and 8th points and flags the run (statistics.md)', () => {
    const sides: Sign[] = [1, 1, 1, 1, 1, 1, 1, 1, -1];
    expect(shiftMarks(sides)).toEqual([0, 0, 0, 0, 0, 0, 1, 1, 0]);
    expect(shiftPoints(sides)).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 0]);
  });
  // NHSRplotthedots' own tests of ptd_seven_point_one_side_mean.
  it.each([
    [[], []],
    [[1, 1, 1, 1, 1, 1], [0, 0, 0, 0, 0, 0]],
    [[1, 1, 1, 1, 1, 1, -1], [0, 0, 0, 0, 0, 0, 0]],
    [[-1, -1, -1, -1, -1, -1, -1, -1, 1], [0, 0, 0, 0, 0, 0, -1, -1, 0]],
    [[-1, 1, 1, 1, 1, 1, 1, 1, 1, -1], [0, 0, 0, 0, 0, 0, 0, 1, 1, 0]],
  ] as [Sign[], Sign[]][])('shiftMarks(%j) = %j', (sides, marks) => {
    expect(shiftMarks(sides)).toEqual(marks);
  });
  it('is broken by a point on the mean', () => {
    expect(shiftMarks([1, 1, 1, 0, 1, 1, 1, 1])).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    expect(sidesOfMean([1, 2, 3], 2)).toEqual([-1, 0, 1]);
  });
});

describe('spreadRuns', () => {
  it('flags the marked point and the six before it', () => {
    expect(spreadRuns([0, 0, 0, 0, 0, 0, 0, 0, -1])).toEqual([0, 0, -1, -1, -1, -1, -1, -1, -1]);
  });
});

describe('two of three beyond the 2-sigma line', () => {
  const high: Sign[] = [1, 1, 1, 1, 1];
  it('flags the points beyond the line in a window of three on one side', () => {
    expect(twoOfThreePoints([true, false, true, false, false], high)).toEqual([1, 0, 1, 0, 0]);
    expect(twoOfThreePoints([false, true, true, false, false], high)).toEqual([0, 1, 1, 0, 0]);
    expect(twoOfThreePoints([true, false, false, true, true], high)).toEqual([0, 0, 0, 1, 1]);
  });
  it('needs two in the same window', () => {
    expect(twoOfThreePoints([true, false, false, true, false], high)).toEqual([0, 0, 0, 0, 0]);
  });
  it('needs all three points on the same side of the mean (as NHSRplotthedots)', () => {
    expect(twoOfThreePoints([true, false, true], [1, -1, 1])).toEqual([0, 0, 0]);
    expect(twoOfThreePoints([true, true, false], [1, -1, -1])).toEqual([0, 0, 0]);
    expect(twoOfThreePoints([true, true, false], [-1, -1, -1])).toEqual([-1, -1, 0]);
  });
  it('handles series shorter than a window', () => {
    expect(twoOfThreePoints([], [])).toEqual([]);
    expect(twoOfThreePoints([true, true], [1, 1])).toEqual([0, 0]);
  });
});
