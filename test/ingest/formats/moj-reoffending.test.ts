import { describe, expect, it } from 'vitest';
import { mojReoffendingFormat } from '../../../src/ingest/formats/moj-reoffending.js';
import { districts, fixture, publishedContext } from '../../fixtures/published/context.js';

const keys = (line: string) => line.split(',').map((cell) => cell.trim().toLowerCase());

describe('MoJ proven re-offending geographical data tool', () => {
  it('is recognised by its header, whatever the case and spacing', () => {
    expect(mojReoffendingFormat.matches(keys('Geography,Category,Adult / Juvenile,Cohort,offenders,reoffenders'), 'x.csv')).toBe(true);
    expect(mojReoffendingFormat.matches(keys('Geography,Category,Adult/Juvenile,Cohort,Offenders,Reoffenders'), 'x.csv')).toBe(true);
    expect(mojReoffendingFormat.matches(keys('Geography,Cohort,Number of children in cohort,Number of reoffenders,Number of reoffences'), 'x.csv')).toBe(true);
    expect(mojReoffendingFormat.matches(keys('CSP,Total offenders in cohort,Predicted re-offending rate,Actual re-offending rate'), 'x.csv')).toBe(false);
  });

  it('reads adult and juvenile area totals, matching names through the CSP lookup', () => {
    const { text, file } = fixture('moj-reoffending.csv');
    const output = mojReoffendingFormat.read(text, file, publishedContext(12));
    expect(output.problems).toEqual([]);
    expect(output.rows).toBe(12);
    expect(output.observations.map((o) => [o.measure, o.areaCode, o.period, o.value, o.line])).toEqual([
      ['reoffending_cohort', districts.ashworth, '2022', 1187, 4],
      ['reoffenders', districts.ashworth, '2022', 301, 4],
      ['reoffending_cohort', districts.bramleigh, '2022', 862, 6],
      ['reoffenders', districts.bramleigh, '2022', 203, 6],
      ['reoffending_cohort', districts.caverley, '2022', 1046, 7],
      ['reoffenders', districts.caverley, '2022', 277, 7],
      ['reoffending_cohort', districts.comparator, '2022', 977, 8],
      ['reoffenders', districts.comparator, '2022', 244, 8],
      ['youth_reoffending_cohort', districts.ashworth, '2022', 64, 10],
      ['youth_reoffenders', districts.ashworth, '2022', 21, 10],
      ['youth_reoffending_cohort', districts.bramleigh, '2022', 41, 11],
      ['youth_reoffenders', districts.bramleigh, '2022', null, 11],
      ['youth_reoffending_cohort', districts.caverley, '2022', 52, 12],
      ['youth_reoffenders', districts.caverley, '2022', 17, 12],
      ['reoffending_cohort', districts.ashworth, '2021', 1243, 13],
      ['reoffenders', districts.ashworth, '2021', 322, 13],
    ]);
    expect(output.warnings.map((w) => w.message)).toEqual([
      'Skipped 3 rows for 3 areas outside the county and comparators: England, Wealdshire, Thornbury Heath (names are matched through the CSP lookup: if one of these is a district of the county, add it to the lookup or give the file a code column)',
      'Skipped 1 row other than Adult and Juvenile area totals: Category "Index offence: Theft"',
    ]);
  });

  it('files a cohort under the year it ends, with a warning when that is not the assessment year', () => {
    const text = 'Geography code,Geography,Category,Adult / Juvenile,Cohort,offenders,reoffenders\nE07999002,Bramleigh,LTLA total,Adult,Apr 2022 to Mar 2023,870,199\nE10000099,Wealdshire,UTLA total,Adult,Apr 2022 to Mar 2023,4500,1100\n';
    const output = mojReoffendingFormat.read(text, 'moj.csv', publishedContext(12, false));
    expect(output.observations.map((o) => [o.measure, o.areaCode, o.period, o.value])).toEqual([['reoffending_cohort', districts.bramleigh, '2023', 870], ['reoffenders', districts.bramleigh, '2023', 199]]);
    expect(output.warnings.map((w) => w.message)).toEqual([
      'Skipped 1 row for 1 area outside the county and comparators: E10000099 Wealdshire',
      'MoJ re-offending cohort periods do not match the configured assessment year (12 months ending December): Apr 2022 to Mar 2023 as 2023. Each value is filed under the year in which its period ends.',
    ]);
  });

  it('reads the youth table, where every row is about children', () => {
    const text = 'Geography,Cohort,Number of children in cohort,Number of reoffenders,Number of reoffences\nCaverley,2022,52,17,61\n';
    expect(mojReoffendingFormat.read(text, 'youth.csv', publishedContext(12)).observations.map((o) => [o.measure, o.areaCode, o.value]))
      .toEqual([['youth_reoffending_cohort', districts.caverley, 52], ['youth_reoffenders', districts.caverley, 17]]);
  });

  it('reports a short cohort once, a bad count, and names with nothing to match them against', () => {
    const text = 'Geography,Category,Adult / Juvenile,Cohort,offenders,reoffenders\nBramleigh,LTLA total,Adult,Jan 2022 to Mar 2022,210,50\nCaverley,LTLA total,Adult,Jan 2022 to Mar 2022,250,61\nAshworth Vale,LTLA total,Adult,2022,1187,30.5\n';
    const { problems } = mojReoffendingFormat.read(text, 'moj.csv', publishedContext(12));
    expect(problems.map((p) => [p.details.location?.line, p.details.location?.column, p.message])).toEqual([
      [2, 4, 'Cohort "Jan 2022 to Mar 2022" is not a 12-month cohort'],
      [4, 6, '"30.5" in column 6 (reoffenders) is not a count of people'],
    ]);
    const noLookup = mojReoffendingFormat.read(text, 'moj.csv', publishedContext(12, false));
    expect(noLookup.problems.map((p) => p.message)).toEqual(['The file names its areas (column Geography) without codes, and there is no CSP lookup to match the names to districts']);
  });
});
