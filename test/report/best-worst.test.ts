import { describe, expect, it } from 'vitest';
import { significanceSentence } from '../../src/narrative/significance-wording.js';
import { rateCell } from '../../src/report/measure-table.js';
import { measure, row } from '../narrative/rows.js';

const robbery = measure({ id: 'robbery', label: 'Robbery' });

describe('best / worst (two significance levels) read as better / worse', () => {
  it('shades the rate cell like better / worse', () => {
    expect(rateCell(row(84, 103, { per1000: 0.4, countyPer1000: 0.6, countyComparison: 'best' }), robbery, 'Wealdshire', 'significance').tone).toBe('better');
    expect(rateCell(row(84, 103, { per1000: 0.9, countyPer1000: 0.6, countyComparison: 'worst' }), robbery, 'Wealdshire', 'significance').tone).toBe('worse');
  });

  it('says much better / much worse', () => {
    expect(significanceSentence(robbery, row(100, 100, { countyComparison: 'worst' }))).toBe("The rate is significantly higher than the county's (much worse).");
    expect(significanceSentence(robbery, row(100, 100, { countyComparison: 'best' }))).toBe("The rate is significantly lower than the county's (much better).");
    expect(significanceSentence(measure({ polarity: 'higher_is_better' }), row(100, 100, { countyComparison: 'best' }))).toBe("The rate is significantly higher than the county's (much better).");
  });
});
