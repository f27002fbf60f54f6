import { describe, expect, it } from 'vitest';
import { toAnnualTotals } from '../../src/ingest/annual-totals.js';
import { monthsOfAssessmentYear } from '../../src/ingest/periods.js';
import type { Observation } from '../../src/model.js';
import { errorFrom, problemsOf } from './helpers.js';

function months(measure: string, areaCode: string, keys: string[], value: (index: number) => number | null, file = 'police.csv'): Observation[] {
  return keys.map((period, index) => ({ measure, areaCode, period, value: value(index), file, line: index + 2 }));
}

describe('toAnnualTotals', () => {
  it('sums a complete year and leaves an incomplete one blank with one warning', () => {
    const complete = months('all_crime', 'E07000110', monthsOfAssessmentYear(2024, 9), (i) => 100 + i);
    const partial = months('all_crime', 'E07000110', monthsOfAssessmentYear(2023, 9).slice(0, 9), () => 90);
    const { table, warnings } = toAnnualTotals([...partial, ...complete], 9);
    expect([...table.get('all_crime')!.get('E07000110')!]).toEqual([[2023, null], [2024, 1266]]);
    expect(warnings).toEqual([{
      message: 'all_crime for E07000110: no total for 2022-23 (missing Jul 2023 to Sep 2023), because the year is incomplete',
      file: 'police.csv',
      measure: 'all_crime',
    }]);
  });

  it('treats a month with no value as incomplete, never as zero', () => {
    const keys = monthsOfAssessmentYear(2024, 12);
    const obs = months('asb', 'E05005000', keys, (i) => (i === 4 || i === 7 ? null : 10));
    const { table, warnings } = toAnnualTotals(obs.filter((o) => o.period !== '2024-12'), 12);
    expect(table.get('asb')!.get('E05005000')!.get(2024)).toBeNull();
    expect(warnings[0]!.message).toBe('asb for E05005000: no total for 2024 (missing Dec 2024; no value for May 2024, Aug 2024), because the year is incomplete');
  });

  it('takes YYYY rows as the annual value, including no value', () => {
    const obs: Observation[] = [
      { measure: 'reoffending_pct', areaCode: 'E07000110', period: '2024', value: 23.5, file: 'moj.csv', line: 2 },
      { measure: 'reoffending_pct', areaCode: 'E07000110', period: '2023', value: null, file: 'moj.csv', line: 3 },
    ];
    const { table, warnings } = toAnnualTotals(obs, 3);
    expect([...table.get('reoffending_pct')!.get('E07000110')!]).toEqual([[2023, null], [2024, 23.5]]);
    expect(warnings).toEqual([]);
  });

  it('sums decimals without binary noise', () => {
    const obs = months('hospital_alcohol', 'E07000110', monthsOfAssessmentYear(2024, 3), () => 0.1);
    expect(toAnnualTotals(obs, 3).table.get('hospital_alcohol')!.get('E07000110')!.get(2024)).toBe(1.2);
  });

  it('rejects monthly and annual rows for the same year, and duplicate rows, all at once', () => {
    const obs: Observation[] = [
      ...months('all_crime', 'E07000110', ['2024-01', '2024-02'], () => 5, 'a.csv'),
      { measure: 'all_crime', areaCode: 'E07000110', period: '2024', value: 60, file: 'b.csv', line: 7 },
      { measure: 'asb', areaCode: 'E07000110', period: '2024-01', value: 1, file: 'a.csv', line: 10 },
      { measure: 'asb', areaCode: 'E07000110', period: '2024-01', value: 2, file: 'b.csv', line: 11 },
    ];
    const problems = problemsOf(errorFrom(() => toAnnualTotals(obs, 9)));
    expect(problems.map((p) => p.message)).toEqual([
      'asb for E07000110 in 2024-01 is given twice: a.csv line 10 and b.csv line 11',
      'all_crime for E07000110 in 2023-24 is given both by month and as a year total (b.csv line 7)',
    ]);
    expect(problems[1]!.details.location).toEqual({ file: 'a.csv', line: 2 });
  });
});
