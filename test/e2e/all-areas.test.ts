import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../../src/commands/build.js';
import type { Manifest } from '../../src/manifest/manifest.js';
import { readPdfText } from '../../src/pdf/read-pdf.js';
import { axeViolations } from './axe.js';
import { populationOf, ROOT } from './sample-data.js';
import { tempDir } from '../temp-dir.js';

const sha = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const DOCUMENT_FILES = ['figures.csv', 'figures.json', 'strategic-assessment-2024.html', 'strategic-assessment-2024.pdf'];

/** The sample county's districts, read from its population file (not through assess). */
async function sampleDistricts(): Promise<{ code: string; name: string }[]> {
  const config = await readFile(path.join(ROOT, 'assess.config.yaml'), 'utf8');
  const county = config.slice(config.indexOf('county:'), config.indexOf('comparators:'));
  const codes = [...county.matchAll(/- (E\d+)/g)].map((m) => m[1]!);
  const population = (await readFile(path.join(ROOT, 'data/2024/population.csv'), 'utf8')).split('\n');
  return codes.map((code) => ({ code, name: population.find((line) => line.startsWith(`${code},`))!.split(',')[1]! }));
}

describe('assess build 2024 --all-areas on the sample county', () => {
  let result: BuildResult;
  let out: string;
  const log: string[] = [];
  const progress: [string, number, number][] = [];

  beforeAll(async () => {
    out = path.join(await tempDir('county'), '2024');
    result = await build({ year: '2024', out, date: '2024-11-20', allAreas: true, jobs: 2, cwd: ROOT, env: process.env, log: (m) => log.push(m), progress: (...p) => progress.push(p) });
  });

  it('builds one assessment per district, from one read of the inputs and one browser, two at a time', async () => {
    const districts = await sampleDistricts();
    expect(districts).toHaveLength(12);
    const folders = districts.map((d) => `${d.code}-${d.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`);
    expect((await readdir(out)).sort()).toEqual([...folders, 'county-summary-2024.csv', 'county-summary-2024.html', 'manifest.json'].sort());
    for (const folder of folders) expect((await readdir(path.join(out, folder))).sort()).toEqual(DOCUMENT_FILES);
    expect(result.districts!.map((d) => d.name)).toEqual(districts.map((d) => d.name));
    expect(result.jobs).toBe(2);
    expect(log.filter((m) => m.startsWith('Reading '))).toHaveLength(1);
    expect(log.filter((m) => m.startsWith('Using Chromium from '))).toHaveLength(1);
    // Reading is reported once (one read for every district), then the districts.
    expect(progress.filter(([task, done]) => task === 'Reading data files' && done === 0)).toHaveLength(1);
    const built = progress.filter(([task]) => task === 'Building district assessments');
    expect(built[0]).toEqual(['Building district assessments', 0, 12]);
    expect(built.at(-1)).toEqual(['Building district assessments', 12, 12]);
  });

  it('makes the home district\'s document exactly as assess build does', async () => {
    const single = path.join(await tempDir('single'), '2024');
    await build({ year: '2024', out: single, date: '2024-11-20', cwd: ROOT, env: process.env, log: () => undefined });
    for (const name of DOCUMENT_FILES) {
      expect(sha(await readFile(path.join(out, 'E07999006-medbury', name))), name).toBe(sha(await readFile(path.join(single, name))));
    }
  });

  it('makes another district\'s document about that district, saying what it leaves out and why', async () => {
    const pages = await readPdfText(new Uint8Array(await readFile(path.join(out, 'E07999002-bramleigh', 'strategic-assessment-2024.pdf'))));
    expect(pages[0]).toContain('Bramleigh Community Safety Partnership');
    expect(pages[0]).toContain('Bramleigh: Oct 2023 to Sep 2024');
    const text = pages.join(' ');
    expect(text).toContain('The Most similar group is configured for Medbury, so Bramleigh is compared with the districts of Wealdshire but not ranked within a most similar group.');
    expect(text).toContain('The data folder has no ward figures for Bramleigh, so this document has no ward hotspot tables or charts (the ward lookups cover Medbury only).');
    expect(text).toContain('The review of priorities and the priority scoring belong to the Safer Medbury Partnership (synthetic sample), so this document has no priorities section.');
    expect(text).not.toContain('MSG rank');
    expect(text).not.toContain('5. Priorities');
    expect(text).not.toMatch(/top wards in|recorded the highest volume of/);
    expect(text).toMatch(/Per 1,000 population Bramleigh ranks \d+(st|nd|rd|th) of 12 in the county/);
    const csv = await readFile(path.join(out, 'E07999002-bramleigh', 'figures.csv'), 'utf8');
    // No comparator areas outside the county: Bramleigh has no most similar group.
    expect(csv.split('\n').filter((r) => r.startsWith('all_crime,'))).toHaveLength(1 + 12);
  });

  it('writes a county summary of the headline measures, figures as in each district\'s figures.csv', async () => {
    const csv = (await readFile(path.join(out, 'county-summary-2024.csv'), 'utf8')).trim().split('\n');
    expect(csv[0]).toBe('area_code,area_name,kind,measure,period,value,previous_value,pct_change,per_1000,county_per_1000,county_rank,county_rank_of,county_comparison,suppressed,document');
    const allCrime = csv.filter((line) => line.includes(',all_crime,'));
    expect(allCrime).toHaveLength(13);
    const figures = (await readFile(path.join(out, 'E07999002-bramleigh', 'figures.csv'), 'utf8')).split('\n');
    const bramleigh = figures.find((r) => r.startsWith('all_crime,E07999002,'))!.split(',');
    const summary = allCrime.find((r) => r.startsWith('E07999002,'))!.split(',');
    expect(summary.slice(5, 11)).toEqual([bramleigh[3], bramleigh[4], bramleigh[6], bramleigh[7], bramleigh[8], bramleigh[9]]);
    expect(Number(summary[8])).toBeCloseTo((1000 * Number(summary[5])) / populationOf(2024, 'E07999002'), 10);
    expect(summary.at(-1)).toBe('E07999002-bramleigh/strategic-assessment-2024.pdf');
    expect(allCrime.at(-1)).toMatch(/^E10999001,Wealdshire,county,all_crime,2024,/);

    const html = await readFile(path.join(out, 'county-summary-2024.html'), 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en-GB">/);
    expect(html).toContain('<h1>Strategic Assessments 2023-24: Wealdshire</h1>');
    expect(html).toContain('<th scope="row">Medbury (home district)</th><td>E07999006</td><td><a href="E07999006-medbury/strategic-assessment-2024.pdf">PDF, 78 pages</a></td>');
    expect(html).toContain('<caption>All crime: Wealdshire districts, 2023-24</caption>');
    expect(html).not.toMatch(/<script|src="http/);
  });

  it('gives a county summary page that passes axe-core WCAG 2.1 AA', async () => {
    const html = await readFile(path.join(out, 'county-summary-2024.html'), 'utf8');
    expect(await axeViolations(html)).toEqual([]);
  });

  it('lists every output with its hash in one manifest', async () => {
    const manifest = JSON.parse(await readFile(path.join(out, 'manifest.json'), 'utf8')) as Manifest;
    expect(manifest.configuration.settings.allAreas).toBe(true);
    expect(manifest.outputs).toHaveLength(12 * 4 + 2);
    for (const output of manifest.outputs) expect(sha(await readFile(path.join(out, output.file))), output.file).toBe(output.sha256);
  });
});
