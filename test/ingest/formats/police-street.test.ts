import { describe, expect, it } from 'vitest';
import { headerKey } from '../../../src/ingest/csv-table.js';
import { streetMeasures } from '../../../src/ingest/formats/police-crime-types.js';
import { policeStreetFormat } from '../../../src/ingest/formats/police-street.js';
import type { Observation } from '../../../src/model.js';
import { contextWith, fixtureText, wealdshireConfig, wealdshireContext } from '../../fixtures/police/context.js';

const JAN = 'street/2024-01/2024-01-wealdshire-street.csv';
const FEB = 'street/2024-02/2024-02-wealdshire-street.csv';
const header = 'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context';

/** Counted by hand from the fixture rows; every measure not listed is 0. */
const expected: Record<string, Record<string, Record<string, number>>> = {
  '2024-01': {
    E07999001: { all_crime: 23, asb: 8, bicycle_theft: 1, burglary: 1, other_crime: 1, other_theft: 2, possession_of_weapons: 1, public_order: 3, robbery: 1, shoplifting: 2, theft_from_person: 1, vehicle_crime: 3, violence_and_sexual_offences: 7 },
    E07999002: { all_crime: 6, asb: 3, burglary: 1, other_theft: 1, possession_of_weapons: 3, vehicle_crime: 1 },
    E07999003: { all_crime: 16, asb: 2, burglary: 2, drug_offences: 1, other_crime: 2, possession_of_weapons: 1, public_order: 2, shoplifting: 2, vehicle_crime: 1, violence_and_sexual_offences: 5 },
    // The home district's wards: Ashcombe Central, Ashcombe North, Hollins.
    E05999101: { all_crime: 7, asb: 6, bicycle_theft: 1, other_crime: 1, shoplifting: 2, theft_from_person: 1, violence_and_sexual_offences: 2 },
    E05999102: { all_crime: 13, asb: 2, burglary: 1, other_theft: 2, possession_of_weapons: 1, public_order: 1, robbery: 1, vehicle_crime: 3, violence_and_sexual_offences: 4 },
    E05999103: { all_crime: 3, public_order: 2, violence_and_sexual_offences: 1 },
  },
  '2024-02': {
    E07999001: { all_crime: 18, asb: 7, bicycle_theft: 1, burglary: 1, criminal_damage: 2, drug_offences: 1, other_crime: 1, other_theft: 1, public_order: 1, shoplifting: 1, violence_and_sexual_offences: 9 },
    E07999002: { all_crime: 6, asb: 5, bicycle_theft: 1, violence_and_sexual_offences: 5 },
    E07999003: { all_crime: 8, asb: 8, bicycle_theft: 1, public_order: 2, shoplifting: 4, theft_from_person: 1 },
    E05999101: { all_crime: 12, asb: 5, burglary: 1, criminal_damage: 1, drug_offences: 1, other_crime: 1, public_order: 1, shoplifting: 1, violence_and_sexual_offences: 6 },
    E05999102: { all_crime: 4, asb: 2, bicycle_theft: 1, criminal_damage: 1, violence_and_sexual_offences: 2 },
    E05999103: { all_crime: 2, other_theft: 1, violence_and_sexual_offences: 1 },
  },
};

/** measure -> area -> value for one month, from the reader's observations. */
function table(observations: Observation[], month: string): Record<string, Record<string, number | null>> {
  const byArea: Record<string, Record<string, number | null>> = {};
  for (const o of observations.filter((obs) => obs.period === month)) (byArea[o.areaCode] ??= {})[o.measure] = o.value;
  return byArea;
}

function withZeros(counts: Record<string, Record<string, number>>): Record<string, Record<string, number>> {
  return Object.fromEntries(Object.entries(counts).map(([area, values]) => [area, Object.fromEntries(streetMeasures.map((m) => [m, values[m] ?? 0]))]));
}

describe('policeStreetFormat', () => {
  it('recognises street files by header, including the 2012 layout, and by name', () => {
    const keys = (text: string): string[] => text.split(',').map(headerKey);
    expect(policeStreetFormat.matches(keys(header), 'x.csv')).toBe(true);
    expect(policeStreetFormat.matches(keys('Month,Reported by,Falls within,Easting,Northing,Location,Crime type,Context'), 'x.csv')).toBe(true);
    expect(policeStreetFormat.matches(keys('a,b'), '2024-01-kent-street.csv')).toBe(true);
    expect(policeStreetFormat.matches(keys('Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Outcome type'), '2024-01-kent-outcomes.csv')).toBe(false);
  });

  it.each([['2024-01', JAN], ['2024-02', FEB]])('counts %s by district for the county and by ward for the home district', (month, name) => {
    const output = policeStreetFormat.read(fixtureText(name), `data/2024/${name}`, wealdshireContext());
    expect(output.problems).toEqual([]);
    expect(output.rows).toBe(month === '2024-01' ? 63 : 55);
    expect(table(output.observations, month)).toEqual(withZeros(expected[month]!));
    // Only this month, only county districts and home wards: Northgate (out of county) and other wards are not output.
    expect(new Set(output.observations.map((o) => o.period))).toEqual(new Set([month]));
    expect(output.observations).toHaveLength(6 * streetMeasures.length);
    const first = output.observations.find((o) => o.measure === 'all_crime' && o.areaCode === 'E07999001')!;
    expect(first).toMatchObject({ areaName: 'Ashcombe', file: `${month}-wealdshire-street.csv` });
    expect(output.observations.find((o) => o.areaCode === 'E05999103')!.areaName).toBe('Hollins');
  });

  it('counts rows it cannot place and says so, per file', () => {
    const jan = policeStreetFormat.read(fixtureText(JAN), JAN, wealdshireContext());
    expect(jan.warnings).toEqual([
      { message: '3 rows had no LSOA code and are not in any district total', file: JAN, line: 4 },
      { message: '1 row had LSOA codes that are not in the LSOA lookup (E01999999) and are not in any district total', file: JAN, line: 43 },
      { message: '1 row fell in districts outside the county and comparators (E06999009) and are not counted', file: JAN, line: 36 },
    ]);
    const feb = policeStreetFormat.read(fixtureText(FEB), FEB, wealdshireContext());
    expect(feb.warnings.map((w) => w.message)).toEqual([
      '2 rows had no LSOA code and are not in any district total',
      '1 row fell in districts outside the county and comparators (E06999009) and are not counted',
    ]);
  });

  it('warns about a crime type it does not know, and leaves it out of all_crime', () => {
    const text = `${header}\nabc,2024-03,P,P,0.1,51.1,On or near X,E01999005,Ashcombe 005A,Fly-tipping,,\nabd,2024-03,P,P,0.1,51.1,On or near X,E01999005,Ashcombe 005A,Fly-tipping,,\n`
      + `abe,2024-03,P,P,0.1,51.1,On or near X,E01999005,Ashcombe 005A,ROBBERY,,\n`;
    const output = policeStreetFormat.read(text, 'odd.csv', wealdshireContext());
    expect(output.warnings).toEqual([{ message: 'Crime type "Fly-tipping" is not one data.police.uk publishes (2 rows): it is not counted in any measure, nor in all_crime', file: 'odd.csv', line: 2 }]);
    const values = table(output.observations, '2024-03');
    expect([values.E07999001!.all_crime, values.E07999001!.robbery, values.E05999103!.robbery, values.E05999101!.robbery]).toEqual([1, 1, 1, 0]);
  });

  it('reports a 2012-era file with no LSOA column, a missing lookup and a bad month', () => {
    const old = policeStreetFormat.read('Month,Reported by,Falls within,Easting,Northing,Location,Crime type,Context\n2012-01,P,P,1,2,X,Burglary,\n', 'old.csv', wealdshireContext());
    expect(old.problems.map((p) => p.message)).toEqual(['This data.police.uk file has no LSOA code column, so its rows cannot be placed in districts']);
    expect(old.problems[0]!.details.location).toEqual({ file: 'old.csv', line: 1 });

    const noLookup = policeStreetFormat.read(fixtureText(JAN), JAN, contextWith(wealdshireConfig(), []));
    expect(noLookup.problems.map((p) => p.message)).toEqual(['There is no LSOA lookup, so street-level crime cannot be placed in districts and wards']);

    const badMonth = policeStreetFormat.read(`${header}\nabc,Jan-24,P,P,0.1,51.1,X,E01999005,Ashcombe 005A,Robbery,,\n`, 'm.csv', wealdshireContext());
    expect(badMonth.problems.map((p) => [p.message, p.details.location])).toEqual([['Month "Jan-24" is not a month', { file: 'm.csv', line: 2, column: 2 }]]);
    expect(badMonth.observations).toEqual([]);
  });
});
