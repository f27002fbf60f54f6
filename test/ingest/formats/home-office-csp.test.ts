import { describe, expect, it } from 'vitest';
import { buildAnnualTotals } from '../../../src/ingest/annual-totals.js';
import { headerKey } from '../../../src/ingest/csv-table.js';
import { cspLookupFormat } from '../../../src/ingest/formats/csp-lookup.js';
import { financialQuarterKey, homeOfficeCspFormat, parseFinancialYear } from '../../../src/ingest/formats/home-office-csp.js';
import type { Observation } from '../../../src/model.js';
import { contextWith, fixtureText, wealdshireConfig, wealdshireContext } from '../../fixtures/police/context.js';

const FILE = 'prc-csp-mar2023-mar2024-wealdshire.csv';
const quarters = ['2022-Q2', '2022-Q3', '2022-Q4', '2023-Q1', '2023-Q2', '2023-Q3', '2023-Q4', '2024-Q1'];

/**
 * Sums of the fixture's rows per CSP, in order of the 8 quarters (2022/23 q1 .. 2023/24 q4).
 * all_crime leaves out the Fraud offences rows; burglary is residential plus non-residential.
 */
const expected: Record<string, Record<string, number[]>> = {
  E07999001: {
    all_crime: [448, 476, 515, 475, 468, 444, 478, 480],
    violence_against_person: [190, 216, 257, 229, 197, 173, 233, 217],
    violence_with_injury: [51, 53, 71, 72, 72, 57, 51, 61],
    burglary_residential: [24, 26, 30, 25, 21, 22, 20, 22],
    burglary: [33, 41, 45, 41, 32, 34, 30, 36],
    shoplifting: [38, 33, 36, 41, 57, 37, 38, 57],
    violence_and_sexual_offences: [203, 227, 270, 244, 215, 188, 249, 233],
  },
  E07999002: { all_crime: [277, 253, 300, 296, 267, 273, 307, 266], burglary_residential: [11, 11, 18, 13, 13, 18, 14, 19] },
  // "Colton & District" in the file, "Colton and District" in the lookup.
  E07999003: { all_crime: [389, 421, 369, 377, 390, 399, 375, 421], shoplifting: [35, 42, 42, 29, 26, 43, 45, 43] },
};

function series(observations: Observation[], measure: string, area: string): (number | null)[] {
  return quarters.map((q) => observations.find((o) => o.measure === measure && o.areaCode === area && o.period === q)?.value ?? null);
}

const header = 'Financial Year,Financial Quarter,Police Force,CSP Name,Offence Description,Offence Group,Offence Subgroup,Offence Code,Number of Offences';

describe('cspLookupFormat', () => {
  it('reads the header variants, keyed by the normal form of the name', () => {
    const keys = (text: string): string[] => text.split(',').map(headerKey);
    expect(cspLookupFormat.matches(keys('Community Safety Partnership,Code'), 'x.csv')).toBe(true);
    expect(cspLookupFormat.matches(keys(header), 'x.csv')).toBe(false);
    const output = cspLookupFormat.read('CSP Name,Area Code\nColton & District,E07999003\n" Bramley  Vale ",E07999002\n', 'csp.csv', contextWith(wealdshireConfig(), []));
    expect(output.csp).toEqual([['colton and district', 'E07999003'], ['bramley vale', 'E07999002']]);
  });

  it('reports a partnership given two codes', () => {
    const { problems } = cspLookupFormat.read('csp_name,area_code\nNorthern Devon,E07000043\nNorthern Devon,E07000046\n', 'csp.csv', contextWith(wealdshireConfig(), []));
    expect(problems.map((p) => [p.message, p.details.location?.line, p.details.found])).toEqual([['CSP "Northern Devon" is given two area codes', 3, 'E07000046 here, E07000043 on line 2']]);
  });
});

describe('homeOfficeCspFormat', () => {
  it('converts financial years and quarters to calendar quarters', () => {
    expect([1, 2, 3, 4].map((q) => financialQuarterKey(2023, q))).toEqual(['2023-Q2', '2023-Q3', '2023-Q4', '2024-Q1']);
    expect(['2023/24', '2023-24', '2023/2024', '1999/00', '2023/25', '23/24'].map(parseFinancialYear)).toEqual([2023, 2023, 2023, 1999, null, null]);
  });

  it('sums offence rows into measures per district and quarter, through the CSP lookup', () => {
    const output = homeOfficeCspFormat.read(fixtureText(FILE), FILE, wealdshireContext());
    expect(output.problems).toEqual([]);
    expect(output.rows).toBe(800);
    expect(output.warnings).toEqual([{ message: 'Skipped 200 rows for 1 CSP that is not in the CSP lookup: Northgate', file: FILE }]);
    for (const [area, measures] of Object.entries(expected)) {
      for (const [measure, values] of Object.entries(measures)) expect([area, measure, series(output.observations, measure, area)]).toEqual([area, measure, values]);
    }
    expect(new Set(output.observations.map((o) => o.areaCode))).toEqual(new Set(['E07999001', 'E07999002', 'E07999003']));
    expect(output.observations.some((o) => o.measure === 'asb')).toBe(false);
  });

  it('totals four quarters into financial years (year_end_month 3)', () => {
    const { observations } = homeOfficeCspFormat.read(fixtureText(FILE), FILE, wealdshireContext());
    const { table, problems, warnings } = buildAnnualTotals(observations, 3);
    expect(problems).toEqual([]);
    expect(warnings).toEqual([]);
    expect([...table.get('all_crime')!.get('E07999001')!]).toEqual([[2023, 448 + 476 + 515 + 475], [2024, 468 + 444 + 478 + 480]]);
    expect([...table.get('burglary_residential')!.get('E07999002')!]).toEqual([[2023, 11 + 11 + 18 + 13], [2024, 13 + 18 + 14 + 19]]);
  });

  it('totals the four quarters ending in September for year_end_month 9, leaving part years blank', () => {
    const { observations } = homeOfficeCspFormat.read(fixtureText(FILE), FILE, wealdshireContext());
    const { table, problems, warnings } = buildAnnualTotals(observations, 9);
    expect(problems).toEqual([]);
    // Year 2023 = Oct-Dec 2022 to Jul-Sep 2023.
    expect([...table.get('all_crime')!.get('E07999001')!]).toEqual([[2022, null], [2023, 515 + 475 + 468 + 444], [2024, null]]);
    expect(warnings.find((w) => w.message.startsWith('all_crime for E07999001'))!.message).toBe(
      'all_crime for E07999001: no total for 2021-22 (missing Oct to Dec 2021, Jan to Mar 2022), 2023-24 (missing Apr to Jun 2024, Jul to Sep 2024), because the year is incomplete');
  });

  it('cannot split quarters into a year ending in October', () => {
    const { observations } = homeOfficeCspFormat.read(fixtureText(FILE), FILE, wealdshireContext());
    const { problems } = buildAnnualTotals(observations, 10, (file) => `data/2024/${file}`);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toBe(`Quarterly data (${observations.length} values in this file) cannot be split into the configured assessment year, which ends in Oct (year_end_month 10)`);
    expect(problems[0]!.details.location).toEqual({ file: `data/2024/${FILE}`, line: 2 });
    expect(problems[0]!.details.fix).toBe('Set year_end_month to 3, 6, 9 or 12, or supply this data by month.');
  });

  it('reads older header names, keeps suppressed counts unknown and reports bad cells', () => {
    const text = `${header}\n2023-24,Q1,Wealdshire,Ashcombe,Shoplifting,Theft offences,Shoplifting,46,"1,204"\n`
      + '2023-24,Q1,Wealdshire,Ashcombe,Other theft,Theft offences,All other theft offences,49,*\n'
      + '2023-24,5,Wealdshire,Ashcombe,Other theft,Theft offences,All other theft offences,49,3\n'
      + '2023-24,2,Wealdshire,Ashcombe,Widget offences,Widget offences,Widgets,99,4\n';
    const output = homeOfficeCspFormat.read(text, 'old.csv', wealdshireContext());
    expect(output.problems.map((p) => [p.message, p.details.location])).toEqual([['"5" is not a financial quarter 1 to 4', { file: 'old.csv', line: 4, column: 2 }]]);
    const value = (measure: string, period: string): number | null | undefined => output.observations.find((o) => o.measure === measure && o.period === period)?.value;
    expect([value('shoplifting', '2023-Q2'), value('other_theft', '2023-Q2'), value('all_crime', '2023-Q2'), value('all_crime', '2023-Q3'), value('shoplifting', '2023-Q3')]).toEqual([1204, null, null, 4, 0]);
    expect(output.warnings.map((w) => w.message)).toEqual(['Offence groups not in the mapping are counted in all_crime only: Widget offences']);
  });

  it('needs a CSP lookup', () => {
    const output = homeOfficeCspFormat.read(fixtureText(FILE), FILE, contextWith(wealdshireConfig(), []));
    expect(output.problems.map((p) => p.message)).toEqual(['There is no CSP lookup, so the partnerships in this file cannot be matched to districts']);
    expect(output.observations).toEqual([]);
  });
});
