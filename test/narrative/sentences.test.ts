import { describe, expect, it } from 'vitest';
import { computeFigures } from '../../src/figures/compute-figures.js';
import type { FigureRow, MeasureDefinition } from '../../src/model.js';
import { measureSentence } from '../../src/narrative/sentences.js';
import { rateBasis } from '../../src/narrative/wording.js';
import { KENT, MAIDSTONE, seedConfig, seedInput } from '../figures/seed-fixture.js';
import { countyRow, measure, row } from './rows.js';

const ranked = { countyRank: 9, countyRankOf: 12 };
function sentence(m: MeasureDefinition, home: FigureRow, county?: FigureRow, comparatorName?: string): string {
  return measureSentence({ measure: m, home, county, homeName: 'Medbury', countyName: 'Shireshire', comparatorName });
}

describe('measureSentence: counts', () => {
  it('an increase against a county decrease (counter to)', () => {
    expect(sentence(measure(), row(932, 955, ranked), countyRow(10000, 9680))).toBe(
      'Shoplifting has increased by 23 (2.5%), from 932 to 955. This rate of increase is counter to the county-wide decrease of 3.2%. ' +
        'Per 1,000 population Medbury ranks 9th of 12 in the county.',
    );
  });

  it('a decrease greater than the county\'s, with the most similar group', () => {
    const cd = measure({ id: 'criminal_damage', label: 'Criminal damage and arson' });
    const home = row(1518, 1256, { countyRank: 2, countyRankOf: 12, comparatorRank: 5, comparatorRankOf: 15 });
    expect(sentence(cd, home, countyRow(17018, 14985))).toBe(
      'Criminal damage and arson has decreased by 262 (-17.3%), from 1,518 to 1,256. This rate of decrease is greater than the county decrease of 11.9%. ' +
        'Per 1,000 population Medbury ranks 2nd of 12 in the county and 5th of 15 in its most similar group.',
    );
  });

  it('a decrease less than the county\'s, and one in line with it to one decimal place', () => {
    expect(sentence(measure(), row(1000, 990), countyRow(1000, 950))).toBe(
      'Shoplifting has decreased by 10 (-1.0%), from 1,000 to 990. This rate of decrease is less than the county decrease of 5.0%.',
    );
    // -3.24% and -3.16% both show as 3.2%.
    expect(sentence(measure(), row(10000, 9676), countyRow(10000, 9684))).toBe(
      'Shoplifting has decreased by 324 (-3.2%), from 10,000 to 9,676. This rate of decrease is in line with the county decrease of 3.2%.',
    );
  });

  it('an increase greater than the county\'s increase', () => {
    expect(sentence(measure(), row(100, 120), countyRow(1000, 1014))).toBe(
      'Shoplifting has increased by 20 (20.0%), from 100 to 120. This rate of increase is greater than the county increase of 1.4%.',
    );
  });

  it('a decrease against a county increase', () => {
    expect(sentence(measure(), row(410, 391), countyRow(3962, 4657))).toBe(
      'Shoplifting has decreased by 19 (-4.6%), from 410 to 391. This rate of decrease is counter to the county-wide increase of 17.5%.',
    );
  });

  it('no change, against a county that moved', () => {
    expect(sentence(measure({ label: 'Possession of weapons' }), row(47, 47), countyRow(1000, 1014))).toBe(
      'Possession of weapons has not changed, at 47. This compares with a county-wide increase of 1.4%.',
    );
  });

  it('a county that did not change', () => {
    expect(sentence(measure(), row(932, 955), countyRow(1000, 1000))).toBe(
      'Shoplifting has increased by 23 (2.5%), from 932 to 955. The county-wide figure has not changed.',
    );
  });

  it('a county change too small to show is not called a rise or fall', () => {
    expect(sentence(measure({ label: 'Anti-social behaviour (ASB)' }), row(5752, 5420), countyRow(57825, 57826))).toBe(
      'Anti-social behaviour (ASB) has decreased by 332 (-5.8%), from 5,752 to 5,420. The county-wide figure was broadly unchanged.',
    );
  });

  it('a plural label takes "have"', () => {
    expect(sentence(measure({ label: 'Deliberate fires' }), row(119, 94), countyRow(1403, 1317))).toBe(
      'Deliberate fires have decreased by 25 (-21.0%), from 119 to 94. This rate of decrease is greater than the county decrease of 6.1%.',
    );
  });

  it('a change from zero has no percentage', () => {
    expect(sentence(measure({ label: 'Robbery' }), row(0, 5), countyRow(100, 104))).toBe(
      'Robbery has increased by 5, from 0 to 5. This compares with a county-wide increase of 4.0%.',
    );
  });

  it('no figure for the previous year', () => {
    expect(sentence(measure({ label: 'Metal theft' }), row(null, 182, { countyRank: 4, countyRankOf: 12 }), countyRow(null, 2000))).toBe(
      'Metal theft stands at 182; no figure is available for the previous year. Per 1,000 population Medbury ranks 4th of 12 in the county.',
    );
  });

  it('no figure for the current year', () => {
    expect(sentence(measure(), row(932, null), countyRow(1000, 990))).toBe('Shoplifting has no figure for the current year.');
  });

  it('no county row and no rank: the change alone', () => {
    expect(sentence(measure(), row(932, 955))).toBe('Shoplifting has increased by 23 (2.5%), from 932 to 955.');
  });
});

describe('measureSentence: ratio measures (percentage points)', () => {
  const pct = measure({ id: 'da_repeat_pct', label: 'Domestic abuse – % of repeat victims', denominator: 'none', ratioOf: ['da_repeat_victims', 'da_incidents'] });
  const homeRatio = (before: number, after: number, extra: Partial<FigureRow> = {}) => row(before, after, extra);

  it('a rise, against a larger county rise', () => {
    expect(sentence(pct, homeRatio((100 * 434) / 1845, (100 * 411) / 1692, { countyRank: 2, countyRankOf: 12 }), countyRow(23.8, 24.9))).toBe(
      'Domestic abuse – % of repeat victims has risen by 0.8 percentage points, from 23.5% to 24.3%. ' +
        'This rise is less than the county rise of 1.1 percentage points. Medbury ranks 2nd of 12 in the county.',
    );
  });

  it('a fall against a county rise, and a rise too small to show', () => {
    expect(sentence(pct, homeRatio(30, 28.5), countyRow(23.8, 24.0))).toBe(
      'Domestic abuse – % of repeat victims has fallen by 1.5 percentage points, from 30.0% to 28.5%. This fall is counter to the county-wide rise of 0.2 percentage points.',
    );
    expect(sentence(pct, homeRatio(23.5, 23.52), countyRow(23.8, 23.77))).toBe(
      'Domestic abuse – % of repeat victims has risen by less than 0.1 percentage points, to 23.5%. ' +
        'The county-wide percentage was broadly unchanged.',
    );
  });

  it('an unchanged percentage and an unchanged county', () => {
    expect(sentence(pct, homeRatio(24, 24), countyRow(20, 20))).toBe(
      'Domestic abuse – % of repeat victims has not changed, at 24.0%. The county-wide percentage has not changed.',
    );
  });

  it('ranks 1st (lowest percentage) with the group named', () => {
    expect(sentence(pct, homeRatio(24, 24, { countyRank: 1, countyRankOf: 12, comparatorRank: 3, comparatorRankOf: 15 }), undefined, 'CIPFA nearest neighbours')).toBe(
      'Domestic abuse – % of repeat victims has not changed, at 24.0%. ' +
        'Medbury ranks 1st of 12 in the county (the lowest percentage in the county) and 3rd of 15 in its most similar group (CIPFA nearest neighbours).',
    );
  });
});

describe('measureSentence: ranks and denominators', () => {
  const rankOnly = (m: MeasureDefinition, extra: Partial<FigureRow>) => sentence(m, row(10, 10, extra)).replace('Shoplifting has not changed, at 10.', '').trim();

  it.each([
    ['dwellings', 'Per 1,000 dwellings Medbury ranks 5th of 12 in the county.'],
    ['households', 'Per 1,000 households Medbury ranks 5th of 12 in the county.'],
    ['population_10_17', 'Per 1,000 residents aged 10-17 Medbury ranks 5th of 12 in the county.'],
    ['none', 'Medbury ranks 5th of 12 in the county.'],
  ])('denominator %s', (denominator, expected) => {
    expect(rankOnly(measure({ denominator }), { countyRank: 5, countyRankOf: 12 })).toBe(expected);
  });

  it('names the ends of the county table by value direction', () => {
    expect(rankOnly(measure(), { countyRank: 1, countyRankOf: 12 })).toBe('Per 1,000 population Medbury ranks 1st of 12 in the county (the lowest rate in the county).');
    expect(rankOnly(measure(), { countyRank: 12, countyRankOf: 12 })).toBe('Per 1,000 population Medbury ranks 12th of 12 in the county (the highest rate in the county).');
    const higher = measure({ polarity: 'higher_is_better' });
    expect(rankOnly(higher, { countyRank: 1, countyRankOf: 12 })).toBe('Per 1,000 population Medbury ranks 1st of 12 in the county (the highest rate in the county).');
    expect(rankOnly(measure({ denominator: 'none' }), { countyRank: 1, countyRankOf: 12 })).toBe('Medbury ranks 1st of 12 in the county (the lowest figure in the county).');
  });

  it('words a neutral measure\'s position without a verdict', () => {
    const neutral = measure({ polarity: 'neutral' });
    expect(rankOnly(neutral, { countyRank: 5, countyRankOf: 12, comparatorRank: 1, comparatorRankOf: 15 })).toBe(
      'Per 1,000 population Medbury has the 5th lowest rate of 12 in the county and the lowest of 15 in its most similar group.',
    );
    expect(rankOnly(neutral, { countyRank: 12, countyRankOf: 12 })).toBe('Per 1,000 population Medbury has the highest rate of 12 in the county.');
  });

  it('ranks in the most similar group alone, and not in a group of one', () => {
    expect(rankOnly(measure(), { comparatorRank: 8, comparatorRankOf: 15 })).toBe('Per 1,000 population Medbury ranks 8th of 15 in its most similar group.');
    expect(rankOnly(measure(), { countyRank: 1, countyRankOf: 1 })).toBe('');
    expect(rankOnly(measure(), { comparatorRank: 3, comparatorRankOf: 15 }).includes('(')).toBe(false);
  });

  it('does not repeat a group name that only says "most similar group"', () => {
    const text = sentence(measure(), row(10, 10, { comparatorRank: 2, comparatorRankOf: 15 }), undefined, 'Most similar group (MSG)');
    expect(text).toBe('Shoplifting has not changed, at 10. Per 1,000 population Medbury ranks 2nd of 15 in its most similar group.');
  });

  it('reads other denominator columns as words', () => {
    expect(rateBasis('population_16_24')).toBe('residents aged 16-24');
    expect(rateBasis('road_length_km')).toBe('road length km');
    expect(rateBasis('none')).toBeNull();
  });
});

describe('measureSentence on computed figures (seed 002)', () => {
  const config = seedConfig();
  const figures = computeFigures(seedInput(config));
  const text = (id: string) => {
    const m = config.measures.find((x) => x.id === id)!;
    const home = figures.rows.find((r) => r.measure === id && r.areaCode === MAIDSTONE)!;
    const county = figures.rows.find((r) => r.measure === id && r.areaCode === KENT);
    return measureSentence({ measure: m, home, county, homeName: 'Maidstone', countyName: 'Kent' });
  };

  it('writes the seed\'s shoplifting and % repeat victims paragraphs', () => {
    expect(text('shoplifting')).toBe(
      'Shoplifting has increased by 23 (2.5%), from 932 to 955. This rate of increase is counter to the county-wide decrease of 1.4%. ' +
        'Per 1,000 population Maidstone ranks 4th of 4 in the county (the highest rate in the county) and 2nd of 2 in its most similar group. ' +
        "The rate is significantly higher than the county's (worse).",
    );
    expect(text('da_repeat_pct')).toBe(
      'Domestic abuse – % of repeat victims has risen by 0.8 percentage points, from 23.5% to 24.3%. ' +
        'This rise is less than the county rise of 0.9 percentage points. Maidstone ranks 2nd of 4 in the county and 1st of 2 in its most similar group. ' +
        "The percentage is statistically similar to the county's.",
    );
  });

  it('never prints NaN, Infinity, undefined or null', () => {
    for (const m of config.measures) {
      for (const home of figures.rows.filter((r) => r.measure === m.id)) {
        const written = measureSentence({ measure: m, home, county: undefined, homeName: home.areaName, countyName: 'Kent' });
        expect(written).not.toMatch(/NaN|Infinity|undefined|null/);
      }
    }
  });
});

describe('measureSentence: measures where more reporting is welcome', () => {
  const da = measure({ id: 'da_incidents', label: 'Domestic abuse – number of incidents', polarity: 'neutral', riseReading: 'more victims are coming forward to report' });

  it('says a rise can mean more reporting, and is not marked worse', () => {
    expect(measureSentence({ measure: da, home: row(1812, 1872), county: undefined, homeName: 'Medbury', countyName: 'Wealdshire' })).toBe(
      'Domestic abuse – number of incidents has increased by 60 (3.3%), from 1,812 to 1,872. This rise can mean more victims are coming forward to report, so it is not marked as worse.',
    );
  });

  it('does not call a fall better', () => {
    expect(measureSentence({ measure: da, home: row(1845, 1692), county: undefined, homeName: 'Maidstone', countyName: 'Kent' })).toContain(
      'This fall is not marked as better: a rise can mean more victims are coming forward to report.',
    );
  });
});
