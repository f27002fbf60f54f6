import { describe, expect, it } from 'vitest';
import { bundledThemes } from '../../src/catalogue/themes.js';
import { computeFigures } from '../../src/figures/compute-figures.js';
import type { YearInputs } from '../../src/model.js';
import { buildReport, formatDocumentDate } from '../../src/report/build-report.js';
import { withPageNumbers } from '../../src/report/contents.js';
import type { TableView } from '../../src/report/view-types.js';
import { seedConfig, seedInput, seedPopulation, seedWards } from '../figures/seed-fixture.js';

// The seed's own convention: every rise and fall shaded (colouring: direction).
const config = seedConfig({ themes: bundledThemes, colouring: 'direction' });
const input = seedInput(config);
const inputs: YearInputs = {
  observations: [],
  population: seedPopulation,
  wards: seedWards,
  sources: [{ file: 'police.csv', kind: 'tidy', agencies: ['police'], measures: ['all_crime', 'robbery'], rows: 1234, firstPeriod: '2009-10', lastPeriod: '2012-09' }],
  ignoredFiles: [{ file: 'notes.csv', reason: 'header not recognised' }],
  warnings: [{ message: 'robbery: 2010 is incomplete', file: 'police.csv', line: 4 }],
  annual: input.annual,
  published: new Map(),
};
const view = buildReport({ config, figures: computeFigures(input), inputs, year: 2012, documentDate: '2013-04-26', dataFolder: 'data/2012' });

function rowText(table: TableView, label: string): string[] {
  const row = table.rows.find((r) => r.label === label);
  if (!row) throw new Error(`no row ${label}`);
  return row.cells.map((c) => c.text);
}

describe('the crime overview table (seed 002 section 3)', () => {
  it('shows three years, changes, the rate and positions as the seed prints them', () => {
    expect(view.overview.headers.map((h) => h.text)).toEqual(['Category', '2009-10', '2010-11', '2011-12', 'Volume change', '% change', 'Per 1,000', 'County position', 'MSG position']);
    expect(rowText(view.overview, 'All crime')).toEqual(['9,407', '9,354', '8,149', '-1,205', '-12.9%', '54.4', '2 of 4', '2 of 4']);
    expect(rowText(view.overview, 'Burglary – residential').slice(0, 6)).toEqual(['347', '410', '391', '-19', '-4.6%', '6.5']);
    expect(rowText(view.overview, 'Shoplifting').slice(0, 6)).toEqual(['917', '932', '955', '+23', '+2.5%', '6.4']);
    expect(rowText(view.overview, 'Domestic abuse – % of repeat victims').slice(0, 6)).toEqual(['23.6%', '23.5%', '24.3%', '+0.8 pp', '+3.3%', '']);
  });

  it('colours changes by polarity and says so in words', () => {
    const crime = view.overview.rows.find((r) => r.label === 'All crime')!;
    expect(crime.cells[3]).toEqual({ text: '-1,205', tone: 'better', toneText: 'better than the previous 12 months' });
    const shoplifting = view.overview.rows.find((r) => r.label === 'Shoplifting')!;
    expect(shoplifting.cells[3]!.tone).toBe('worse');
    // Domestic abuse incidents are neutral: a fall is not judged.
    const da = view.overview.rows.find((r) => r.label === 'Domestic abuse – number of incidents')!;
    expect(da.cells[3]).toEqual({ text: '-153', tone: 'none', toneText: '' });
  });

  it('judges the rate against the county rate', () => {
    const shoplifting = view.overview.rows.find((r) => r.label === 'Shoplifting')!;
    expect(shoplifting.cells[5]).toMatchObject({ text: '6.4', tone: 'worse', toneText: 'worse than the Kent rate' });
  });

  it('explains the colours and positions in numbered footnotes', () => {
    expect(view.overview.headers.find((h) => h.text === 'County position')!.footnote).toBe('3');
    expect(view.overview.footnotes.map((f) => f.marker)).toEqual(['1', '2', '3', '4']);
    expect(view.overview.footnotes[2]!.text).toContain('Position among the 4 districts of Kent');
    expect(view.overview.footnotes[0]!.text).toContain('Domestic abuse – number of incidents has no better direction and is not shaded.');
    expect(view.overview.footnotes[1]!.text).toMatch(/^Per 1,000 residents; per 1,000 dwellings for Burglary – residential and Burglary – business and community\. Shaded against the Kent rate/);
    expect(view.overview.footnotes[2]!.text).toContain('For measures with no better direction, 1 is the lowest.');
  });
});

describe('significance colouring (the default)', () => {
  const significant = seedConfig({ themes: bundledThemes });
  const sigView = buildReport({ config: significant, figures: computeFigures(seedInput(significant)), inputs, year: 2012, documentDate: '2013-04-26', dataFolder: 'data/2012' });
  const cells = (label: string) => sigView.overview.rows.find((r) => r.label === label)!.cells;

  it('shades a change only when the Poisson test finds it notable', () => {
    // All crime 9,354 -> 8,149: z = -12.9, far beyond chance.
    expect(cells('All crime')[3]).toMatchObject({ text: '-1,205', tone: 'better' });
    // Shoplifting 932 -> 955: z = 0.75, within chance.
    expect(cells('Shoplifting')[3]).toMatchObject({ text: '+23', tone: 'none', toneText: '' });
  });

  it('shades the rate only when the county rate lies outside the 95% interval', () => {
    // Maidstone 6.38 per 1,000 (95% CI 5.98 to 6.80) against Kent's 5.19: significantly worse.
    expect(cells('Shoplifting')[5]).toMatchObject({ text: '6.4', tone: 'worse', toneText: 'worse than the Kent rate, statistically significant' });
  });

  it('states the rule in the footnotes', () => {
    expect(sigView.overview.footnotes[0]!.text).toContain('A change is shaded only when it is statistically significant (a Poisson test of the two counts, |z| > 3)');
    expect(sigView.overview.footnotes[1]!.text).toContain("lies outside the district's 95% confidence interval (Byar's method; exact Poisson under 10)");
  });
});

describe('theme sections', () => {
  const acquisitive = view.themes.find((t) => t.anchor === 'theme-acquisitive')!;

  it('numbers themes and measures and keeps catalogue order', () => {
    expect(view.themes.map((t) => t.heading)).toEqual([
      '4.1 Overall crime', '4.2 Anti-social behaviour', '4.3 Acquisitive crime', '4.4 Violence and sexual offences',
      '4.5 Criminal damage and public order', '4.6 Drugs and weapons', '4.7 Domestic abuse',
    ]);
    expect(acquisitive.measures.map((m) => m.heading)[0]).toBe('4.3.1 Burglary – residential');
  });

  it('gives each measure a home-vs-county table with the right rate basis', () => {
    const burglary = acquisitive.measures[0]!;
    expect(burglary.table.headers.map((h) => h.text)).toContain('Per 1,000 dwellings');
    expect(burglary.table.rows.map((r) => r.label)).toEqual(['Maidstone']);
    const shoplifting = acquisitive.measures.find((m) => m.id === 'shoplifting')!;
    expect(shoplifting.table.rows.map((r) => [r.label, r.kind])).toEqual([['Maidstone', 'home'], ['Kent', 'county']]);
    expect(rowText(shoplifting.table, 'Kent').slice(0, 5)).toEqual(['2,617', '2,702', '2,665', '-37', '-1.4%']);
  });

  it('writes the seed-style sentence', () => {
    const shoplifting = acquisitive.measures.find((m) => m.id === 'shoplifting')!;
    expect(shoplifting.sentence).toMatch(/^Shoplifting has increased by 23 \(2\.5%\), from 932 to 955\. This rate of increase is counter to the county-wide decrease of 1\.4%\./);
  });

  it('lists ward hotspots, naming tied wards together', () => {
    const burglary = acquisitive.measures.find((m) => m.id === 'burglary_residential')!;
    expect(burglary.hotspots!.sentence).toBe('In 2011-12, Boxley and Fant wards recorded the highest volume of burglary – residential in Maidstone, with 17 each (4.3% of the district total).');
    // Ward rates are per resident only, so a dwellings-based measure shows no rate column.
    expect(burglary.hotspots!.headers).toEqual(['Ward', 'Count', 'Share of district']);
    const asb = view.themes.find((t) => t.anchor === 'theme-asb')!.measures[0]!;
    expect(asb.hotspots!.rows[0]).toEqual(['High Street', '513', '51.3', '10.4%']);
  });
});

describe('cover, contents and methodology', () => {
  it('titles the document by assessment year and formats the date', () => {
    expect(view.title).toBe('Strategic Assessment 2011-12');
    expect(view.periodLabel).toBe('Oct 2011 to Sep 2012');
    expect(formatDocumentDate('2013-04-26')).toBe('26 April 2013');
    expect(view.documentDate).toBe('26 April 2013');
  });

  it('lists sections and themes, then fills in pages from the printed PDF', () => {
    expect(view.contents.map((c) => [c.heading, c.level, c.page]).slice(0, 5)).toEqual([
      ['1. Introduction', 1, '00'], ['2. Executive summary', 1, '01'], ['3. Crime overview: annual changes (2011-12)', 1, '02'], ['4. Findings by theme', 1, '03'], ['4.1 Overall crime', 2, '04'],
    ]);
    const paged = withPageNumbers(view, new Map([['1. Introduction', 3], ['4.1 Overall crime', 7]]));
    expect(paged.contents.slice(0, 5).map((c) => c.page)).toEqual(['3', '', '', '', '7']);
    expect(withPageNumbers(view, new Map())).toBe(view);
  });

  it('describes every source read, files ignored and data warnings', () => {
    expect(view.methodology.sources).toEqual([{ file: 'police.csv', longFile: false, agency: 'police', measures: 'All crime; Robbery', periods: '2009-10 to 2012-09', rows: '1,234' }]);
    expect(view.methodology.ignoredFiles).toEqual([{ file: 'notes.csv', reason: 'header not recognised' }]);
    expect(view.methodology.warnings).toEqual(['police.csv:4: robbery: 2010 is incomplete']);
    expect(view.methodology.notes[0]).toContain('Oct 2011 to Sep 2012');
  });
});
