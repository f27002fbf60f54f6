import { describe, expect, it } from 'vitest';
import { nomisPopulationFormat } from '../../../src/ingest/formats/nomis-population.js';
import { districts, fixture, publishedContext } from '../../fixtures/published/context.js';

const header = 'DATE_NAME,GEOGRAPHY_NAME,GEOGRAPHY_CODE,GENDER_NAME,C_AGE_NAME,MEASURES_NAME,OBS_VALUE,OBS_STATUS_NAME';

describe('Nomis population estimates CSV', () => {
  it('is recognised by its header', () => {
    expect(nomisPopulationFormat.matches(header.toLowerCase().split(','), 'nomis_2024_01_01.csv')).toBe(true);
    expect(nomisPopulationFormat.matches(['date_name', 'geography_code', 'obs_value'], 'x.csv')).toBe(false);
  });

  it('reads the latest persons totals and sums the single years 10 to 17 only when all are there', () => {
    const { text, file } = fixture('nomis-population.csv');
    const output = nomisPopulationFormat.read(text, file, publishedContext());
    expect(output.problems).toEqual([]);
    expect(output.rows).toBe(37);
    expect(output.denominators).toEqual(['population', 'population_10_17']);
    expect(output.population).toEqual([
      { areaCode: districts.ashworth, areaName: 'Ashworth Vale', denominators: { population: 118148, population_10_17: 12168 } },
      { areaCode: districts.bramleigh, areaName: 'Bramleigh', denominators: { population: 90050, population_10_17: 11633 } },
      { areaCode: districts.caverley, areaName: 'Caverley', denominators: { population: 109312 } },
      { areaCode: districts.comparator, areaName: 'Dunmore & Fenwick', denominators: { population: 103063 } },
    ]);
    expect(output.warnings.map((w) => w.message)).toEqual([
      'The file holds estimates for June 2022, June 2023: only June 2023 is read',
      'No population_10_17 for E07999003 Caverley, E07999101 Dunmore & Fenwick: the file does not give every single year of age from 10 to 17 (Age 10 ... Age 17)',
      'Skipped 1 row for males, females or percentages: only GENDER_NAME Total and MEASURES_NAME Value are read',
    ]);
  });

  it('requires an All Ages row and a count above zero', () => {
    const text = `${header}\n2023,Bramleigh,E07999002,Total,Age 10,Value,1400,Normal Value\n2023,Caverley,E07999003,Total,All Ages,Value,0,Normal Value\n2023,Caverley,E07999003,Total,All Ages,Value,5,Normal Value\n`;
    const { problems } = nomisPopulationFormat.read(text, 'nomis.csv', publishedContext());
    expect(problems.map((p) => [p.details.location?.line, p.message])).toEqual([
      [3, 'The population (All Ages) in column 7 must be above zero'],
      [4, 'E07999003 has a second population (All Ages) row for 2023'],
      [2, 'No "All Ages" persons row for E07999002 Bramleigh'],
    ]);
  });
});
