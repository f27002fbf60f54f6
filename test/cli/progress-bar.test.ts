import { describe, expect, it } from 'vitest';
import { Milestones, progressLine, progressText } from '../../src/cli/progress-bar.js';

const plain = { columns: 80, colour: false, frame: 0 };

describe('progressLine', () => {
  it('draws a bar with the task, done of total and the percentage', () => {
    expect(progressLine('Reading data files', 60, 240, plain)).toBe(`Reading data files [${'█'.repeat(7)}${'░'.repeat(23)}] 60/240 25%`);
  });

  it('fills the bar completely only at the end', () => {
    expect(progressLine('Printing', 239, 240, plain)).toBe(`Printing [${'█'.repeat(29)}░] 239/240 99%`);
    expect(progressLine('Printing', 0, 240, plain)).toBe(`Printing [${'░'.repeat(30)}] 0/240 0%`);
  });

  it('stays narrower than the terminal, shortening the bar and then the task name', () => {
    const narrow = progressLine('Reading a year of street-level files from the archive', 5, 10, { ...plain, columns: 40 });
    expect(narrow).toBe(`Reading a year o… [${'█'.repeat(5)}${'░'.repeat(5)}] 5/10 50%`);
    expect(narrow.length).toBe(39);
  });

  it('colours only the filled part of the bar', () => {
    expect(progressLine('Reading', 1, 2, { ...plain, colour: true })).toBe(`Reading [\x1b[36m${'█'.repeat(15)}\x1b[39m${'░'.repeat(15)}] 1/2 50%`);
  });

  it('shows a spinner and a count when the total is not known', () => {
    expect(progressLine('Printing the PDF', 3, 0, plain)).toBe('⠋ Printing the PDF 3');
    expect(progressLine('Printing the PDF', 4, 0, { ...plain, frame: 1 })).toBe('⠙ Printing the PDF 4');
  });
});

describe('progressText', () => {
  it('says done of total and the percentage, or the count alone', () => {
    expect(progressText('Reading data files', 60, 240)).toBe('Reading data files: 60/240 (25%)');
    expect(progressText('Printing', 7, 0)).toBe('Printing: 7');
  });
});

describe('Milestones', () => {
  const reported = (steps: number, total: number, calls: number[]): number[] => {
    const milestones = new Milestones(steps);
    return calls.filter((done) => milestones.passed('task', done, total));
  };

  it('keeps the start, each quarter and the end of a thousand steps', () => {
    expect(reported(4, 1000, Array.from({ length: 1001 }, (_, i) => i))).toEqual([0, 250, 500, 750, 1000]);
  });

  it('keeps a quarter once even when steps jump past it', () => {
    expect(reported(4, 8, [1, 5, 6, 8, 8])).toEqual([1, 5, 6, 8]);
  });

  it('starts again when the count goes back down', () => {
    expect(reported(4, 4, [0, 4, 0, 4])).toEqual([0, 4, 0, 4]);
  });

  it('keeps each tenfold count when there is no total', () => {
    expect(reported(4, 0, Array.from({ length: 1500 }, (_, i) => i + 1))).toEqual([1, 10, 100, 1000]);
  });

  it('follows tasks separately', () => {
    const milestones = new Milestones(4);
    expect([milestones.passed('a', 0, 4), milestones.passed('b', 0, 4), milestones.passed('a', 0, 4), milestones.passed('b', 4, 4)]).toEqual([true, true, false, true]);
  });
});
