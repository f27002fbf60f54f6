import { describe, expect, it } from 'vitest';
import { fingertipsFormat } from '../../../src/ingest/formats/fingertips.js';
import { districts, fixture, publishedContext } from '../../fixtures/published/context.js';

const header = 'Indicator ID,Indicator Name,Parent Code,Parent Name,Area Code,Area Name,Area Type,Sex,Age,Category Type,Category,Time period,Value,Lower CI 95.0 limit,Upper CI 95.0 limit,Lower CI 99.8 limit,Upper CI 99.8 limit,Count,Denominator,Value note';
const keyOf = (line: string) => line.split(',').map((cell) => cell.toLowerCase());

describe('Fingertips all_data CSV', () => {
  it('is recognised by its header', () => {
    expect(fingertipsFormat.matches(keyOf(header), 'indicators-DistrictUApre2023.data.csv')).toBe(true);
    expect(fingertipsFormat.matches(['measure', 'area_code', 'period', 'value'], 'x.csv')).toBe(false);
  });

  it('keeps the published rates with their confidence limits, counts and denominators', () => {
    const { text, file } = fixture('fingertips-all-data.csv');
    const output = fingertipsFormat.read(text, file, publishedContext(3));
    expect(output.problems).toEqual([]);
    expect(output.rows).toBe(19);
    const byMeasure = (id: string) => output.observations.filter((o) => o.measure === id).map((o) => [o.areaCode, o.period, o.value]);
    // The county's own row (its configured code) is kept: it is the benchmark for its districts.
    expect(byMeasure('ft_violence_admissions')).toEqual([['E10000099', '2023', 31.2], [districts.ashworth, '2023', 38.6], [districts.bramleigh, '2023', 24.1], [districts.caverley, '2023', 29.7]]);
    expect(byMeasure('ft_alcohol_admissions_narrow')).toEqual([
      [districts.ashworth, '2023', 455.3], [districts.bramleigh, '2023', 398.7], [districts.caverley, '2023', 512.4], [districts.comparator, '2023', 471.9],
    ]);
    // A suppressed value stays "no value", never zero.
    expect(byMeasure('ft_suicide_rate')).toEqual([[districts.ashworth, '2022', 11.2], [districts.bramleigh, '2022', null], [districts.caverley, '2022', 10.4]]);
    expect(output.observations[1]).toEqual({
      measure: 'ft_violence_admissions', areaCode: districts.ashworth, areaName: 'Ashworth Vale', period: '2023', value: 38.6,
      published: { unit: 'per 100,000, directly age-standardised', lower95: 35.2, upper95: 42.2, lower998: 32.5, upper998: 45.3, count: 472, denominator: 1226481 },
      file: 'fingertips-all-data.csv', line: 5,
    });
    expect(output.observations.find((o) => o.measure === 'ft_alcohol_admissions_narrow' && o.areaCode === districts.caverley)!.published)
      .toEqual({ unit: 'per 100,000, directly age-standardised', lower95: 487.3, upper95: 538.4, lower998: 468.3, upper998: 559.5, count: 1604, denominator: 311020 });
    expect(output.observations.find((o) => o.measure === 'ft_suicide_rate' && o.areaCode === districts.bramleigh)!.published).toEqual({ unit: 'per 100,000, age-standardised' });
  });

  it('reports skipped areas, breakdowns, other indicators and periods that are not the assessment year, once each', () => {
    const { text, file } = fixture('fingertips-all-data.csv');
    const output = fingertipsFormat.read(text, file, publishedContext(3));
    expect(output.warnings.map((w) => w.message)).toEqual([
      'Skipped 3 rows for 2 areas outside the county and comparators: E92000001 England, E12000008 South East region',
      'Fingertips periods do not match the configured assessment year (12 months ending March): 2020/21 - 22/23 as 2023, 2020 - 22 as 2022. Each value is filed under the year in which its period ends.',
      'Skipped 3 rows broken down by sex or category: only the Persons rows with no Category Type are read',
      'Skipped 2 rows of 1 indicator that assess does not map to a measure: 90366 Life expectancy at birth (read: 11201, 21001, 91414, 91382, 41001)',
    ]);
    expect(output.warnings[0]).toMatchObject({ file, line: 2 });
  });

  it('warns that financial years do not match a calendar assessment year', () => {
    const text = `${header}\n91414,Alcohol,,,E07999002,Bramleigh,District,Persons,All ages,,,2022/23,398.7,373.9,424.8,355.4,446.1,986,244902,\n11201,Violence,,,E07999002,Bramleigh,District,Persons,All ages,,,2023,20.5,,,,,,,\n`;
    const output = fingertipsFormat.read(text, 'ft.csv', publishedContext(12));
    expect(output.observations.map((o) => [o.measure, o.period, o.value])).toEqual([['ft_alcohol_admissions_narrow', '2023', 398.7], ['ft_violence_admissions', '2023', 20.5]]);
    expect(output.warnings.map((w) => w.message)).toEqual([
      'Fingertips periods do not match the configured assessment year (12 months ending December): 2022/23 as 2023. Each value is filed under the year in which its period ends.',
    ]);
  });

  it('reports an unreadable period or value with its line and column', () => {
    const text = `${header}\n11201,V,,,E07999001,Ashworth Vale,District,Persons,All ages,,,Q1 2023,38.6,,,,,,,\n11201,V,,,E07999002,Bramleigh,District,Persons,All ages,,,2022/23,n.a.,,,,,,,\n`;
    const { problems, observations } = fingertipsFormat.read(text, 'ft.csv', publishedContext(3));
    expect(observations).toEqual([]);
    expect(problems.map((p) => [p.details.location?.line, p.details.location?.column, p.message])).toEqual([
      [2, 12, 'Time period "Q1 2023" is not a period Fingertips publishes'],
      [3, 13, '"n.a." in column 13 (value) is not a number'],
    ]);
  });
});
