import { describe, expect, it } from 'vitest';
import { compareBuilds } from '../../src/diff/compare.js';
import { AssessError } from '../../src/errors.js';
import { differenceCount } from '../../src/diff/types.js';
import { build, HOME, priority, row, spc } from './fixtures.js';
import { after, before, concernRun } from './two-years.js';

const ids = (items: readonly { measure: { id: string } }[]) => items.map((i) => i.measure.id);

describe('compareBuilds: two years', () => {
  const diff = compareBuilds(before, after);

  it('knows it compares two years, and names both', () => {
    expect(diff.mode).toBe('years');
    expect(diff.before).toEqual({ folder: 'out/2023', year: 2023, yearLabel: '2022-23', periodLabel: 'Oct 2022 to Sep 2023', generator: 'assess 0.1.0' });
    expect(diff.after.yearLabel).toBe('2023-24');
    expect(diff.home).toEqual({ code: HOME, name: 'Medbury' });
  });

  it('lists measures and areas that appeared or disappeared', () => {
    expect(diff.measures.appeared.map((m) => m.id)).toEqual(['new_measure']);
    expect(diff.measures.disappeared.map((m) => m.id)).toEqual(['old_measure']);
    expect(diff.areas).toEqual({ appeared: [{ code: 'E4', name: 'Dunmere' }], disappeared: [{ code: 'E3', name: 'Caverley' }] });
  });

  it('moves ranks better, worse, or (no better direction) just higher', () => {
    expect(diff.rankMoves.map((m) => [m.measure.id, m.before.rank, m.after.rank, m.verdict])).toEqual([
      ['burglary', 2, 3, 'worsened'],
      ['shoplifting', 3, 1, 'improved'],
      ['da_incidents', 1, 2, 'changed'],
    ]);
  });

  it('lists comparisons with the county and the comparator group that changed', () => {
    expect(diff.comparisons.map((c) => [c.measure.id, c.benchmark, c.before, c.after, c.verdict])).toEqual([
      ['burglary', 'county', 'better', 'similar', 'worsened'],
      ['burglary', 'comparators', 'similar', 'worse', 'worsened'],
      ['da_incidents', 'county', 'lower', 'higher', 'changed'],
    ]);
  });

  it('lists cells whose shading changed', () => {
    expect(diff.colours.map((c) => [c.measure.id, c.cell, c.before, c.after])).toEqual([['burglary', 'change', 'none', 'worse'], ['burglary', 'rate', 'better', 'none']]);
  });

  it('finds crossings of the county rate, by rate or (for proportions) by the county\'s percentage', () => {
    expect(diff.crossings.map((c) => [c.measure.id, c.figure, c.before, c.after, c.now, c.verdict])).toEqual([
      ['burglary', 'per_1000', { value: 5, county: 6 }, { value: 6.5, county: 6.1 }, 'above', 'worsened'],
      ['da_incidents', 'per_1000', { value: 2, county: 2.1 }, { value: 2.2, county: 2.1 }, 'above', 'changed'],
      ['repeat_pct', 'value', { value: 20, county: 22 }, { value: 25, county: 23 }, 'above', 'worsened'],
    ]);
  });

  it('ranks the changes in rate by absolute % change', () => {
    expect(diff.rateChanges.map((r) => [r.measure.id, r.before, r.after, r.pctChange, r.verdict])).toEqual([
      ['burglary', 5, 6.5, 30, 'worsened'],
      ['repeat_pct', 20, 25, 25, 'worsened'],
      ['shoplifting', 10, 9, -10, 'improved'],
      ['da_incidents', 2, 2.2, expect.closeTo(10, 10), 'changed'],
    ]);
  });

  it('finds SPC signals that started and ended, a new run on the same side being both', () => {
    expect(ids(diff.spc.started)).toEqual(['shoplifting', 'da_incidents']);
    expect(ids(diff.spc.ended)).toEqual(['burglary', 'da_incidents']);
    expect(diff.spc.started[1]).toMatchObject({ signal: { start: '2024-03' }, beforeSummary: 'special cause: high, 7-point run above the mean since March 2023' });
    expect(diff.spc.ended[0]).toMatchObject({ signal: { start: '2023-03', variation: 'concern' }, afterSummary: 'common cause variation only' });
  });

  it('finds priorities that entered or left the recommended list, with their places', () => {
    expect(diff.priorities.entered).toEqual([{ theme: 'gamma', title: 'Gamma', before: { rank: 3, total: 40 }, after: { rank: 2, total: 47 } }]);
    expect(diff.priorities.left).toEqual([{ theme: 'beta', title: 'Beta', before: { rank: 2, total: 45 }, after: { rank: 3, total: 44 } }]);
  });

  it('lists no revisions between two years, and counts every difference', () => {
    expect(diff.revisions).toEqual([]);
    expect(differenceCount(diff)).toBe(2 + 2 + 3 + 3 + 2 + 3 + 4 + 2 + 2 + 2);
  });

  it('notes other versions and other colouring rules', () => {
    expect(diff.notes).toEqual([
      'The builds were made by different versions: assess 0.1.0 (out/2023) and assess 0.2.0 (out/2024).',
      'The builds shade their tables by different rules (colouring: significance in out/2023, direction in out/2024), so some changes of shading come from the rule, not the figures.',
    ]);
  });
});

describe('compareBuilds: edge cases', () => {
  it('finds no difference between a build and itself', () => {
    const diff = compareBuilds(before, before);
    expect(diff.mode).toBe('revision');
    expect(differenceCount(diff)).toBe(0);
    expect(diff.notes).toEqual([]);
  });

  it('keeps a signal that runs on from one build to the next, and judges crossings as shown to one decimal place', () => {
    const a = build('a', { year: 2023, rows: [row('burglary', HOME, { per_1000: 25.52, county_per_1000: 25.53 })], spc: [spc('burglary', 'since May 2023', concernRun('2023-05', '2023-09'), '2023-09')] });
    const b = build('b', { rows: [row('burglary', HOME, { per_1000: 25.0, county_per_1000: 25.5 })], spc: [spc('burglary', 'since May 2023', concernRun('2023-05', '2024-09'))] });
    const diff = compareBuilds(a, b);
    expect(diff.spc).toEqual({ started: [], ended: [] });
    expect(diff.crossings).toEqual([]);
    expect(diff.rateChanges.map((r) => r.measure.id)).toEqual(['burglary']);
  });

  it('lists at most ten changes in rate, the largest first', () => {
    const measures = Array.from({ length: 12 }, (_, i) => ({ id: `m${i}`, label: `M${i}`, polarity: 'lower_is_better' as const, denominator: 'population' }));
    const rows = (grow: boolean) => measures.map((m, i) => row(m.id, HOME, { per_1000: grow ? 10 + i : 10 }));
    const diff = compareBuilds(build('a', { year: 2023, measures, rows: rows(false) }), build('b', { measures, rows: rows(true) }));
    expect(diff.rateChanges.map((r) => r.measure.id)).toEqual(['m11', 'm10', 'm9', 'm8', 'm7', 'm6', 'm5', 'm4', 'm3', 'm2']);
  });

  it('does not compare priorities when a build has no scoring, and says so', () => {
    const diff = compareBuilds(build('a', { year: 2023, priorities: null }), build('b', { priorities: [priority(1, 'alpha', 50, true)] }));
    expect(diff.priorities).toEqual({ entered: [], left: [] });
    expect(diff.notes).toEqual(['a has no priority scoring, so the recommended priorities are not compared.']);
  });

  it('refuses builds of different districts, naming both', () => {
    const attempt = () => compareBuilds(build('out/2023'), build('out/other', { area: 'E2' }));
    expect(attempt).toThrow(AssessError);
    expect(attempt).toThrow('out/2023 and out/other are about different districts and cannot be compared');
    try {
      attempt();
    } catch (error) {
      expect((error as AssessError).exitCode).toBe(2);
      expect((error as AssessError).details.found).toBe('Medbury (E1) and Bramleigh (E2)');
    }
  });

  it('refuses two builds of one year over different months as revisions, and notes different months across years', () => {
    const aprilToMarch = (folder: string, year: number) => {
      const built = build(folder, { year });
      built.document.meta.period_labels = [year - 2, year - 1, year].map((y) => `Apr ${y - 1} to Mar ${y}`);
      return built;
    };
    const attempt = () => compareBuilds(build('out/2024'), aprilToMarch('out/2024-march', 2024));
    expect(attempt).toThrow('out/2024 and out/2024-march cover different 12-month periods, so their figures are not revisions of each other');
    const years = compareBuilds(aprilToMarch('out/2023', 2023), build('out/2024'));
    expect(years.notes).toContain("The builds' years run over different months (Apr 2022 to Mar 2023 in out/2023, Oct 2023 to Sep 2024 in out/2024), so a change between them is partly a change of period.");
    expect(compareBuilds(build('out/2023', { year: 2023 }), build('out/2024')).notes).toEqual([]);
  });

  it('refuses the later year first, whose verdicts would all read backwards', () => {
    expect(() => compareBuilds(build('out/2024'), build('out/2023', { year: 2023 }))).toThrow('out/2024 is a later year than out/2023: the earlier build comes first');
  });
});
