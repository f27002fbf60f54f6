import { describe, expect, it } from 'vitest';
import { improvementOf, leagueAreas, longMonth, monthlyRun } from '../../src/report/chart-inputs.js';
import type { Observation } from '../../src/model.js';
import { seedConfig } from '../figures/seed-fixture.js';
import { measure, row } from '../narrative/rows.js';

const config = seedConfig();
const months = (from: number, count: number): string[] =>
  Array.from({ length: count }, (_, i) => {
    const index = from + i;
    return `${2010 + Math.floor(index / 12)}-${String((((index % 12) + 12) % 12) + 1).padStart(2, "0")}`;
  });
const obs = (period: string, value: number | null, area = config.area): Observation => ({ measure: 'shoplifting', areaCode: area, period, value, file: 'x.csv', line: 1 });

describe('monthlyRun', () => {
  it('takes the unbroken run of months ending with the assessment year, oldest first', () => {
    // Oct 2009 .. Sep 2012 is 36 months for assessment year 2012 (year_end_month 9).
    const periods = months(-3, 36);
    const run = monthlyRun(periods.map((p, i) => obs(p, i)), 'shoplifting', config.area, 2012, config)!;
    expect(run.labels[0]).toBe('2009-10');
    expect(run.labels.at(-1)).toBe('2012-09');
    expect(run.values).toHaveLength(36);
    expect(run.values[35]).toBe(35);
  });

  it('stops at a gap and refuses a run under 24 months', () => {
    const periods = months(-3, 36).filter((p) => p !== '2011-03');
    expect(monthlyRun(periods.map((p) => obs(p, 5)), 'shoplifting', config.area, 2012, config)).toBeNull();
    const withGapEarly = months(-3, 36).filter((p) => p !== '2010-01');
    expect(monthlyRun(withGapEarly.map((p) => obs(p, 5)), 'shoplifting', config.area, 2012, config)!.labels[0]).toBe('2010-02');
  });

  it('ignores other areas, annual rows and missing values', () => {
    const periods = months(-3, 36);
    const observations = [...periods.map((p) => obs(p, 1)), obs('2012', 500), ...periods.map((p) => obs(p, 9, 'OTHER'))];
    expect(monthlyRun(observations, 'shoplifting', config.area, 2012, config)!.values.every((v) => v === 1)).toBe(true);
    expect(monthlyRun([...periods.slice(0, 35).map((p) => obs(p, 1)), obs('2012-09', null)], 'shoplifting', config.area, 2012, config)).toBeNull();
  });
});

describe('chart helpers', () => {
  it('maps polarity to the SPC improvement direction', () => {
    expect([measure(), measure({ polarity: 'higher_is_better' }), measure({ polarity: 'neutral' })].map(improvementOf)).toEqual(['decrease', 'increase', 'neither']);
  });

  it('writes months in full for the narrative', () => {
    expect(longMonth('2024-03')).toBe('March 2024');
  });

  it('lists the county districts by rate, marking home', () => {
    const rows = [
      row(1, 2, { areaCode: config.area, areaName: 'Maidstone', per1000: 6.4 }),
      row(1, 2, { areaCode: 'E07000105', areaName: 'Ashford', per1000: null }),
      row(1, 2, { areaCode: 'E07000084', areaName: 'Basingstoke', per1000: 3 }),
      row(1, 2, { areaCode: 'E10000016', areaName: 'Kent', kind: 'county', per1000: 5 }),
    ];
    expect(leagueAreas(rows, measure(), config)).toEqual([
      { name: 'Maidstone', value: 6.4, home: true },
      { name: 'Ashford', value: null, home: false },
    ]);
  });
});
