import { describe, expect, it } from 'vitest';
import { buildAnnualTotals } from '../../../src/ingest/annual-totals.js';
import { parseAnyPeriod, parsePeriod, quarterLabel, quartersOfAssessmentYear } from '../../../src/ingest/periods.js';
import type { Observation } from '../../../src/model.js';

const obs = (period: string, value: number | null, line: number, file = 'ho.csv', measure = 'robbery'): Observation => ({ measure, areaCode: 'E07999001', period, value, file, line });

describe('quarter periods', () => {
  it('are read as quarters, but not by the tidy parser', () => {
    expect(parseAnyPeriod('2024-Q1')).toEqual({ kind: 'quarter', year: 2024, quarter: 1 });
    expect(parseAnyPeriod('2024-03')).toEqual({ kind: 'month', year: 2024, month: 3 });
    expect([parseAnyPeriod('2024-Q5'), parseAnyPeriod('2024-q1'), parsePeriod('2024-Q1')]).toEqual([null, null, null]);
    expect(quarterLabel('2023-Q4')).toBe('Oct to Dec 2023');
  });

  it('lists the quarters of an assessment year only when it starts on a quarter', () => {
    expect(quartersOfAssessmentYear(2024, 3)).toEqual(['2023-Q2', '2023-Q3', '2023-Q4', '2024-Q1']);
    expect(quartersOfAssessmentYear(2024, 12)).toEqual(['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4']);
    expect(quartersOfAssessmentYear(2024, 6)).toEqual(['2023-Q3', '2023-Q4', '2024-Q1', '2024-Q2']);
    expect(quartersOfAssessmentYear(2024, 10)).toBeNull();
  });
});

describe('buildAnnualTotals with quarters', () => {
  it('needs all four quarters with a value', () => {
    const { table, warnings } = buildAnnualTotals([obs('2024-Q1', 5, 2), obs('2024-Q2', 6, 3), obs('2024-Q3', null, 4)], 12);
    expect(table.get('robbery')!.get('E07999001')!.get(2024)).toBeNull();
    expect(warnings[0]!.message).toBe('robbery for E07999001: no total for 2024 (missing Oct to Dec 2024; no value for Jul to Sep 2024), because the year is incomplete');
  });

  it('rejects a year given both by month and by quarter, and a quarter given twice', () => {
    const { problems } = buildAnnualTotals([obs('2024-01', 1, 2, 'street.csv'), obs('2024-Q1', 5, 7), obs('2024-Q2', 5, 8), obs('2024-Q2', 6, 9, 'ho2.csv')], 12);
    expect(problems.map((p) => p.message)).toEqual([
      'robbery for E07999001 in 2024-Q2 is given twice: ho.csv line 8 and ho2.csv line 9',
      'robbery for E07999001 in 2024 is given both by month (street.csv line 2) and by quarter',
    ]);
    expect(problems[1]!.details.location).toEqual({ file: 'ho.csv', line: 7 });
  });

  it('rejects a year given by quarter and as a year total', () => {
    const { problems } = buildAnnualTotals([obs('2024-Q1', 5, 2), obs('2024', 50, 3, 'tidy.csv')], 12);
    expect(problems.map((p) => p.message)).toEqual(['robbery for E07999001 in 2024 is given both by quarter and as a year total (tidy.csv line 3)']);
  });

  it('reports quarters it cannot place once per file', () => {
    const { problems, table } = buildAnnualTotals([obs('2024-Q1', 5, 2), obs('2024-Q2', 5, 3), obs('2024-Q1', 5, 4, 'other.csv', 'asb')], 8);
    expect(problems.map((p) => [p.message, p.details.location])).toEqual([
      ['Quarterly data (2 values in this file) cannot be split into the configured assessment year, which ends in Aug (year_end_month 8)', { file: 'ho.csv', line: 2 }],
      ['Quarterly data (1 value in this file) cannot be split into the configured assessment year, which ends in Aug (year_end_month 8)', { file: 'other.csv', line: 4 }],
    ]);
    expect(table.size).toBe(0);
  });
});
