import { describe, expect, it } from 'vitest';
import { competitionRank } from '../../src/figures/rank.js';

describe('competitionRank', () => {
  it('shares ranks on ties and skips the next (statistics.md vector)', () => {
    expect(competitionRank([1, 2, 2, 2, 3], 'lower_is_better')).toEqual({ ranks: [1, 2, 2, 2, 5], rankOf: 5 });
  });
  it('ranks "1, 2, 2, 4"', () => {
    expect(competitionRank([10, 20, 20, 30], 'lower_is_better').ranks).toEqual([1, 2, 2, 4]);
  });
  it('keeps input order', () => {
    expect(competitionRank([3, 1, 2], 'lower_is_better').ranks).toEqual([3, 1, 2]);
  });
  it('reverses for higher_is_better', () => {
    expect(competitionRank([1, 2, 2, 2, 3], 'higher_is_better')).toEqual({ ranks: [5, 2, 2, 2, 1], rankOf: 5 });
  });
  it('ranks neutral measures from the lowest value', () => {
    expect(competitionRank([5, 1, 3], 'neutral').ranks).toEqual([3, 1, 2]);
  });
  it('does not rank or count missing values', () => {
    expect(competitionRank([4, null, 2, undefined, 2, Number.NaN], 'lower_is_better')).toEqual({
      ranks: [3, null, 1, null, 1, null],
      rankOf: 3,
    });
  });
  it('ties only on exactly equal unrounded values', () => {
    expect(competitionRank([54.44, 54.436], 'lower_is_better').ranks).toEqual([2, 1]);
  });
  it('handles an empty group', () => {
    expect(competitionRank([], 'lower_is_better')).toEqual({ ranks: [], rankOf: 0 });
    expect(competitionRank([null], 'lower_is_better')).toEqual({ ranks: [null], rankOf: 0 });
  });
});
