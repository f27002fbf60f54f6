import { describe, expect, it } from 'vitest';
import { compareBuilds } from '../../src/diff/compare.js';
import { differenceCount } from '../../src/diff/types.js';
import { build, HOME, MEASURES, priority, row, spc } from './fixtures.js';

const ward = (value: number | null, suppressed = false) => ({ measure: 'burglary', ward_code: 'W1', ward_name: 'High Street', value, per_1000: value === null ? null : value / 10, suppressed });

/** Two builds of 2024: the second after the police re-extracted their data. */
const march = build('out/2024-march', {
  measures: [...MEASURES, { id: 'dropped', label: 'Dropped measure', polarity: 'lower_is_better', denominator: 'population' }],
  rows: [
    row('burglary', HOME, { value: 120, change: 10, per_1000: 4.1, county_rank: 2, county_rank_of: 3, county_comparison: 'better', change_notable: 'false' }),
    row('burglary', 'E2', { value: 90, per_1000: 3.0 }),
    row('burglary', 'C1', { value: 400, per_1000: 4.4 }),
    row('shoplifting', HOME, { value: 50, per_1000: 1.23456 }),
    row('dropped', HOME, { value: 7 }),
  ],
  wards: [ward(12), ward(30)].map((w, i) => ({ ...w, ward_code: `W${i + 1}` })),
  colours: [{ measure: 'burglary', area_code: HOME, change: 'none', rate: 'better' }],
  spc: [spc('burglary', 'common cause variation only', null)],
  priorities: [priority(1, 'alpha', 50, true), priority(2, 'beta', 45, false)],
});

const final = build('out/2024', {
  rows: [
    row('burglary', HOME, { value: 131, change: 21, per_1000: 4.5, county_rank: 3, county_rank_of: 3, county_comparison: 'similar', change_notable: 'true' }),
    row('burglary', 'E2', { value: 90, per_1000: 3.0 }),
    row('burglary', 'C1', { value: 411, per_1000: 4.5 }),
    row('shoplifting', HOME, { value: 50, per_1000: 1.23461 }),
    row('da_incidents', HOME, { value: 300 }),
  ],
  wards: [{ ...ward(null, true), ward_code: 'W1' }, { ...ward(30), ward_code: 'W2' }],
  colours: [{ measure: 'burglary', area_code: HOME, change: 'worse', rate: 'none' }],
  spc: [spc('burglary', 'special cause: concern, point above the upper limit in September 2024', { rule: 'outside', side: 'high', variation: 'concern', start: '2024-09', end: '2024-09', points: 1, continues: true })],
  priorities: [priority(1, 'beta', 51, true), priority(2, 'alpha', 49, false)],
});

describe('compareBuilds: two builds of one year', () => {
  const diff = compareBuilds(march, final);
  const revised = diff.revisions.map((r) => [r.measure.id, r.area.code, r.level, r.field, r.before, r.after]);

  it('knows the builds are of the same year', () => {
    expect(diff.mode).toBe('revision');
  });

  it('lists every revised figure of every area and the county, with old and new values', () => {
    expect(revised).toEqual([
      ['burglary', HOME, 'area', 'value', 120, 131],
      ['burglary', HOME, 'area', 'change', 10, 21],
      ['burglary', HOME, 'area', 'per_1000', 4.1, 4.5],
      ['burglary', HOME, 'area', 'county_rank', 2, 3],
      ['burglary', HOME, 'area', 'county_comparison', 'better', 'similar'],
      ['burglary', HOME, 'area', 'change_notable', 'false', 'true'],
      ['burglary', 'C1', 'county', 'value', 400, 411],
      ['burglary', 'C1', 'county', 'per_1000', 4.4, 4.5],
      ['shoplifting', HOME, 'area', 'per_1000', 1.23456, 1.23461],
      ['da_incidents', HOME, 'area', 'value', null, 300],
      ['burglary', 'W1', 'ward', 'value', 12, null],
      ['burglary', 'W1', 'ward', 'per_1000', 1.2, null],
      ['burglary', 'W1', 'ward', 'suppressed', false, true],
    ]);
  });

  it('reports a measure in one build only as removed, not as revised figures', () => {
    expect(diff.measures.disappeared.map((m) => m.id)).toEqual(['dropped']);
    expect(revised.some(([measure]) => measure === 'dropped')).toBe(false);
  });

  it('also lists the changes a revision makes to comparisons, shading, SPC and priorities', () => {
    expect(diff.comparisons.map((c) => [c.measure.id, c.before, c.after])).toEqual([['burglary', 'better', 'similar']]);
    expect(diff.colours.map((c) => [c.cell, c.before, c.after])).toEqual([['change', 'none', 'worse'], ['rate', 'better', 'none']]);
    expect(diff.spc.started.map((s) => s.measure.id)).toEqual(['burglary']);
    expect(diff.priorities.entered.map((p) => p.theme)).toEqual(['beta']);
    expect(diff.priorities.left.map((p) => p.theme)).toEqual(['alpha']);
  });

  it('leaves rank moves and rate changes to the revisions', () => {
    expect(diff.rankMoves).toEqual([]);
    expect(diff.rateChanges).toEqual([]);
    expect(differenceCount(diff)).toBe(1 + 13 + 1 + 2 + 1 + 2);
  });
});
