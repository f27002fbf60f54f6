/** Two builds of different years with one change of every kind, for the comparison and formatter tests. */
import { build, HOME, MEASURES, priority, row, spc } from './fixtures.js';

export const concernRun = (start: string, end: string) => ({ rule: 'shift' as const, side: 'high' as const, variation: 'concern' as const, start, end, points: 7, continues: true });
const highRun = (start: string, end: string) => ({ ...concernRun(start, end), variation: 'neither' as const });

/** Two years of a county of three districts with one change of every kind. */
export const before = build('out/2023', {
  year: 2023,
  measures: [...MEASURES, { id: 'old_measure', label: 'Old measure', polarity: 'lower_is_better', denominator: 'population' }],
  areas: [{ code: 'E1', name: 'Medbury' }, { code: 'E2', name: 'Bramleigh' }, { code: 'E3', name: 'Caverley' }],
  rows: [
    row('burglary', HOME, { county_rank: 2, county_rank_of: 3, county_comparison: 'better', msg_comparison: 'similar', per_1000: 5.0, county_per_1000: 6.0 }),
    row('shoplifting', HOME, { county_rank: 3, county_rank_of: 3, county_comparison: 'worse', per_1000: 10, county_per_1000: 8 }),
    row('da_incidents', HOME, { county_rank: 1, county_rank_of: 3, county_comparison: 'lower', per_1000: 2.0, county_per_1000: 2.1 }),
    row('repeat_pct', HOME, { county_rank: 1, county_rank_of: 3, value: 20 }),
    row('repeat_pct', 'C1', { value: 22 }),
  ],
  colours: [{ measure: 'burglary', area_code: HOME, change: 'none', rate: 'better' }],
  spc: [
    spc('burglary', 'special cause: concern, 7-point run above the mean since March 2023', concernRun('2023-03', '2023-09'), '2023-09'),
    spc('shoplifting', 'common cause variation only', null, '2023-09'),
    spc('da_incidents', 'special cause: high, 7-point run above the mean since March 2023', highRun('2023-03', '2023-09'), '2023-09'),
  ],
  priorities: [priority(1, 'alpha', 50, true), priority(2, 'beta', 45, true), priority(3, 'gamma', 40, false)],
});

export const after = build('out/2024', {
  year: 2024,
  generator: 'assess 0.2.0',
  colouring: 'direction',
  measures: [...MEASURES, { id: 'new_measure', label: 'New measure', polarity: 'lower_is_better', denominator: 'population' }],
  areas: [{ code: 'E1', name: 'Medbury' }, { code: 'E2', name: 'Bramleigh' }, { code: 'E4', name: 'Dunmere' }],
  rows: [
    row('burglary', HOME, { county_rank: 3, county_rank_of: 3, county_comparison: 'similar', msg_comparison: 'worse', per_1000: 6.5, county_per_1000: 6.1 }),
    row('shoplifting', HOME, { county_rank: 1, county_rank_of: 3, county_comparison: 'worse', per_1000: 9, county_per_1000: 8 }),
    row('da_incidents', HOME, { county_rank: 2, county_rank_of: 3, county_comparison: 'higher', per_1000: 2.2, county_per_1000: 2.1 }),
    row('repeat_pct', HOME, { county_rank: 1, county_rank_of: 3, value: 25 }),
    row('repeat_pct', 'C1', { value: 23 }),
  ],
  colours: [{ measure: 'burglary', area_code: HOME, change: 'worse', rate: 'none' }],
  spc: [
    spc('burglary', 'common cause variation only', null),
    spc('shoplifting', 'special cause: concern, point above the upper limit in September 2024', { rule: 'outside', side: 'high', variation: 'concern', start: '2024-09', end: '2024-09', points: 1, continues: true }),
    spc('da_incidents', 'special cause: high, 7-point run above the mean since March 2024', highRun('2024-03', '2024-09')),
  ],
  priorities: [priority(1, 'alpha', 52, true), priority(2, 'gamma', 47, true), priority(3, 'beta', 44, false)],
});
