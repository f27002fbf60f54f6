import { describe, expect, it } from 'vitest';
import { parsePopulation } from '../../src/ingest/parse-population.js';
import { parseWards } from '../../src/ingest/parse-wards.js';

describe('parsePopulation', () => {
  it('reads every further column as a denominator', () => {
    const text = 'Area_Code,Area_Name,Population,Dwellings,population_10_17\r\nE07000110,Maidstone,"177,700",75000,\r\nE07000105,Ashford,132700,56000,14100\r\n';
    const result = parsePopulation(text, 'population.csv');
    expect(result.problems).toEqual([]);
    expect(result.denominators).toEqual(['population', 'dwellings', 'population_10_17']);
    expect(result.population).toEqual([
      { areaCode: 'E07000110', areaName: 'Maidstone', denominators: { population: 177700, dwellings: 75000 } },
      { areaCode: 'E07000105', areaName: 'Ashford', denominators: { population: 132700, dwellings: 56000, population_10_17: 14100 } },
    ]);
  });

  it('requires a population above zero and one row per area', () => {
    const text = 'area_code,area_name,population,dwellings\nE07000110,Maidstone,,1\nE07000105,Ashford,0,x\nE07000110,Maidstone,5,1\n';
    const { problems } = parsePopulation(text, 'population.csv');
    expect(problems.map((p) => [p.details.location?.line, p.details.location?.column, p.message])).toEqual([
      [2, 3, 'No population in column 3'],
      [3, 3, 'The population in column 3 must be above zero'],
      [3, 4, '"x" in column 4 (dwellings) is not a number'],
      [4, 1, 'Area E07000110 has a second population row'],
    ]);
    expect(problems[3]!.details.expected).toBe('one row per area (first on line 2)');
  });
});

describe('parseWards', () => {
  it('maps wards to districts with an optional population', () => {
    const text = 'ward_code,ward_name,area_code,population\nE05005000,High Street,E07000110,"9,800"\nE05005001,"Bearsted & Thurnham",E07000110,\n';
    const result = parseWards(text, 'wards.csv');
    expect(result.problems).toEqual([]);
    expect(result.wards).toEqual([
      { wardCode: 'E05005000', wardName: 'High Street', areaCode: 'E07000110', population: 9800 },
      { wardCode: 'E05005001', wardName: 'Bearsted & Thurnham', areaCode: 'E07000110' },
    ]);
  });

  it('reports a missing column and a repeated ward', () => {
    expect(parseWards('ward_code,name,area_code\nW1,A,E07000110\n', 'wards.csv').problems[0]!.message).toBe('The header of the wards file lacks the column ward_name');
    const { problems } = parseWards('ward_code,ward_name,area_code\nW1,A,E07000110\nW1,B,E07000110\nW2,,E07000110\n', 'wards.csv');
    expect(problems.map((p) => p.message)).toEqual(['Ward W1 is listed twice', 'No ward_name in column 2 (ward_name)']);
  });
});
