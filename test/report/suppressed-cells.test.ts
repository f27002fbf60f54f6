import { describe, expect, it } from 'vitest';
import type { WardFigure } from '../../src/model.js';
import { measureSentence } from '../../src/narrative/sentences.js';
import { hotspots } from '../../src/report/hotspots.js';
import { disclosureNote, measureTable } from '../../src/report/measure-table.js';
import { countyRow, measure, row } from '../narrative/rows.js';

const NHS = { threshold: 7, roundTo: 5 };
const NOTE = "Counts of 1 to 7 are suppressed and other counts rounded to the nearest 5 to protect patients' confidentiality (NHS rule); totals are rounded from unrounded figures.";
const context = { yearLabels: ['2021-22', '2022-23', '2023-24'] as [string, string, string], countyName: 'Wealdshire', comparatorName: 'Most similar group' };
const hospital = measure({ id: 'hospital_assault', label: 'Hospital admissions for violence', agency: 'health', theme: 'health' });

describe('tables under small-number suppression', () => {
  it('shows "*" for a withheld count and what follows from it, "n/a" only for what is missing, and says why under the table', () => {
    const home = row(null, 20, { values: [null, null, 20], suppressed: [false, true, false], per1000: 0.1, countyRank: 3, countyRankOf: 12, disclosure: NHS });
    const table = measureTable(hospital, home, countyRow(45, 50, { values: [40, 45, 50], disclosure: NHS }), context);
    expect(table.rows[0]!.cells.map((c) => c.text)).toEqual(['n/a', '*', '20', '*', '*', '0.1', '3 of 12', '-']);
    expect(table.rows[1]!.cells.slice(0, 5).map((c) => c.text)).toEqual(['40', '45', '50', '+5', '+11.1%']);
    expect(table.footnotes).toEqual([{ marker: '*', text: NOTE }]);
  });

  it('withholds the rate and ranks of a withheld current count', () => {
    const home = row(20, null, { values: [15, 20, null], suppressed: [false, false, true], disclosure: NHS });
    expect(measureTable(hospital, home, undefined, context).rows[0]!.cells.map((c) => c.text)).toEqual(['15', '20', '*', '*', '*', '*', '*', '*']);
  });

  it('has no footnote when no rule applies', () => {
    expect(measureTable(measure(), row(10, 12), undefined, context).footnotes).toEqual([]);
  });

  it('words the note from the rule', () => {
    expect(disclosureNote(NHS, 'health')).toBe(NOTE);
    expect(disclosureNote({ threshold: 5, roundTo: 1 }, 'police')).toBe('Counts of 1 to 5 are suppressed to protect confidentiality; totals are calculated from the unsuppressed figures.');
    expect(disclosureNote({ threshold: 0, roundTo: 10 }, 'fire')).toBe('Counts are rounded to the nearest 10 to protect confidentiality; totals are rounded from unrounded figures.');
  });
});

describe('sentences under small-number suppression', () => {
  const base = { measure: hospital, county: undefined, homeName: 'Medbury', countyName: 'Wealdshire' };

  it('says a withheld figure is suppressed, and nothing about its change or rank', () => {
    const home = row(20, null, { values: [15, 20, null], suppressed: [false, false, true], countyRank: null });
    expect(measureSentence({ ...base, home, yearLabels: { current: '2023-24', previous: '2022-23' } })).toBe('Figures for hospital admissions for violence in Medbury are suppressed in 2023-24 because they are small.');
    expect(measureSentence({ ...base, home })).toBe('Figures for hospital admissions for violence in Medbury are suppressed for the latest 12 months because they are small.');
  });

  it('gives the current figure when only last year\'s is withheld', () => {
    const home = row(null, 20, { values: [null, null, 20], suppressed: [false, true, false] });
    expect(measureSentence({ ...base, home })).toBe('Hospital admissions for violence stands at 20; the figure for the previous year is suppressed because it is small.');
  });
});

describe('ward hotspots under small-number suppression', () => {
  const ward = (name: string, value: number | null, per1000: number | null = null): WardFigure => ({
    measure: 'hospital_assault', wardCode: `W_${name}`, wardName: name, value, per1000, suppressed: value === null, disclosure: NHS,
  });

  it('shows "*" in every column of a withheld ward and names only shown wards', () => {
    const view = hotspots(hospital, [ward('High Street', 10, 1), ward('Abbey', null), ward('Bridge', null)], 'Medbury', 50, '2023-24')!;
    expect(view.rows).toEqual([['High Street', '10', '1.0', '20.0%'], ['Abbey', '*', '*', '*'], ['Bridge', '*', '*', '*']]);
    expect(view.sentence).toBe('In 2023-24, High Street ward recorded the highest volume of hospital admissions for violence in Medbury, with 10 (20.0% of the district total). The same ward also has the highest rate, at 1.0 per 1,000 residents.');
    expect(view.footnote).toBe(`* ${NOTE}`);
  });

  it('says so when every ward is withheld', () => {
    const view = hotspots(hospital, [ward('Abbey', null), ward('Bridge', null)], 'Medbury', 20, '2023-24')!;
    expect(view.sentence).toBe('In 2023-24, ward figures for hospital admissions for violence in Medbury are suppressed because they are small.');
    expect(view.rows.map((r) => r[1])).toEqual(['*', '*']);
  });
});
