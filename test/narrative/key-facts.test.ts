import { describe, expect, it } from 'vitest';
import { computeFigures } from '../../src/figures/compute-figures.js';
import type { AssessConfig, FigureRow, Figures } from '../../src/model.js';
import { keyFacts } from '../../src/narrative/key-facts.js';
import { seedConfig, seedInput } from '../figures/seed-fixture.js';
import { countyRow, measure, row } from './rows.js';

const yearLabels = { current: '2011-12', previous: '2010-11' };

describe('keyFacts on the seed 002 figures', () => {
  const config = seedConfig();
  const facts = keyFacts({ figures: computeFigures(seedInput(config)), config, homeName: 'Maidstone', yearLabels });

  it('writes the five facts in order', () => {
    expect(facts).toEqual([
      'All crime has decreased by 1,205 (-12.9%), from 9,354 in 2010-11 to 8,149 in 2011-12, compared with a county decrease of 4.4%.',
      'The largest increase was in Shoplifting (+2.5%, +23).',
      'The largest decreases were in Drug offences (-21.1%, -96), Robbery (-17.8%, -8) and Theft of pedal cycle (-17.6%, -24).',
      "Maidstone's county position moved by 2 or more places for All crime (improved from 4th to 2nd of 4), Criminal damage and arson (improved from 4th to 2nd of 4), " +
        'Domestic abuse – number of incidents (moved from 4th to 2nd of 4) and Domestic abuse – number of repeat victims (improved from 4th to 2nd of 4).',
      "Maidstone's rate is worse than the county's for Domestic abuse – % of repeat victims and Shoplifting.",
    ]);
  });
});

/** A hand-made figure set: one home row and one county row per measure. */
function handMade(rows: [string, FigureRow, FigureRow?][]): Figures {
  return {
    year: 2024,
    rows: rows.flatMap(([id, home, county]) => [{ ...home, measure: id, areaCode: 'HOME' }, ...(county ? [{ ...county, measure: id }] : [])]),
    wards: [],
  };
}

function handConfig(ids: [string, Partial<ReturnType<typeof measure>>?][]): AssessConfig {
  return {
    ...seedConfig(),
    area: 'HOME',
    measures: ids.map(([id, extra]) => measure({ id, label: id[0]!.toUpperCase() + id.slice(1).replace(/_/g, ' '), ...extra })),
  };
}

describe('keyFacts: edge cases', () => {
  it('skips small bases, ratios and all crime in the movers, and says when nothing moved', () => {
    const config = handConfig([['all_crime'], ['robbery'], ['repeat_pct', { ratioOf: ['a', 'b'], denominator: 'none' }], ['arson']]);
    const figures = handMade([
      ['all_crime', row(100, 100), countyRow(1000, 1000)],
      ['robbery', row(4, 12)], // +200% but from a base under 20
      ['repeat_pct', row(20, 30)],
      ['arson', row(20, 20)],
    ]);
    expect(keyFacts({ figures, config, homeName: 'Medbury', yearLabels })).toEqual([
      'All crime has not changed, at 100 in 2011-12, while the county figure has not changed.',
      'No measure increased on the previous year.',
      'No measure decreased on the previous year.',
      "Medbury's county position did not move by 2 or more places on any measure.",
    ]);
  });

  it('keeps the three largest, ties in configuration order', () => {
    const config = handConfig([['a'], ['b'], ['c'], ['d'], ['e']]);
    const figures = handMade([
      ['a', row(100, 110)],
      ['b', row(100, 150)],
      ['c', row(200, 220)],
      ['d', row(20, 40)],
      ['e', row(50, 55)],
    ]);
    expect(keyFacts({ figures, config, homeName: 'Medbury', yearLabels })[0]).toBe(
      'The largest increases were in D (+100.0%, +20), B (+50.0%, +50) and A (+10.0%, +10).',
    );
  });

  it('states all crime without a previous year, and a better rate everywhere', () => {
    const config = handConfig([['all_crime'], ['robbery'], ['da_incidents', { polarity: 'neutral' }]]);
    const figures = handMade([
      ['all_crime', row(null, 8149, { per1000: 50, countyPer1000: 60 })],
      ['robbery', row(30, 20, { per1000: 0.2, countyPer1000: 0.24, countyRank: 3, countyRankOf: 12, previousCountyRank: 6 })],
      ['da_incidents', row(30, 20, { per1000: 20, countyPer1000: 10 })],
    ]);
    expect(keyFacts({ figures, config, homeName: 'Medbury', yearLabels })).toEqual([
      'All crime stands at 8,149 in 2011-12; no figure is available for 2010-11.',
      'No measure increased on the previous year.',
      'The largest decreases were in Robbery (-33.3%, -10) and Da incidents (-33.3%, -10).',
      "Medbury's county position moved by 2 or more places for Robbery (improved from 6th to 3rd of 12).",
      "On every measure compared, Medbury's rate is the same as or better than the county's.",
    ]);
  });

  it('reports only moves of two or more places, largest first, at most five', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const config = handConfig(ids.map((id) => [id] as [string]));
    const moves: [number, number][] = [[5, 6], [1, 4], [9, 3], [2, 4], [8, 6], [12, 10], [7, 9]];
    const figures = handMade(ids.map((id, i) => [id, row(30, 30, { countyRank: moves[i]![1], previousCountyRank: moves[i]![0], countyRankOf: 12 })]));
    expect(keyFacts({ figures, config, homeName: 'Medbury', yearLabels }).at(-1)).toBe(
      "Medbury's county position moved by 2 or more places for C (improved from 9th to 3rd of 12), B (worsened from 1st to 4th of 12), D (worsened from 2nd to 4th of 12), " +
        'E (improved from 8th to 6th of 12) and F (improved from 12th to 10th of 12) (the 5 largest of 6 such moves).',
    );
  });

  it('treats higher_is_better rates below the county as worse', () => {
    const config = handConfig([['feeling_safe', { polarity: 'higher_is_better' }]]);
    const figures = handMade([['feeling_safe', row(50, 50, { per1000: 90.04, countyPer1000: 90.1 })]]);
    expect(keyFacts({ figures, config, homeName: 'Medbury', yearLabels }).at(-1)).toBe("Medbury's rate is worse than the county's for Feeling safe.");
  });

  it('omits the all crime fact and the rate fact when there is nothing to say', () => {
    const config = handConfig([['robbery', { denominator: 'none' }]]);
    const figures = handMade([['robbery', row(30, 40)]]);
    expect(keyFacts({ figures, config, homeName: 'Medbury', yearLabels })).toEqual([
      'The largest increase was in Robbery (+33.3%, +10).',
      'No measure decreased on the previous year.',
      "Medbury's county position did not move by 2 or more places on any measure.",
    ]);
  });

  it('compares all crime with a county increase', () => {
    const config = handConfig([['all_crime']]);
    const figures = handMade([['all_crime', row(1000, 1100), countyRow(10000, 10140)]]);
    expect(keyFacts({ figures, config, homeName: 'Medbury', yearLabels })[0]).toBe(
      'All crime has increased by 100 (10.0%), from 1,000 in 2010-11 to 1,100 in 2011-12, compared with a county increase of 1.4%.',
    );
  });
});

