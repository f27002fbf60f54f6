import { describe, expect, it } from 'vitest';
import { measureTable, rateCell } from '../../src/report/measure-table.js';
import { countyRow, measure, row } from '../narrative/rows.js';

const context = { yearLabels: ['2021-22', '2022-23', '2023-24'] as [string, string, string], countyName: 'Wealdshire' };

describe('measureTable', () => {
  it('shades the rate on the figures as shown, never "0.6" against "0.6"', () => {
    const robbery = measure({ id: 'robbery', label: 'Robbery' });
    expect(rateCell(row(84, 103, { per1000: 0.571, countyPer1000: 0.607 }), robbery, 'Wealdshire')).toEqual({ text: '0.6', tone: 'none', toneText: '' });
    expect(rateCell(row(84, 103, { per1000: 0.54, countyPer1000: 0.607 }), robbery, 'Wealdshire').tone).toBe('better');
  });

  it('shows measures with decimal values to one decimal place, and their change', () => {
    const confidence = measure({ id: 'confidence', label: 'Confidence in police', denominator: 'none', polarity: 'higher_is_better' });
    const table = measureTable(confidence, row(76.25, 76.6, { values: [75.5, 76.25, 76.6] }), countyRow(80, 80.5), context);
    expect(table.rows[0]!.cells.map((c) => c.text)).toEqual(['75.5', '76.3', '76.6', '+0.3', '+0.5%', '-']);
    expect(table.rows[0]!.cells[3]!.tone).toBe('better');
  });

  it('labels the rate column by its denominator and leaves the county unranked', () => {
    const burglary = measure({ id: 'burglary_residential', label: 'Burglary – residential', denominator: 'dwellings' });
    const table = measureTable(burglary, row(229, 206, { per1000: 2.7, countyPer1000: 4.3, countyRank: 1, countyRankOf: 12 }), countyRow(3157, 3080, { per1000: 4.3 }), context);
    expect(table.headers.map((h) => h.text)).toEqual(['Area', '2021-22', '2022-23', '2023-24', 'Volume change', '% change', 'Per 1,000 dwellings', 'County rank']);
    expect(table.rows.map((r) => r.cells.at(-1)!.text)).toEqual(['1 of 12', '-']);
  });
});
