import { describe, expect, it } from 'vitest';
import { fire0102Format, fireDistrictFormat } from '../../../src/ingest/formats/fire-incidents.js';
import { districts, fixture, publishedContext } from '../../fixtures/published/context.js';

const keys = (line: string) => line.split(',').map((cell) => cell.trim().toLowerCase());

describe('fire and rescue service district extract', () => {
  it('is recognised by its header', () => {
    expect(fireDistrictFormat.matches(keys('District,Financial Year,Incident Type,Cause,Incidents'), 'x.csv')).toBe(true);
    expect(fireDistrictFormat.matches(keys('District,Year,Motive,Number of incidents'), 'x.csv')).toBe(true);
    expect(fireDistrictFormat.matches(keys('FINANCIAL_YEAR,INCIDENT_TYPE,FRS_NAME,E_CODE,TOTAL_INCIDENTS'), 'x.csv')).toBe(false);
  });

  it('sums accidental and deliberate fires over incident types by district and financial year', () => {
    const { text, file } = fixture('fire-district-extract.csv');
    const output = fireDistrictFormat.read(text, file, publishedContext(3));
    expect(output.problems).toEqual([]);
    expect(output.rows).toBe(18);
    expect(output.observations.map((o) => [o.measure, o.areaCode, o.period, o.value])).toEqual([
      ['fires_accidental', districts.ashworth, '2023', 228],
      ['fires_deliberate', districts.ashworth, '2023', 168],
      ['fires_accidental', districts.ashworth, '2024', 200],
      ['fires_deliberate', districts.ashworth, '2024', 178],
      ['fires_accidental', districts.bramleigh, '2024', 135],
      ['fires_deliberate', districts.bramleigh, '2024', 83],
      ['fires_accidental', districts.caverley, '2024', 176],
      // One suppressed part makes the total unknown rather than too low.
      ['fires_deliberate', districts.caverley, '2024', null],
    ]);
    expect(output.warnings.map((w) => w.message)).toEqual([
      'Skipped 1 row for 1 area outside the county and comparators: E07999777 Thornbury Heath',
      'Skipped 1 row whose cause is neither accidental nor deliberate: Not known',
    ]);
  });

  it('matches district names through the CSP lookup and warns when financial years are not the assessment year', () => {
    const text = 'District,Financial Year,Incident Type,Motive,Incidents\nBramleigh,2023-24,Primary fire,Accidental,77\nDunmore & Fenwick,2023-24,Primary fire,Deliberate,12\n';
    const output = fireDistrictFormat.read(text, 'fire.csv', publishedContext(12));
    expect(output.observations.map((o) => [o.measure, o.areaCode, o.period, o.value])).toEqual([
      ['fires_accidental', districts.bramleigh, '2024', 77], ['fires_deliberate', districts.comparator, '2024', 12],
    ]);
    expect(output.warnings.map((w) => w.message)).toEqual([
      'Fire periods do not match the configured assessment year (12 months ending December): 2023-24 as 2024. Each value is filed under the year in which its period ends.',
    ]);
  });

  it('reports a repeated row, which would be counted twice, and bad figures', () => {
    const text = 'District,District code,Financial Year,Incident Type,Cause,Incidents\nBramleigh,E07999002,2023/24,Primary fire,Accidental,77\nBramleigh,E07999002,2023/24,Primary fire,Accidental,77\n';
    expect(fireDistrictFormat.read(text, 'fire.csv', publishedContext(3)).problems.map((p) => [p.details.location?.line, p.message, p.details.expected]))
      .toEqual([[3, 'The row repeats an earlier row\'s district, year, incident type and cause', 'one row for each (first on line 2)']]);
    const bad = 'District code,District,Financial Year,Cause,Incidents\nE07999002,Bramleigh,Q1,Accidental,7\nE07999002,Bramleigh,2023/24,Deliberate,-3\n';
    expect(fireDistrictFormat.read(bad, 'fire.csv', publishedContext(3)).problems.map((p) => [p.details.location?.line, p.details.location?.column, p.message])).toEqual([
      [2, 3, 'Year "Q1" is not a financial or calendar year'],
      [3, 5, '"-3" in column 5 is not a number of incidents'],
    ]);
  });
});

describe('Home Office FIRE0102', () => {
  it('skips fire and rescue authorities with a warning that points to the district extract', () => {
    const { text, file } = fixture('fire0102.csv');
    expect(fire0102Format.matches(keys(text.split('\n')[0]!), 'fire0102.csv')).toBe(true);
    const output = fire0102Format.read(text, file, publishedContext(3));
    expect(output.problems).toEqual([]);
    expect(output.observations).toEqual([]);
    expect(output.warnings).toEqual([{
      message: 'Skipped 7 rows for 2 areas outside the county and comparators: E31000099 Wealdshire, E31000098 Dunmore and Fenwick. FIRE0102 is published per fire and rescue authority, not per district: district figures for accidental and deliberate fires come from the service\'s own district extract (District,Financial Year,Incident Type,Cause,Incidents (optionally District code))',
      file,
      line: 2,
    }]);
  });

  it('reads a configured area that is its own fire and rescue authority, for incident types that say accidental or deliberate', () => {
    const text = 'FINANCIAL_YEAR,INCIDENT_TYPE,FRS_NAME,E_CODE,TOTAL_INCIDENTS\n2023/24,Accidental dwelling fires,Caverley,E07999003,61\n2023/24,Deliberate primary fires,Caverley,E07999003,22\n2023/24,Deliberate secondary fires,Caverley,E07999003,140\n2023/24,Fire false alarms,Caverley,E07999003,480\n';
    const output = fire0102Format.read(text, 'fire0102.csv', publishedContext(3));
    expect(output.observations.map((o) => [o.measure, o.areaCode, o.period, o.value])).toEqual([
      ['fires_accidental', districts.caverley, '2024', 61], ['fires_deliberate', districts.caverley, '2024', 162],
    ]);
    expect(output.warnings.map((w) => w.message)).toEqual(['Skipped 1 row of configured areas whose incident type does not say accidental or deliberate: Fire false alarms']);
  });
});
