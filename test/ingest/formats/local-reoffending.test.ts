import { describe, expect, it } from 'vitest';
import { localReoffendingFormat, yearFromFileName } from '../../../src/ingest/formats/local-reoffending.js';
import { districts, fixture, publishedContext } from '../../fixtures/published/context.js';

const header = 'CSP,Total offenders in cohort,Predicted re-offending rate,Actual re-offending rate,Difference';

describe('local adult re-offending by CSP (seed 002 section 4.8)', () => {
  it('is recognised by its header', () => {
    expect(localReoffendingFormat.matches(header.toLowerCase().split(','), 'x.csv')).toBe(true);
    expect(localReoffendingFormat.matches(['csp', 'total offenders in cohort'], 'x.csv')).toBe(false);
  });

  it('takes the period from the file name', () => {
    expect(yearFromFileName('data/2012/local-reoffending-2012.csv')).toBe(2012);
    expect(yearFromFileName('reoffending 2011-12.csv')).toBe(2012);
    expect(yearFromFileName('reoffending_2011_12.csv')).toBe(2012);
    expect(yearFromFileName('reoffending.csv')).toBeNull();
    expect(yearFromFileName('reoffending 2011 to 2012.csv')).toBeNull();
  });

  it('keeps the cohort and the published rates, and ignores totals and unallocated rows by rule', () => {
    const { text, file } = fixture('local-reoffending-2012.csv');
    const output = localReoffendingFormat.read(text, file, publishedContext(3));
    expect(output.problems).toEqual([]);
    expect(output.rows).toBe(8);
    expect(output.observations.map((o) => [o.measure, o.areaCode, o.period, o.value])).toEqual([
      ['reoffending_cohort', districts.ashworth, '2012', 816],
      ['reoffending_predicted_pct', districts.ashworth, '2012', 8.04],
      ['reoffending_actual_pct', districts.ashworth, '2012', 9.19],
      ['reoffending_cohort', districts.bramleigh, '2012', 1623],
      ['reoffending_predicted_pct', districts.bramleigh, '2012', 7.93],
      ['reoffending_actual_pct', districts.bramleigh, '2012', 8.56],
      ['reoffending_cohort', districts.caverley, '2012', 1165],
      ['reoffending_predicted_pct', districts.caverley, '2012', 9.65],
      ['reoffending_actual_pct', districts.caverley, '2012', 10.56],
      ['reoffending_cohort', districts.comparator, '2012', 690],
      ['reoffending_predicted_pct', districts.comparator, '2012', 7.92],
      ['reoffending_actual_pct', districts.comparator, '2012', 9.13],
    ]);
    expect(output.observations[0]).toMatchObject({ areaName: 'Ashworth Vale', file: 'local-reoffending-2012.csv', line: 2 });
    expect(output.observations.some((o) => o.measure === 'reoffenders')).toBe(false);
    expect(output.warnings.map((w) => w.message)).toEqual([
      'Skipped 1 row for 1 area outside the county and comparators: Thornbury Heath (names are matched through the CSP lookup: if one of these is a district of the county, add it to the lookup or give the file a code column)',
      'Ignored 3 rows by rule, as no CSP (totals, missing or unknown, no fixed abode): Missing/Unknown, NFA, Wealdshire (Total)',
    ]);
  });

  it('reads a Period column when there is one', () => {
    const text = `Period,${header}\n1 April 2011 - 31 March 2012,Caverley,1165,9.65%,10.56%,9.42%\n`;
    const output = localReoffendingFormat.read(text, 'reoffending.csv', publishedContext(9));
    expect(output.observations.map((o) => [o.measure, o.period, o.value])).toEqual([
      ['reoffending_cohort', '2012', 1165], ['reoffending_predicted_pct', '2012', 9.65], ['reoffending_actual_pct', '2012', 10.56],
    ]);
    expect(output.warnings.map((w) => w.message)).toEqual([
      'Local re-offending periods do not match the configured assessment year (12 months ending September): 1 April 2011 - 31 March 2012 as 2012. Each value is filed under the year in which its period ends.',
    ]);
  });

  it('asks for a period when neither the name nor a column gives one, and reports bad figures', () => {
    const missing = localReoffendingFormat.read(`${header}\nCaverley,1165,9.65%,10.56%,9.42%\n`, 'data/reoffending.csv', publishedContext(3));
    expect(missing.problems.map((p) => [p.message, p.details.found])).toEqual([['The local re-offending file does not say which period it covers', 'file name reoffending.csv, no Period column']]);
    const bad = localReoffendingFormat.read(`${header}\nCaverley,1165.5,9.65%,110%,9.42%\n`, 'reoffending-2012.csv', publishedContext(3));
    expect(bad.problems.map((p) => [p.details.location?.line, p.details.location?.column, p.message])).toEqual([
      [2, 2, '"1165.5" in column 2 is not a number of offenders'],
      [2, 4, '"110%" in column 4 is not a percentage'],
    ]);
    expect(bad.observations.map((o) => o.measure)).toEqual(['reoffending_predicted_pct']);
  });
});
