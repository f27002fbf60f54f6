import { describe, expect, it } from 'vitest';
import { bundledMeasures } from '../../src/catalogue/measures.js';
import { parseTidy, type TidyContext } from '../../src/ingest/parse-tidy.js';

const context: TidyContext = {
  measures: new Map(bundledMeasures.map((measure) => [measure.id, measure])),
  knownAreas: new Set(['E07000110', 'E07000105', 'E05005000']),
};

const file = 'data/2024/police-crime.csv';

describe('parseTidy', () => {
  it('reads a BOM, CRLF, quoted thousands, extra and reordered columns, and case-insensitive headers', () => {
    const text = '\uFEFF Value ,Notes,AREA_CODE,period,Measure,area_name\r\n'
      + '"1,205",checked,E07000110,2024-03,all_crime,Maidstone\r\n'
      + '23.5%,,E07000105,2024,da_repeat_pct,Ashford\r\n'
      + '*,,E05005000,2024-03,asb,\r\n';
    const result = parseTidy(text, file, context);
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.observations).toEqual([
      { measure: 'all_crime', areaCode: 'E07000110', areaName: 'Maidstone', period: '2024-03', value: 1205, file: 'police-crime.csv', line: 2 },
      { measure: 'da_repeat_pct', areaCode: 'E07000105', areaName: 'Ashford', period: '2024', value: 23.5, file: 'police-crime.csv', line: 3 },
      { measure: 'asb', areaCode: 'E05005000', period: '2024-03', value: null, file: 'police-crime.csv', line: 4 },
    ]);
  });

  it('gives exact lines after a quoted field that spans lines', () => {
    const text = 'measure,area_code,period,value,comment\n'
      + 'all_crime,E07000110,2024-01,10,"first line\nsecond line\nthird line"\n'
      + '\n'
      + 'all_crime,E07000110,2024-02,12a,\n';
    const result = parseTidy(text, file, context);
    expect(result.observations).toHaveLength(1);
    expect(result.observations[0]!.line).toBe(2);
    expect(result.problems).toHaveLength(1);
    const problem = result.problems[0]!;
    expect(problem.message).toBe('Value "12a" in column 4 (value) is not a number');
    expect(problem.details.location).toEqual({ file, line: 6, column: 4 });
    expect(problem.details.found).toBe('"12a"');
    expect(problem.details.expected).toContain('1,205');
  });

  it('reports every bad cell at once with its line and column', () => {
    const text = [
      'measure,area_code,period,value',
      'all_crime,E07000110,2024-13,5',
      'all_crime,E07000110,Mar-24,5',
      'all_crime,E07000110,2024-04,-3',
      'all_crime,E07000110,2024-05,1.2.3',
      ',E07000110,2024-06,5',
      'all_crime,,2024-07,5',
      'all_crime,E07000110',
      'da_repeat_pct,E07000110,2024-01,20%',
    ].join('\n');
    const { problems, observations } = parseTidy(text, file, context);
    expect(observations).toEqual([]);
    expect(problems.map((p) => [p.details.location?.line, p.details.location?.column, p.message])).toEqual([
      [2, 3, 'Period "2024-13" in column 3 (period) is not a month or a year'],
      [3, 3, 'Period "Mar-24" in column 3 (period) is not a month or a year'],
      [4, 4, 'Value -3 in column 4 (value) is negative'],
      [5, 4, 'Value "1.2.3" in column 4 (value) is not a number'],
      [6, 1, 'No measure in column 1 (measure)'],
      [7, 2, 'No area code in column 2 (area_code)'],
      [8, undefined, 'The row has 2 fields but the header has 4'],
      [9, 3, '"da_repeat_pct" is a percentage, so it cannot be given by month'],
    ]);
    expect(problems[0]!.details.expected).toBe('YYYY-MM for a month (e.g. 2024-03) or YYYY for an assessment year (e.g. 2024)');
  });

  it('reports an unknown measure once, with the closest id and the fix', () => {
    const text = 'measure,area_code,period,value\nall_crimes,E07000110,2024-01,5\nall_crimes,E07000110,2024-02,6\nburglary_residental,E07000110,2024-02,6\n';
    const { problems } = parseTidy(text, file, context);
    expect(problems).toHaveLength(2);
    expect(problems[0]!.message).toBe('Unknown measure "all_crimes" (2 rows). Did you mean "all_crime"?');
    expect(problems[0]!.details.location).toEqual({ file, line: 2, column: 1 });
    expect(problems[0]!.details.fix).toContain('under "measures:" in the configuration');
    expect(problems[1]!.message).toBe('Unknown measure "burglary_residental" (1 row). Did you mean "burglary_residential"?');
  });

  it('calls a note or a total under the table what it is, not an unknown measure', () => {
    const text = 'measure,area_code,period,value\nall_crime,E07000110,2024-01,5\nSource: Kent Police,,,\nTotal,,,5\n';
    const { problems, observations } = parseTidy(text, file, context);
    expect(observations).toHaveLength(1);
    expect(problems.map((p) => [p.message, p.details.location?.line, p.details.found])).toEqual([
      ['This line is a note or a total under the table, not a row of data', 3, '"Source: Kent Police" with no area code or period'],
      ['This line is a note or a total under the table, not a row of data', 4, '"Total" with no area code or period'],
    ]);
    expect(problems[0]!.details.fix).toBe('Delete the line from the CSV: notes belong outside the extract, and assess works out the totals itself.');
  });

  it('skips rows for areas outside the partnership with one warning per file', () => {
    const text = 'measure,area_code,period,value\nall_crime,E07000110,2024-01,5\nall_crime,W06000001,2024-01,5\nall_crime,W06000001,2024-02,5\nall_crime,S12000033,2024-01,5\n';
    const { observations, warnings, problems } = parseTidy(text, file, context);
    expect(problems).toEqual([]);
    expect(observations.map((o) => o.areaCode)).toEqual(['E07000110']);
    expect(warnings).toEqual([{
      message: 'Skipped 3 rows for 2 area codes that are not districts of the county, comparators or wards in wards.csv: W06000001, S12000033',
      file,
      line: 3,
    }]);
  });

  it('reports a header without the tidy columns', () => {
    const { problems } = parseTidy('measure,area,period,value\nall_crime,E07000110,2024-01,5\n', file, context);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toBe('The header of a data file lacks the column area_code');
    expect(problems[0]!.details.location).toEqual({ file, line: 1, column: undefined });
  });

  it('caps a file at 50 problems and counts the rest', () => {
    const rows = Array.from({ length: 60 }, (_, i) => `all_crime,E07000110,2024-01,x${i}`);
    const { problems } = parseTidy(['measure,area_code,period,value', ...rows].join('\n'), file, context);
    expect(problems).toHaveLength(51);
    expect(problems[50]!.message).toBe('... and 10 more problems in this file');
  });
});
