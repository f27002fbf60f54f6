import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readYearFolder } from '../../src/ingest/read-year.js';
import { errorFromAsync, problemsOf, testConfig } from './helpers.js';

let root: string;
let dir: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'assess-ingest-'));
  dir = path.join(root, '2024');
  await mkdir(dir);
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const population = 'area_code,area_name,population,dwellings\nE07000110,Maidstone,177700,75000\nE07000105,Ashford,132700,56000\nE07000106,Canterbury,157400,66000\n';

async function write(name: string, content: string | Uint8Array): Promise<void> {
  await writeFile(path.join(dir, name), content);
}

describe('readYearFolder', () => {
  it('reads tidy data, population and Windows-1252 ward names, and records sources and ignored files', async () => {
    await write('population.csv', population);
    // "Bearsted & Thurnham – Café" saved by Excel in the Windows code page: – is 0x96, é is 0xE9.
    const wards = Buffer.concat([
      Buffer.from('ward_code,ward_name,area_code\r\nE05005001,Bearsted & Thurnham ', 'latin1'),
      Buffer.from([0x96]),
      Buffer.from(' Caf', 'latin1'),
      Buffer.from([0xe9]),
      Buffer.from(',E07000110\r\n', 'latin1'),
    ]);
    await write('wards.csv', wards);
    await write('police-crime.csv', '\uFEFFmeasure,area_code,period,value\r\nall_crime,E07000110,2024-01,"1,205"\r\nasb,E05005001,2024-01,12\r\nall_crime,E09000001,2024-01,5\r\n');
    await write('fire.csv', 'measure,area_code,period,value\nfires_deliberate,E07000105,2023,40\n');
    await write('notes.csv', 'Title,Author\nExtract notes,Police analyst\n');
    await write('readme.txt', 'not a csv');
    await write('fire-incidents.xlsx', 'PK');
    // Kept beside its CSV export, and Excel's lock file: neither is listed.
    await write('police-crime.xlsx', 'PK');
    await write('~$fire-incidents.xlsx', 'x');

    const inputs = await readYearFolder(dir, testConfig());
    expect(inputs.wards).toEqual([{ wardCode: 'E05005001', wardName: 'Bearsted & Thurnham – Café', areaCode: 'E07000110' }]);
    expect(inputs.observations).toEqual([
      { measure: 'fires_deliberate', areaCode: 'E07000105', period: '2023', value: 40, file: 'fire.csv', line: 2 },
      { measure: 'all_crime', areaCode: 'E07000110', period: '2024-01', value: 1205, file: 'police-crime.csv', line: 2 },
      { measure: 'asb', areaCode: 'E05005001', period: '2024-01', value: 12, file: 'police-crime.csv', line: 3 },
    ]);
    expect(inputs.population.map((area) => area.areaCode)).toEqual(['E07000110', 'E07000105', 'E07000106']);
    expect(inputs.sources).toEqual([
      { file: 'fire.csv', format: 'tidy data (measure, area_code, period, value)', kind: 'tidy', agencies: ['fire'], measures: ['fires_deliberate'], rows: 1, firstPeriod: '2023', lastPeriod: '2023' },
      { file: 'police-crime.csv', format: 'tidy data (measure, area_code, period, value)', kind: 'tidy', agencies: ['police'], measures: ['all_crime', 'asb'], rows: 2, firstPeriod: '2024-01', lastPeriod: '2024-01' },
      { file: 'population.csv', format: 'population and denominators (area_code, area_name, population, ...)', kind: 'population', agencies: [], measures: [], rows: 3 },
      { file: 'wards.csv', format: 'ward to district lookup (ward_code, ward_name, area_code)', kind: 'wards', agencies: [], measures: [], rows: 1 },
    ]);
    expect(inputs.ignoredFiles).toHaveLength(2);
    expect(inputs.ignoredFiles[0]).toEqual({ file: 'fire-incidents.xlsx', reason: 'a spreadsheet workbook, which is not read: save its sheet as CSV (UTF-8) in the data folder to have it read' });
    expect(inputs.ignoredFiles[1]!.file).toBe('notes.csv');
    expect(inputs.ignoredFiles[1]!.reason).toContain('expected measure,area_code,period,value');
    const messages = inputs.warnings.map((warning) => warning.message);
    expect(messages).toContain('Skipped 1 row for 1 area code that are not districts of the county, comparators or wards in wards.csv: E09000001');
    expect(messages).toContain('No population for comparator area E07000200: ranks in the most similar group will leave them out');
    expect(messages.filter((m) => m.startsWith('all_crime for E07000110: no total for 2023-24'))).toHaveLength(1);
  });

  it('reports duplicates across files naming both places, with every other problem', async () => {
    await write('population.csv', 'area_code,area_name,population\nE07000110,Maidstone,177700\n');
    await write('a.csv', 'measure,area_code,period,value\nall_crime,E07000110,2024-01,5\n');
    await write('b.csv', 'measure,area_code,period,value\nasb,E07000110,2024-01,7\nall_crime,E07000110,2024-01,6\nasb,E07000110,2024-02,12a\n');
    await write('broken.csv', 'measure,area_code,period,value\nasb,E07000110,2024-03,"7\n');
    await write('empty.csv', '');
    const error = await errorFromAsync(() => readYearFolder(dir, testConfig()));
    expect(error.message).toBe(`The data in ${dir} has problems (5 problems)`);
    const problems = problemsOf(error);
    expect(problems.map((p) => [p.message, p.details.location])).toEqual([
      ['The file is empty', { file: path.join(dir, 'empty.csv') }],
      ['The population file has no row for 2 districts of the county', { file: path.join(dir, 'population.csv') }],
      ['Value "12a" in column 4 (value) is not a number', { file: path.join(dir, 'b.csv'), line: 4, column: 4 }],
      ['A quoted field is never closed', { file: path.join(dir, 'broken.csv'), line: 2 }],
      [`all_crime for E07000110 in 2024-01 is given twice: ${path.join(dir, 'a.csv')} line 2 and ${path.join(dir, 'b.csv')} line 3`, { file: path.join(dir, 'b.csv'), line: 3 }],
    ]);
    expect(problems[1]!.details.found).toBe('no row for E07000105, E07000106');
  });

  it('reports a zip that cannot be read beside the problems of the other files', async () => {
    await write('population.csv', population);
    await write('police.zip', 'PK\u0003\u0004 cut short');
    await write('fire.csv', 'measure,area_code,period,value\nfires_deliberate,E07000105,2023,12a\n');
    const problems = problemsOf(await errorFromAsync(() => readYearFolder(dir, testConfig())));
    expect(problems.map((p) => [p.message, p.details.location])).toEqual([
      ['The zip archive cannot be read', { file: path.join(dir, 'police.zip') }],
      ['Value "12a" in column 4 (value) is not a number', { file: path.join(dir, 'fire.csv'), line: 2, column: 4 }],
    ]);
  });

  it('asks for a denominator column that a measure in the data needs', async () => {
    await write('population.csv', 'area_code,area_name,population\nE07000110,M,1\nE07000105,A,1\nE07000106,C,1\n');
    await write('police.csv', 'measure,area_code,period,value\nburglary_residential,E07000110,2024,5\n');
    const error = await errorFromAsync(() => readYearFolder(dir, testConfig()));
    expect(error.message).toBe('The population file has no "dwellings" column, which burglary_residential is rated by');
    expect(error.details.fix).toContain('denominator:');
  });

  it('asks for every district\'s figure in each denominator column, and warns of a comparator without one', async () => {
    await write('population.csv', 'area_code,area_name,population,dwellings\nE07000110,Maidstone,177700,75000\nE07000105,Ashford,132700,\nE07000106,Canterbury,157400,66000\nE07000200,Other,100000,-\n');
    await write('police.csv', 'measure,area_code,period,value\nburglary_residential,E07000110,2024,5\n');
    const error = await errorFromAsync(() => readYearFolder(dir, testConfig()));
    expect(error.message).toBe('The population file has no dwellings for 1 district of the county');
    expect(error.details.location).toEqual({ file: path.join(dir, 'population.csv') });
    expect(error.details.found).toBe('a blank dwellings for E07000105 (Ashford)');

    await write('population.csv', 'area_code,area_name,population,dwellings\nE07000110,Maidstone,177700,75000\nE07000105,Ashford,132700,56000\nE07000106,Canterbury,157400,66000\nE07000200,Other,100000,-\n');
    const inputs = await readYearFolder(dir, testConfig());
    expect(inputs.warnings.map((warning) => warning.message)).toContain("No dwellings for comparator area E07000200 (Other): the most similar group's ranks of measures rated per dwellings will leave it out");

    // A column no measure in the data is rated by may have blanks.
    await write('population.csv', 'area_code,area_name,population,dwellings,households\nE07000110,Maidstone,177700,75000,\nE07000105,Ashford,132700,56000,\nE07000106,Canterbury,157400,66000,\n');
    expect((await readYearFolder(dir, testConfig())).population).toHaveLength(3);
  });

  it('explains a missing folder, a folder without CSVs and one without tidy data', async () => {
    const missing = await errorFromAsync(() => readYearFolder(path.join(root, '2031'), testConfig()));
    expect(missing.message).toBe('No data folder for 2031');
    expect(missing.details.fix).toBe('Put the partner extracts in data/2031/ or pass --data DIR');
    const given = await errorFromAsync(() => readYearFolder(path.join(root, 'extracts'), testConfig()));
    expect(given.message).toBe(`The data folder ${path.join(root, 'extracts')} does not exist`);
    expect(given.details.fix).toBe('Check the path given with --data, or put the partner extracts there.');

    const none = await errorFromAsync(() => readYearFolder(dir, testConfig()));
    expect(none.message).toBe(`No CSV files in ${dir}`);
    await write('crime.xlsx', 'PK');
    const workbooks = await errorFromAsync(() => readYearFolder(dir, testConfig()));
    expect([workbooks.details.found, workbooks.details.fix]).toEqual(['spreadsheet workbooks only: crime.xlsx', 'Save each workbook\'s sheet as CSV (UTF-8) in the same folder.']);
    await rm(path.join(dir, 'crime.xlsx'));

    await write('population.csv', population);
    await write('other.csv', 'a,b\n1,2\n');
    const noTidy = await errorFromAsync(() => readYearFolder(dir, testConfig()));
    expect(noTidy.message).toBe(`No data files in ${dir}`);
    expect(noTidy.details.found).toContain('other.csv: its header (a,b)');
  });

  it('reports a population.csv with the wrong header rather than ignoring it', async () => {
    await write('population.csv', 'code,name,population\nE07000110,Maidstone,1\n');
    await write('police.csv', 'measure,area_code,period,value\nall_crime,E07000110,2024,5\n');
    const problems = problemsOf(await errorFromAsync(() => readYearFolder(dir, testConfig())));
    expect(problems[0]!.message).toBe('The header of the population file lacks the columns area_code and area_name');
  });

  it('reports every unreadable file, not just the first, and still reads the rest', async () => {
    await write('population.csv', population);
    await write('a-picture.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]));
    await write('b-broken.csv', 'measure,area_code,period,value\nall_crime,E07000110,2024-01,"12\n');
    await write('c-good.csv', 'measure,area_code,period,value\nall_crime,E07000110,2024-01,7\nall_crime,E07000110,2024-02,8\n');
    const problems = problemsOf(await errorFromAsync(() => readYearFolder(dir, testConfig())));
    expect(problems.map((p) => [path.basename(p.details.location?.file ?? ''), p.details.location?.line, p.message])).toEqual([
      ['a-picture.csv', undefined, 'The file is not a CSV text file: it looks like a PNG image'],
      ['b-broken.csv', 2, 'A quoted field is never closed'],
    ]);
  });
});
