import { describe, expect, it } from 'vitest';
import { bundledThemes } from '../../src/catalogue/themes.js';
import type { PriorityScoring } from '../../src/config/parse-priorities.js';
import { computeFigures } from '../../src/figures/compute-figures.js';
import type { PriorityScoreRow } from '../../src/ingest/parse-priority-scores.js';
import type { FigureRow, MeasureDefinition, ThemeDefinition, YearInputs } from '../../src/model.js';
import { buildReport } from '../../src/report/build-report.js';
import { directionOfTravel, prioritiesSection } from '../../src/report/priorities.js';
import { computeFactors, countyPositionLevel, onScale, significanceLevel, trendLevel, volumeLevel } from '../../src/report/priority-factors.js';
import { rankThemes, recommendationSentence, weightedTotal } from '../../src/report/priority-matrix.js';
import type { PriorityReviewRow } from '../../src/report/view-types.js';
import { seedConfig, seedInput, seedPopulation } from '../figures/seed-fixture.js';
import { measure, row } from '../narrative/rows.js';

const themes: ThemeDefinition[] = ['acquisitive', 'violence', 'domestic_abuse', 'fire'].map((id) => bundledThemes.find((t) => t.id === id)!);
const measures: MeasureDefinition[] = [
  measure({ id: 'shoplifting', label: 'Shoplifting', theme: 'acquisitive' }),
  measure({ id: 'burglary_residential', label: 'Burglary – residential', theme: 'acquisitive' }),
  measure({ id: 'violence_with_injury', label: 'Violence with injury', theme: 'violence' }),
  measure({ id: 'da_incidents', label: 'Domestic abuse incidents', theme: 'domestic_abuse', polarity: 'neutral' }),
  measure({ id: 'da_repeat_pct', label: 'Domestic abuse – % of repeat victims', theme: 'domestic_abuse', denominator: 'none', ratioOf: ['da_repeat_victims', 'da_incidents'] }),
  measure({ id: 'fires_deliberate', label: 'Deliberate fires', theme: 'fire' }),
];
const rank = (countyRank: number, countyComparison: FigureRow['countyComparison'] = 'similar'): Partial<FigureRow> => ({ countyRank, countyRankOf: 12, countyComparison });
const home = new Map<string, FigureRow>([
  ['shoplifting', row(1000, 1200, { measure: 'shoplifting', ...rank(12, 'worse'), changeNotable: true })],
  ['burglary_residential', row(200, 190, { measure: 'burglary_residential', ...rank(1, 'better'), changeNotable: false })],
  ['violence_with_injury', row(800, 800, { measure: 'violence_with_injury', ...rank(6) })],
  ['da_incidents', row(1500, 1600, { measure: 'da_incidents', ...rank(9, 'higher'), changeNotable: true })],
  ['da_repeat_pct', row(20, 22, { measure: 'da_repeat_pct', ...rank(7) })],
  ['fires_deliberate', row(100, 80, { measure: 'fires_deliberate', ...rank(3) })],
]);

describe('the computed factors', () => {
  it('puts volume in fifths of the ranking, equal volumes sharing a level', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((smaller) => volumeLevel(smaller, 11))).toEqual([1, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    expect([0, 1, 2, 3, 4].map((smaller) => volumeLevel(smaller, 5))).toEqual([1, 2, 3, 4, 5]);
  });

  it('bands the trend on the % change as printed, + meaning worse', () => {
    // -9.96 prints as -10.0% and 2.96 as +3.0%: banded as printed.
    expect([-25, -10, -9.96, -9.94, -3, -2.94, 0, 2.94, 2.96, 9.94, 9.96, 40].map(trendLevel)).toEqual([1, 1, 1, 2, 2, 3, 3, 3, 4, 4, 5, 5]);
  });

  it('maps county positions from best (1) to worst (5), averaged over measures', () => {
    expect(countyPositionLevel([{ rank: 1, of: 12 }])).toBe(1);
    expect(countyPositionLevel([{ rank: 12, of: 12 }])).toBe(5);
    expect(countyPositionLevel([{ rank: 12, of: 12 }, { rank: 1, of: 12 }])).toBe(3);
    expect(countyPositionLevel([{ rank: 3, of: 12 }])).toBe(2);
  });

  it('counts significant concerns up to 5, and spreads the levels evenly over the scale', () => {
    expect([0, 1, 4, 7].map(significanceLevel)).toEqual([1, 2, 5, 5]);
    expect([1, 2, 3, 4, 5].map((level) => onScale(level, [1, 5]))).toEqual([1, 2, 3, 4, 5]);
    expect([1, 2, 3, 4, 5].map((level) => onScale(level, [0, 10]))).toEqual([0, 2.5, 5, 7.5, 10]);
  });

  it('works each factor out from the home figures of the theme\'s measures', () => {
    const factors = computeFactors({ themes: themes.map((t) => t.id), measures, home, countyName: 'Kent', scale: [1, 5] });
    const levels = Object.fromEntries([...factors].map(([theme, f]) => [theme, [f.volume?.level, f.trend?.level, f.county_position?.level, f.significance?.level]]));
    expect(levels).toEqual({
      // Shoplifting +20% and burglary -5%: 7.5% worse on average; positions 12th and 1st; shoplifting significantly worse.
      acquisitive: [3, 4, 3, 2],
      violence: [2, 3, 3, 1],
      // Incidents are neutral: the largest count, but not judged for trend, position or significance.
      domestic_abuse: [4, 5, 3, 1],
      fire: [1, 1, 2, 1],
    });
    expect(factors.get('acquisitive')!.volume!.evidence).toBe('1,200 (Shoplifting), the 2nd largest of the 4 themes');
    expect(factors.get('acquisitive')!.trend!.evidence).toBe('its 2 measures 7.5% worse than last year on average');
    expect(factors.get('fire')!.county_position!.evidence).toBe('3rd of 12 in Kent, 1 being best');
    expect(factors.get('acquisitive')!.significance!.evidence).toBe('1 of its 2 measures significantly worse than the county or than last year');
  });

  it('leaves a factor out when the theme has nothing to judge it by', () => {
    const factors = computeFactors({ themes: ['road_safety'], measures, home, countyName: 'Kent', scale: [1, 5] });
    expect(factors.get('road_safety')).toEqual({});
  });
});

describe('the weighted total and its arithmetic', () => {
  it('writes out every product', () => {
    expect(weightedTotal([{ weight: 3, score: 4 }, { weight: 2, score: 3 }, { weight: 1, score: 2 }], 6)).toEqual({ total: 20, arithmetic: '3×4 + 2×3 + 1×2 = 20' });
  });

  it('renormalises when a factor has no score, and says so in the sum', () => {
    expect(weightedTotal([{ weight: 3, score: 4 }, { weight: 2, score: 3 }], 6)).toEqual({ total: 21.6, arithmetic: '(3×4 + 2×3) × 6/5 = 21.6' });
    expect(weightedTotal([{ weight: 1.5, score: 2.5 }, { weight: 0, score: 5 }], 1.5)).toEqual({ total: 3.8, arithmetic: '1.5×2.5 = 3.8' });
  });
});

const scoring: PriorityScoring = {
  file: 'priority-scores.csv',
  scale: [1, 5],
  weights: [{ factor: 'harm', weight: 3 }, { factor: 'likelihood', weight: 2 }, { factor: 'trend', weight: 2 }, { factor: 'resident_concern', weight: 1 }],
  recommend: 2,
};
const sheet = (theme: string, harm: number, likelihood: number, resident?: number): PriorityScoreRow => ({ theme, scores: { harm, likelihood, ...(resident === undefined ? {} : { resident_concern: resident }) }, line: 2 });

describe('the ranking', () => {
  const factors = computeFactors({ themes: themes.map((t) => t.id), measures, home, countyName: 'Kent', scale: [1, 5] });

  it('ranks by total, and equal totals by the document\'s theme order', () => {
    // Fire: 3×5 + 2×5 + 2×1 + 1×3 = 30; violence: 3×4 + 2×4 + 2×3 + 1×4 = 30; acquisitive: 3×3 + 2×3 + 2×4 + 1×3 = 26.
    const ranked = rankThemes([sheet('fire', 5, 5, 3), sheet('acquisitive', 3, 3, 3), sheet('violence', 4, 4, 4)], factors, scoring, themes);
    expect(ranked.map((t) => [t.theme.id, t.arithmetic])).toEqual([
      ['violence', '3×4 + 2×4 + 2×3 + 1×4 = 30'],
      ['fire', '3×5 + 2×5 + 2×1 + 1×3 = 30'],
      ['acquisitive', '3×3 + 2×3 + 2×4 + 1×3 = 26'],
    ]);
  });

  it('explains a recommendation by the factors that gave it most points', () => {
    const [top] = rankThemes([sheet('domestic_abuse', 5, 4)], factors, scoring, themes);
    // No resident concern score: left out and renormalised, 33 × 8/7.
    expect(top!.arithmetic).toBe('(3×5 + 2×4 + 2×5) × 8/7 = 37.7');
    expect(recommendationSentence(top!, 1, 4, scoring.weights)).toBe(
      'Ranked 1st of 4 with 37.7 points, the most from harm (3×5 = 15), trend (2×5 = 10: its measure 10.0% worse than last year) and likelihood (2×4 = 8).',
    );
  });
});

describe('the priorities section', () => {
  const config = seedConfig({ themes, measures, priorities: { previous: [{ name: 'Reduce acquisitive crime', measures: ['shoplifting', 'burglary_residential'] }, { name: 'Tackle domestic abuse', measures: ['da_incidents'] }], scoring } });
  const context = { yearLabels: ['2021-22', '2022-23', '2023-24'] as [string, string, string], countyName: 'Kent', colouring: 'significance' as const };
  const scores = { hasResidentConcern: true, rows: [sheet('fire', 5, 5, 3), sheet('acquisitive', 3, 3, 3), sheet('violence', 4, 4, 4)] };
  const view = prioritiesSection({ config, priorities: config.priorities!, home, homeName: 'Medbury', context, sectionNumber: '5', scores });

  it('reads the direction of travel by polarity, saying when a change is significant', () => {
    const lower = measure();
    expect(directionOfTravel(row(100, 120, { changeNotable: true }), lower)).toBe('Worsening (significant)');
    expect(directionOfTravel(row(100, 90, { changeNotable: false }), lower)).toBe('Improving');
    expect(directionOfTravel(row(100, 90), measure({ polarity: 'higher_is_better' }))).toBe('Worsening');
    expect(directionOfTravel(row(100, 120, { changeNotable: true }), measure({ polarity: 'neutral' }))).toBe('Rising (no better direction) (significant)');
    expect(directionOfTravel(row(100, 100), lower)).toBe('No change');
    expect(directionOfTravel(row(null, 100), lower)).toBe('n/a');
    expect(directionOfTravel(undefined, lower)).toBe('n/a');
  });

  it('reviews each of last year\'s priorities measure by measure', () => {
    const review = view.review!;
    expect(review.heading).toBe('5.1 Progress on last year\'s priorities');
    expect(review.headers.map((h) => h.text)).toEqual(['Priority', 'Measure', '2022-23', '2023-24', 'Change', '% change', 'Direction of travel', 'Compared with Kent']);
    const [acquisitive, da] = review.groups;
    expect([acquisitive!.name, acquisitive!.span, da!.span]).toEqual(['Reduce acquisitive crime', 2, 1]);
    const text = (r: PriorityReviewRow): string[] => [r.label, ...r.cells.map((c) => c.text), r.direction.text, r.comparison.text];
    expect(text(acquisitive!.rows[0]!)).toEqual(['Shoplifting', '1,000', '1,200', '+200', '+20.0%', 'Worsening (significant)', 'Worse than Kent']);
    expect(acquisitive!.rows[0]!.direction.tone).toBe('worse');
    // Not significant: no shading under significance colouring, but the words still say it.
    expect(text(acquisitive!.rows[1]!)).toEqual(['Burglary – residential', '200', '190', '-10', '-5.0%', 'Improving', 'Better than Kent']);
    expect(acquisitive!.rows[1]!.direction.tone).toBe('none');
    expect(text(da!.rows[0]!)).toEqual(['Domestic abuse incidents', '1,500', '1,600', '+100', '+6.7%', 'Rising (no better direction) (significant)', 'Higher than Kent']);
  });

  it('shows the matrix with its weights, arithmetic and notes, and recommends the top themes', () => {
    const matrix = view.matrix!;
    expect(matrix.heading).toBe('5.2 Scoring the themes');
    expect(matrix.headers.map((h) => `${h.text}${h.footnote}`)).toEqual(['Rank', 'Theme', 'Harm1', 'Likeli\u00adhood1', 'Trend2', 'Resident concern1', 'Total']);
    expect(matrix.weights).toEqual(['3', '2', '2', '1']);
    expect(matrix.rows.map((r) => [r.rank, r.theme, ...r.cells, r.total, r.recommended])).toEqual([
      ['1', 'Violence and sexual offences', '4', '4', '3', '4', '30', true],
      ['2', 'Fire', '5', '5', '1', '3', '30', true],
      ['3', 'Acquisitive crime', '3', '3', '4', '3', '26', false],
    ]);
    expect(matrix.arithmetic[0]).toBe('Violence and sexual offences: 3×4 + 2×4 + 2×3 + 1×4 = 30');
    expect(matrix.notes.some((n) => n.startsWith('Trend: the average % change'))).toBe(true);
    expect(matrix.notes).toContain('Not in the scoring sheet, so not ranked: Domestic abuse.');
    const recommended = view.recommended!;
    expect(recommended.heading).toBe('5.3 Recommended priorities');
    expect(recommended.items.map((i) => i.theme)).toEqual(['Violence and sexual offences', 'Fire']);
    expect(recommended.tieNote).toBeUndefined();
  });

  it('points out a tie across the cut of recommended themes', () => {
    const tied = prioritiesSection({ config, priorities: { ...config.priorities!, scoring: { ...scoring, recommend: 1 } }, home, homeName: 'Medbury', context, sectionNumber: '5', scores });
    expect(tied.recommended!.tieNote).toBe('Fire has the same total as Violence and sexual offences (30) and is left out only by the order of the themes: the partnership may wish to consider it too.');
  });
});

describe('the document with and without priorities', () => {
  const inputs: YearInputs = { observations: [], population: seedPopulation, wards: [], sources: [], ignoredFiles: [], warnings: [], annual: seedInput().annual, published: new Map() };
  const report = (config = seedConfig({ themes: bundledThemes })) => buildReport({ config, figures: computeFigures(seedInput(config)), inputs, year: 2012, documentDate: '2013-04-26', dataFolder: 'data/2012' });

  it('leaves the section out, and the methodology 5, when priorities are not configured', () => {
    const view = report();
    expect(view.priorities).toBeUndefined();
    expect(view.headings.methodology).toBe('5. Methodology and information sources');
    expect(view.contents.map((c) => c.heading)).not.toContain('5. Priorities');
  });

  it('places section 5 before the methodology and glossary, which move down one', () => {
    const view = report(seedConfig({ themes: bundledThemes, priorities: { previous: [{ name: 'Reduce shoplifting', measures: ['shoplifting'] }] } }));
    expect([view.headings.priorities, view.headings.methodology, view.headings.glossary]).toEqual(['5. Priorities', '6. Methodology and information sources', '7. Glossary']);
    const headings = view.contents.map((c) => c.heading);
    expect(headings.slice(headings.indexOf('5. Priorities'), headings.indexOf('5. Priorities') + 3)).toEqual(['5. Priorities', '5.1 Progress on last year\'s priorities', '6. Methodology and information sources']);
    // Scoring configured but no sheet supplied: only the review is shown.
    expect(view.priorities!.matrix).toBeUndefined();
  });
});
