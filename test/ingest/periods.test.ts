import { describe, expect, it } from 'vitest';
import { assessmentYearOfMonth, monthsOfAssessmentYear, parsePeriod, periodLabel, shortYearLabel } from '../../src/ingest/periods.js';

describe('parsePeriod', () => {
  it('reads months and years', () => {
    expect(parsePeriod('2024-03')).toEqual({ kind: 'month', year: 2024, month: 3 });
    expect(parsePeriod(' 2023-12 ')).toEqual({ kind: 'month', year: 2023, month: 12 });
    expect(parsePeriod('2024')).toEqual({ kind: 'year', year: 2024 });
  });

  it.each(['2024-13', '2024-00', '2024-3', '24-03', 'Mar-24', '2024/03', '2023-24', '', '20245'])('rejects %j', (text) => {
    expect(parsePeriod(text)).toBeNull();
  });
});

describe('assessment years', () => {
  it('puts October to September in the year ending in September (yearEndMonth 9)', () => {
    expect(assessmentYearOfMonth(2023, 9, 9)).toBe(2023);
    expect(assessmentYearOfMonth(2023, 10, 9)).toBe(2024);
    expect(assessmentYearOfMonth(2024, 1, 9)).toBe(2024);
    expect(assessmentYearOfMonth(2024, 9, 9)).toBe(2024);
    expect(assessmentYearOfMonth(2024, 10, 9)).toBe(2025);
  });

  it('puts April to March in the financial year ending in March (yearEndMonth 3)', () => {
    expect(assessmentYearOfMonth(2023, 3, 3)).toBe(2023);
    expect(assessmentYearOfMonth(2023, 4, 3)).toBe(2024);
    expect(assessmentYearOfMonth(2023, 12, 3)).toBe(2024);
    expect(assessmentYearOfMonth(2024, 3, 3)).toBe(2024);
  });

  it('uses the calendar year for yearEndMonth 12', () => {
    expect(assessmentYearOfMonth(2024, 1, 12)).toBe(2024);
    expect(assessmentYearOfMonth(2024, 12, 12)).toBe(2024);
    expect(assessmentYearOfMonth(2023, 12, 12)).toBe(2023);
  });

  it('lists the 12 months of a year across the year boundary', () => {
    expect(monthsOfAssessmentYear(2024, 9)).toEqual([
      '2023-10', '2023-11', '2023-12', '2024-01', '2024-02', '2024-03',
      '2024-04', '2024-05', '2024-06', '2024-07', '2024-08', '2024-09',
    ]);
    expect(monthsOfAssessmentYear(2024, 3)[0]).toBe('2023-04');
    expect(monthsOfAssessmentYear(2024, 3)[11]).toBe('2024-03');
    expect(monthsOfAssessmentYear(2024, 12)).toEqual([
      '2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06',
      '2024-07', '2024-08', '2024-09', '2024-10', '2024-11', '2024-12',
    ]);
    expect(monthsOfAssessmentYear(2024, 1)).toEqual([
      '2023-02', '2023-03', '2023-04', '2023-05', '2023-06', '2023-07',
      '2023-08', '2023-09', '2023-10', '2023-11', '2023-12', '2024-01',
    ]);
  });

  it('labels years as the seeds do', () => {
    expect(periodLabel(2024, 9)).toBe('Oct 2023 to Sep 2024');
    expect(periodLabel(2024, 3)).toBe('Apr 2023 to Mar 2024');
    expect(periodLabel(2024, 12)).toBe('Jan to Dec 2024');
    expect(shortYearLabel(2024, 9)).toBe('2023-24');
    expect(shortYearLabel(2024, 3)).toBe('2023-24');
    expect(shortYearLabel(2000, 3)).toBe('1999-00');
    expect(shortYearLabel(2024, 12)).toBe('2024');
  });
});
