import { describe, expect, it } from 'vitest';
import { closestMatch, didYouMean } from '../../src/config/suggest.js';

describe('closestMatch', () => {
  it('finds typos, swapped letters and shortened ids', () => {
    expect(closestMatch('year_end_months', ['year_end_month', 'area'])).toBe('year_end_month');
    expect(closestMatch('robebry', ['robbery', 'asb'])).toBe('robbery');
    expect(closestMatch('burglary', ['all_crime', 'burglary_residential', 'burglary_other'])).toBe('burglary_residential');
    expect(closestMatch('ALL_CRIME', ['all_crime'])).toBe('all_crime');
  });

  it('suggests nothing when nothing is close', () => {
    expect(closestMatch('x', ['id', 'label'])).toBeUndefined();
    expect(closestMatch('hospital', ['all_crime', 'asb'])).toBeUndefined();
    expect(didYouMean('zzz', ['asb'])).toBe('');
    expect(didYouMean('asbb', ['asb'])).toBe(' Did you mean "asb"?');
  });
});
