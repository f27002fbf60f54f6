/**
 * The special-cause rules of an XmR chart, as NHSRplotthedots applies them within one group.
 * Each rule first marks the point at which it is met (the 7th point of a trend or shift), then
 * flags every point that is part of the pattern, so callers can use either reading.
 * Signs: 1 = high (above the mean, or rising), -1 = low (below, or falling), 0 = none.
 */

export type Sign = -1 | 0 | 1;

/** A trend or a shift needs this many points (statistics.md; NHS "Making Data Count"). */
export const RUN_LENGTH = 7;

function sign(x: number): Sign {
  return x > 0 ? 1 : x < 0 ? -1 : 0;
}

/** Which side of the mean each value lies; a value exactly on the mean is 0 (and breaks a shift). */
export function sidesOfMean(values: readonly number[], mean: number): Sign[] {
  return values.map((y) => sign(y - mean));
}

/**
 * Marks the point completing 7 points each strictly higher (1) or lower (-1) than the one
 * before; an equal value breaks the run. trendMarks([1..7]) marks only the 7th point.
 */
export function trendMarks(values: readonly number[]): Sign[] {
  const marks: Sign[] = values.map(() => 0);
  let run = 1;
  let direction: Sign = 0;
  for (let i = 1; i < values.length; i++) {
    const step = sign((values[i] as number) - (values[i - 1] as number));
    if (step !== 0 && step === direction) run++;
    else run = step === 0 ? 1 : 2;
    direction = step;
    if (run >= RUN_LENGTH) marks[i] = direction;
  }
  return marks;
}

/** Marks the point completing 7 consecutive points on the same side of the mean. */
export function shiftMarks(sides: readonly Sign[]): Sign[] {
  const marks: Sign[] = sides.map(() => 0);
  let run = 0;
  for (let i = 0; i < sides.length; i++) {
    const side = sides[i] as Sign;
    run = side !== 0 && i > 0 && side === sides[i - 1] ? run + 1 : side === 0 ? 0 : 1;
    if (run >= RUN_LENGTH) marks[i] = side;
  }
  return marks;
}

/**
 * Flags every point of each marked run: the marked point and the 6 before it. A point shared by
 * two runs takes the later one, as NHSRplotthedots reads a turning point by its right side.
 */
export function spreadRuns(marks: readonly Sign[], length: number = RUN_LENGTH): Sign[] {
  const flags: Sign[] = marks.map(() => 0);
  marks.forEach((mark, i) => {
    if (mark === 0) return;
    for (let j = Math.max(0, i - length + 1); j <= i; j++) flags[j] = mark;
  });
  return flags;
}

/** All the points of every 7-point trend, with its direction. */
export function trendPoints(values: readonly number[]): Sign[] {
  return spreadRuns(trendMarks(values));
}

/** All the points of every run of 7 or more on one side of the mean, with the side. */
export function shiftPoints(sides: readonly Sign[]): Sign[] {
  return spreadRuns(shiftMarks(sides));
}

/**
 * Two of three consecutive points beyond the 2-sigma line on the same side. As in
 * NHSRplotthedots, all three points of the window must lie on that side of the mean; only the
 * points beyond the line are flagged. `beyond[i]` is true when point i counts as beyond it.
 */
export function twoOfThreePoints(beyond: readonly boolean[], sides: readonly Sign[]): Sign[] {
  const flags: Sign[] = sides.map(() => 0);
  for (let start = 0; start + 2 < sides.length; start++) {
    const window = [start, start + 1, start + 2];
    const side = sides[start] as Sign;
    if (side === 0 || !window.every((i) => sides[i] === side)) continue;
    if (window.filter((i) => beyond[i]).length < 2) continue;
    for (const i of window) if (beyond[i]) flags[i] = side;
  }
  return flags;
}
