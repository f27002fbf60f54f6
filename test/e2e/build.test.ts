import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../../src/commands/build.js';
import { readPdfInfo, readPdfLayout, readPdfText } from '../../src/pdf/read-pdf.js';
import { en, populationOf, ROOT, streetCrimes, sumMonths } from './sample-data.js';
import { tempDir } from '../temp-dir.js';

const MEDBURY = 'E07999006';
const POLICE = 'data/2024/police-recorded-crime.csv';

async function buildSample(): Promise<BuildResult> {
  const out = await tempDir('e2e');
  return build({ year: '2024', out, date: '2024-11-20', cwd: ROOT, env: process.env, log: () => undefined });
}

const fileOf = (result: BuildResult, name: string): string => result.files.find((f) => f.endsWith(name))!;

describe('assess build 2024 on the sample data', () => {
  let result: BuildResult;
  let pages: string[];
  let pdf: Uint8Array;

  beforeAll(async () => {
    result = await buildSample();
    pdf = new Uint8Array(await readFile(fileOf(result, '.pdf')));
    pages = await readPdfText(pdf);
  });

  it('writes the four outputs and counts what it built', () => {
    expect(result.files.map((f) => path.basename(f))).toEqual(['strategic-assessment-2024.pdf', 'strategic-assessment-2024.html', 'figures.csv', 'figures.json']);
    expect(result.measureCount).toBe(36);
    expect(result.areaCount).toBe(20);
    expect(result.pageCount).toBe(pages.length);
    expect(result.pageCount).toBeGreaterThanOrEqual(15);
    expect(result.pageCount).toBeLessThanOrEqual(90);
  });

  it('prints the cover with the year, the date and the synthetic-data warning', () => {
    expect(pages[0]).toContain('Strategic Assessment 2023-24');
    expect(pages[0]).toContain('Medbury: Oct 2023 to Sep 2024');
    expect(pages[0]).toContain('20 November 2024');
    expect(pages[0]).toContain('Synthetic sample data - not real figures');
  });

  it('prints the overview table with figures summed independently from the extracts', async () => {
    const current = await streetCrimes(2024);
    const previous = sumMonths(POLICE, 'all_crime', MEDBURY, '2022-10', '2023-09');
    const twoYearsAgo = sumMonths(POLICE, 'all_crime', MEDBURY, '2021-10', '2022-09');
    const change = current - previous;
    const pct = ((100 * change) / previous).toFixed(1);
    const rate = ((1000 * current) / populationOf(2024, MEDBURY)).toFixed(1);
    const overview = pages.find((p) => p.includes('3. Crime overview: annual changes (2023-24)') && p.includes('Category'))!;
    const sign = change > 0 ? '+' : '';
    expect(overview).toContain(`All crime ${en(twoYearsAgo)} ${en(previous)} ${en(current)} ${sign}${en(change)}`);
    expect(overview).toContain(`${sign}${pct}%`);
    expect(overview).toContain(rate);
    expect(overview).toMatch(/All crime .* \d+ of 12 \d+ of 12/);
  });

  it('numbers the contents from where each heading really is', async () => {
    const layout = await readPdfLayout(pdf);
    const contents = pages[1]!;
    // The document is printed once with placeholders and the numbers written into the PDF;
    // every number in the contents must be the page of the final PDF.
    const listed = [...layout.headingPages].filter(([heading]) => /^\d+(\.\d+)*\.? /.test(heading) && contents.includes(heading));
    expect(listed.length).toBeGreaterThanOrEqual(20);
    for (const [heading, page] of listed) {
      expect(page).toBeGreaterThan(2);
      expect(contents).toContain(`${heading} ${page}`);
      expect(pages[page - 1]).toContain(heading);
    }
    expect(listed.map(([heading]) => heading)).toEqual(expect.arrayContaining(['6. Methodology and information sources', '4.3 Acquisitive crime', '7. Glossary']));
  });

  it('has a running footer with the title and "Page X of Y"', () => {
    expect(pages[2]).toContain(`Page 3 of ${pages.length}`);
    expect(pages.at(-1)).toContain(`Page ${pages.length} of ${pages.length}`);
    expect(pages[4]).toContain('Strategic Assessment 2023-24 – Safer Medbury Partnership');
  });

  it('is a tagged PDF with a title and language', async () => {
    expect(await readPdfInfo(pdf)).toEqual({ title: 'Strategic Assessment 2023-24 – Safer Medbury Partnership (synthetic sample)', language: 'en-GB', tagged: true });
  });

  it('writes a seed-style sentence for each measure', () => {
    const text = pages.join(' ');
    expect(text).toMatch(/Shoplifting has increased by [\d,]+ \([\d.]+%\), from [\d,]+ to [\d,]+\./);
    expect(text).toMatch(/Per 1,000 dwellings Medbury ranks \d+(st|nd|rd|th) of 12 in the county/);
    expect(text).toContain('High Street ward recorded the highest volume of shoplifting in Medbury');
  });

  it('draws SPC and league charts with their verdicts, and the data behind them in an appendix', async () => {
    const text = pages.join(' ');
    // The generator shifts Medbury's shoplifting up by 45% from January 2024.
    expect(text).toMatch(/Statistical process control: special cause: concern, [^.]*2024\./);
    expect(text).toContain('Appendix: the data behind the charts');
    expect(text).toMatch(/Table C2: All crime: Medbury, monthly/);
    const html = await readFile(fileOf(result, '.html'), 'utf8');
    const charts = html.match(/<svg[^>]*role="img"[^>]*aria-label="[^"]+"/g) ?? [];
    expect(charts.length).toBeGreaterThan(20);
    expect(html).toContain('The data are in <a href="#chart-data-1">Table C1</a>.');
  });

  it('lists every source file read in the methodology', () => {
    const text = pages.join(' ');
    for (const file of ['police-recorded-crime.csv', 'fire-incidents.csv', 'health-admissions.csv', 'population.csv', 'wards.csv']) expect(text).toContain(file);
  });

  it('writes figures.csv with unrounded figures that match the extracts', async () => {
    const csv = await readFile(fileOf(result, 'figures.csv'), 'utf8');
    const [header, ...rows] = csv.trim().split('\n');
    expect(header!.startsWith('measure,area_code,period,value,previous_value,change,pct_change,per_1000,county_per_1000,county_rank,county_rank_of')).toBe(true);
    const medbury = rows.find((r) => r.startsWith(`all_crime,${MEDBURY},2024,`))!.split(',');
    const current = await streetCrimes(2024);
    const previous = sumMonths(POLICE, 'all_crime', MEDBURY, '2022-10', '2023-09');
    expect(Number(medbury[3])).toBe(current);
    expect(Number(medbury[4])).toBe(previous);
    expect(Number(medbury[6])).toBeCloseTo((100 * (current - previous)) / previous, 10);
    expect(rows.filter((r) => r.startsWith('all_crime,')).length).toBe(1 + 12 + 8);
    expect(rows.some((r) => r.startsWith('all_crime,E10999001,2024,'))).toBe(true);
  });

  it('gives byte-identical HTML, CSV and JSON when built again', async () => {
    const again = await buildSample();
    for (const name of ['.html', 'figures.csv', 'figures.json']) {
      expect(await readFile(fileOf(again, name), 'utf8')).toBe(await readFile(fileOf(result, name), 'utf8'));
    }
  });

  it('makes an HTML twin that is self-contained: no scripts, no external references', async () => {
    const html = await readFile(fileOf(result, '.html'), 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en-GB">/);
    expect(html).not.toMatch(/<script|<link |src="http|url\(http/);
    expect(html).toContain("font-family:'Source Sans 3'");
  });
});
