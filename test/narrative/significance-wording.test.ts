import { describe, expect, it } from 'vitest';
import { significanceSentence } from '../../src/narrative/significance-wording.js';
import { measure, row } from './rows.js';

describe('significanceSentence', () => {
  it('says when a change is statistically significant, and the rate against the county', () => {
    const r = row(1256, 1781, { changeNotable: true, countyComparison: 'worse', per1000: 9.9, lower95: 9.4, upper95: 10.4, countyPer1000: 7.0 });
    expect(significanceSentence(measure(), r)).toBe("This is a statistically significant increase. The rate is significantly higher than the county's (worse).");
  });

  it('says a rate is similar when the county lies inside its interval', () => {
    expect(significanceSentence(measure(), row(932, 955, { changeNotable: false, countyComparison: 'similar' }))).toBe("The rate is statistically similar to the county's.");
  });

  it('says lower for a better rate of a lower-is-better measure, and for percentages', () => {
    expect(significanceSentence(measure(), row(10, 10, { countyComparison: 'better', lower95: 1, upper95: 2, per1000: 1.5, countyPer1000: 3 }))).toBe("The rate is significantly lower than the county's (better).");
    expect(significanceSentence(measure({ ratioOf: ['a', 'b'], denominator: 'none' }), row(20, 21, { countyComparison: 'worse' }))).toBe("The percentage is significantly higher than the county's (worse).");
  });

  it('says nothing where nothing was tested', () => {
    expect(significanceSentence(measure(), row(932, 955))).toBeNull();
  });
});
