import { describe, expect, it } from 'vitest';
import { readCsvTable } from '../../../src/ingest/csv-table.js';
import { onsPopulationFormat } from '../../../src/ingest/formats/ons-population.js';
import { districts, fixture, publishedContext } from '../../fixtures/published/context.js';

const ages = Array.from({ length: 90 }, (_, age) => String(age)).join(',');

describe('ONS mid-year estimates (MYE2 persons)', () => {
  it('is recognised by its title line, its file name or its header', () => {
    const { text } = fixture('ons-mye2-persons.csv');
    const head = readCsvTable(text, 'x.csv', true);
    if (!head.ok) throw head.problem;
    // The registry sees only the first record, which here is the title line.
    expect(onsPopulationFormat.matches(head.table.keys, 'estimates.csv')).toBe(true);
    expect(onsPopulationFormat.matches(['title'], 'mye22tablesew.csv')).toBe(true);
    expect(onsPopulationFormat.matches(['code', 'name', 'geography1', 'all ages', '0'], 'x.csv')).toBe(true);
    expect(onsPopulationFormat.matches(['area_code', 'area_name', 'population'], 'population.csv')).toBe(false);
  });

  it('finds the header below the title lines and sums ages 10 to 17 for every area', () => {
    const { text, file } = fixture('ons-mye2-persons.csv');
    const output = onsPopulationFormat.read(text, file, publishedContext());
    expect(output.problems).toEqual([]);
    expect(output.denominators).toEqual(['population', 'population_10_17']);
    expect(output.rows).toBe(7);
    expect(output.population).toEqual([
      { areaCode: 'E92000001', areaName: 'ENGLAND', denominators: { population: 49247939, population_10_17: 5034764 } },
      { areaCode: 'E12000008', areaName: 'SOUTH EAST', denominators: { population: 7980003, population_10_17: 802761 } },
      { areaCode: 'E10000099', areaName: 'Wealdshire', denominators: { population: 1375806, population_10_17: 143253 } },
      { areaCode: districts.ashworth, areaName: 'Ashworth Vale', denominators: { population: 118148, population_10_17: 12783 } },
      { areaCode: districts.bramleigh, areaName: 'Bramleigh', denominators: { population: 90050, population_10_17: 9102 } },
      { areaCode: districts.caverley, areaName: 'Caverley', denominators: { population: 109312, population_10_17: 11072 } },
      { areaCode: districts.comparator, areaName: 'Dunmore & Fenwick', denominators: { population: 103063, population_10_17: 10493 } },
    ]);
    expect(output.warnings).toEqual([
      { message: 'Ignored 2 title lines above the header on line 4 ("MYE2: Population estimates: Persons by single year of age for local authorities in the UK, mid-2022")', file, line: 1 },
      { message: 'Ignored 1 line with no area and no figures (notes), from line 13', file, line: 13 },
    ]);
  });

  it('reports a missing header, a blank code and an unreadable figure', () => {
    expect(onsPopulationFormat.read('Mid-2022 population estimates\nArea,Persons\nE07999001,5\n', 'mye.csv', publishedContext()).problems.map((p) => p.message))
      .toEqual(['No header row with Code, Name, Geography and All ages in the first 20 lines of the ONS population file']);
    const text = `Code,Name,Geography1,All ages,${ages},90+\n,Bramleigh,District,90050\nE07999001,Ashworth Vale,District,n/k\n`;
    const { problems } = onsPopulationFormat.read(text, 'mye.csv', publishedContext());
    expect(problems.map((p) => [p.details.location?.line, p.details.location?.column, p.message])).toEqual([
      [2, 1, 'No area code for Bramleigh'],
      [3, 4, '"n/k" in column 4 (population (All ages)) is not a number'],
    ]);
  });

  it('gives population only, with a warning, when the single years are missing', () => {
    const output = onsPopulationFormat.read('Code,Name,Geography,All ages\nE07999001,Ashworth Vale,District,"118,148"\n', 'mye.csv', publishedContext());
    expect(output.population).toEqual([{ areaCode: districts.ashworth, areaName: 'Ashworth Vale', denominators: { population: 118148 } }]);
    expect(output.denominators).toEqual(['population']);
    expect(output.warnings.map((w) => w.message)).toEqual(['No single-year age columns 10, 11, 12, 13, 14, 15, 16, 17: population_10_17 cannot be given from this file']);
  });
});
