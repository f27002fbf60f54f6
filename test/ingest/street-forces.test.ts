import { cp, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadYearConfig } from '../../src/config/load-year-config.js';
import { readYearFolder } from '../../src/ingest/read-year.js';
import { addForces, streetForce } from '../../src/ingest/street-forces.js';
import type { Observation } from '../../src/model.js';
import { ROOT } from '../e2e/sample-data.js';
import { tempDir } from '../temp-dir.js';

const count = (file: string, value: number, measure = 'all_crime', areaCode = 'E1', line = 2): Observation => ({ measure, areaCode, period: '2024-03', value, file, line });
const forces = (file: string) => streetForce(file);
const shown = (file: string) => `data/2024/${file}`;

describe('streetForce', () => {
  it('reads the force from the name data.police.uk gives a street-level file', () => {
    expect(streetForce('police.zip/2024-03/2024-03-kent-street.csv')).toBe('kent');
    expect(streetForce('2024-03-BTP-street.csv')).toBe('btp');
    expect(streetForce('2024-03-avon-and-somerset-street.csv')).toBe('avon-and-somerset');
    expect(streetForce('kent-march.csv')).toBeUndefined();
    // A renamed copy is no force of its own, so it is never added to the original.
    expect(streetForce('2024-03-kent-2-street.csv')).toBeUndefined();
    expect(streetForce('2024-03-kent-street (1).csv')).toBeUndefined();
  });
});

describe('addForces', () => {
  it('adds the counts of two forces for one measure, area and month, leaving the readers\' own rows as they were', () => {
    const kent = count('2024-03/2024-03-kent-street.csv', 120);
    const btp = count('btp/2024-03-btp-street.csv', 3);
    const { observations, problems } = addForces([kent, btp, count('2024-03/2024-03-kent-street.csv', 7, 'asb')], forces, shown);
    expect(problems).toEqual([]);
    expect(observations.map((o) => [o.measure, o.value, o.file])).toEqual([['all_crime', 123, kent.file], ['asb', 7, kent.file]]);
    expect(kent.value).toBe(120);
  });

  it('refuses the same force\'s month twice once, naming both files, and still adds another force', () => {
    const rows = [
      ...[2, 3, 4].map((line) => count('police.zip/2024-03/2024-03-kent-street.csv', 10, `m${line}`, 'E1', line)),
      ...[2, 3, 4].map((line) => count('copy/2024-03-kent-street.csv', 10, `m${line}`, 'E1', line)),
      count('2024-03-btp-street.csv', 1, 'm2'),
    ];
    const { observations, problems } = addForces(rows, forces, shown);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toBe('Two street-level files of the same force hold the same month: data/2024/police.zip/2024-03/2024-03-kent-street.csv and data/2024/copy/2024-03-kent-street.csv');
    expect(problems[0]!.details.found).toBe('3 counts in both (m2 for E1 in 2024-03, first)');
    expect(problems[0]!.details.location).toEqual({ file: 'data/2024/copy/2024-03-kent-street.csv', line: 2 });
    expect(observations.map((o) => o.value)).toEqual([11, 10, 10]);
  });

  it('leaves every other file alone, for the duplicate check to judge', () => {
    const rows = [count('street-a.csv', 5), count('street-b.csv', 5), count('fire.csv', 2, 'fires')];
    expect(addForces(rows, () => undefined, shown)).toEqual({ observations: rows, problems: [] });
  });
});

describe('a British Transport Police file beside the county force\'s, in the sample year', () => {
  it('adds its crimes to the districts\' totals', async () => {
    const data = path.join(await tempDir('btp'), '2024');
    await cp(path.join(ROOT, 'data/2024'), data, { recursive: true });
    const march = strFromU8(unzipSync(new Uint8Array(readFileSync(path.join(data, 'police-street-wealdshire.zip'))))['2024-03/2024-03-wealdshire-street.csv']!).split('\n');
    // Fourteen of the force's rows, as BTP would report crimes at stations in the same LSOAs.
    const rows = march.slice(1, 15).map((row) => row.replace('Wealdshire Police', 'British Transport Police'));
    await mkdir(path.join(data, 'btp'));
    await writeFile(path.join(data, 'btp', '2024-03-btp-street.csv'), [march[0], ...rows, ''].join('\n'));
    const configFile = path.join(ROOT, 'assess.config.yaml');
    const total = async (dir: string) => (await readYearFolder(dir, await loadYearConfig(configFile, dir))).annual.get('all_crime')!;
    const [before, after] = [await total(path.join(ROOT, 'data/2024')), await total(data)];
    // Crimes, not ASB, with an LSOA code: what a district total counts.
    const crimes = rows.filter((row) => !row.includes('Anti-social behaviour') && row.split(',')[7] !== '');
    const districts = (table: typeof before) => [...table].filter(([code]) => code.startsWith('E07999')).reduce((sum, [, years]) => sum + (years.get(2024) ?? 0), 0);
    expect(crimes.length).toBeGreaterThan(5);
    expect(districts(after) - districts(before)).toBe(crimes.length);
  }, 30_000);
});
