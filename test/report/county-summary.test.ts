import { describe, expect, it } from 'vitest';
import type { AssessConfig, Figures } from '../../src/model.js';
import { countySummaryCsv, countySummaryView, type CountySummaryInput } from '../../src/report/county-summary.js';
import { countyRow, measure, row } from '../narrative/rows.js';

const shoplifting = measure({ overview: true });
const fires = measure({ id: 'fires', label: 'Deliberate fires', agency: 'fire', theme: 'fire', denominator: 'none', overview: true });
const notHeadline = measure({ id: 'other', label: 'Other', overview: false });

const config: AssessConfig = {
  partnership: 'Safer Medbury Partnership', area: 'E2', county: { name: 'Wealdshire', code: 'E10', areas: ['E1', 'E2'] },
  yearEndMonth: 9, measures: [shoplifting, fires, notHeadline], themes: [], draft: false, sourceFile: 'assess.config.yaml', coverNote: 'Synthetic',
};

const figures: Figures = {
  year: 2024,
  wards: [],
  rows: [
    row(100, 110, { areaCode: 'E1', areaName: 'Ashworth', per1000: 1.25, countyPer1000: 1.5, countyRank: 1, countyRankOf: 2, countyComparison: 'better' }),
    row(200, 180, { areaCode: 'E2', areaName: 'Medbury', per1000: 1.75, countyPer1000: 1.5, countyRank: 2, countyRankOf: 2, countyComparison: 'similar' }),
    // A comparator area outside the county is not a district of the summary.
    row(50, 60, { areaCode: 'E9', areaName: 'Elsewhere' }),
    countyRow(300, 290, { areaCode: 'E10', areaName: 'Wealdshire', per1000: 1.5 }),
    row(null, 12, { measure: 'fires', areaCode: 'E1', areaName: 'Ashworth', countyRank: 2, countyRankOf: 2 }),
    row(null, 3, { measure: 'fires', areaCode: 'E2', areaName: 'Medbury', countyRank: 1, countyRankOf: 2, suppressed: [false, true, false], disclosure: { threshold: 7, roundTo: 5 } }),
    row(1, 2, { measure: 'other', areaCode: 'E1', areaName: 'Ashworth' }),
  ],
};

const input: CountySummaryInput = {
  config, figures, year: 2024, documentDate: '2024-11-20',
  districts: [
    { code: 'E1', name: 'Ashworth', pdf: 'E1-ashworth/strategic-assessment-2024.pdf', html: 'E1-ashworth/strategic-assessment-2024.html', pageCount: 61, home: false },
    { code: 'E2', name: 'Medbury', pdf: 'E2-medbury/strategic-assessment-2024.pdf', html: 'E2-medbury/strategic-assessment-2024.html', pageCount: 78, home: true },
  ],
};

describe('countySummaryView', () => {
  const view = countySummaryView(input);

  it('links every district\'s document', () => {
    expect(view.title).toBe('Strategic Assessments 2023-24: Wealdshire');
    expect(view.periodLabel).toBe('Oct 2023 to Sep 2024');
    expect(view.documentDate).toBe('20 November 2024');
    expect(view.districts).toEqual([
      { name: 'Ashworth', code: 'E1', home: false, pdf: 'E1-ashworth/strategic-assessment-2024.pdf', html: 'E1-ashworth/strategic-assessment-2024.html', pages: 61 },
      { name: 'Medbury', code: 'E2', home: true, pdf: 'E2-medbury/strategic-assessment-2024.pdf', html: 'E2-medbury/strategic-assessment-2024.html', pages: 78 },
    ]);
  });

  it('tables each headline measure: districts then the county, with change, rate, position and comparison', () => {
    expect(view.measures.map((m) => m.id)).toEqual(['shoplifting', 'fires']);
    const [shop, fire] = view.measures;
    expect(shop!.caption).toBe('Shoplifting: Wealdshire districts, 2023-24');
    expect(shop!.headers).toEqual(['District', '2022-23', '2023-24', '% change', 'Per 1,000 pop.', 'County position', 'Compared with Wealdshire']);
    expect(shop!.rows).toEqual([
      { cells: ['Ashworth', '100', '110', '+10.0%', '1.3', '1 of 2', 'Better'], county: false },
      { cells: ['Medbury', '200', '180', '-10.0%', '1.8', '2 of 2', 'Similar'], county: false },
      { cells: ['Wealdshire', '300', '290', '-3.3%', '1.5', '-', '-'], county: true },
    ]);
    // No rate for a measure without a denominator; a withheld count shows "*", as in the documents.
    expect(fire!.headers).toEqual(['District', '2022-23', '2023-24', '% change', 'County position', 'Compared with Wealdshire']);
    expect(fire!.rows[1]).toEqual({ cells: ['Medbury', '*', '3', '*', '1 of 2', '-'], county: false });
    expect(fire!.note).toBe('* withheld by small-number suppression, as in the documents.');
  });
});

describe('countySummaryCsv', () => {
  it('writes the figures unrounded, one row per district and the county per headline measure', () => {
    const lines = countySummaryCsv(input).trimEnd().split('\n');
    expect(lines[0]).toBe('area_code,area_name,kind,measure,period,value,previous_value,pct_change,per_1000,county_per_1000,county_rank,county_rank_of,county_comparison,suppressed,document');
    expect(lines[1]).toBe('E1,Ashworth,area,shoplifting,2024,110,100,10,1.25,1.5,1,2,better,,E1-ashworth/strategic-assessment-2024.pdf');
    expect(lines[3]).toBe('E10,Wealdshire,county,shoplifting,2024,290,300,-3.3333333333333335,1.5,,,,,,');
    expect(lines[5]).toBe('E2,Medbury,area,fires,2024,3,,,,,1,2,,2023,E2-medbury/strategic-assessment-2024.pdf');
    expect(lines).toHaveLength(6);
  });
});
