import { describe, expect, it } from 'vitest';
import { computeFigures } from '../../src/figures/compute-figures.js';
import type { DocumentCharts } from '../../src/report/measure-charts.js';
import { figuresJsonSections } from '../../src/report/figures-json-sections.js';
import type { ReportView } from '../../src/report/view-types.js';
import { xmrChart } from '../../src/statistics/spc.js';
import { KENT, MAIDSTONE, seedConfig, seedInput } from '../figures/seed-fixture.js';

const months = Array.from({ length: 24 }, (_, i) => `20${10 + Math.floor((i + 9) / 12)}-${String(((i + 9) % 12) + 1).padStart(2, '0')}`);
// Level for 17 months, then 7 months above the mean: a shift that runs to the latest month.
const rising = months.map((_, i) => (i < 17 ? 100 + (i % 3) : 103));
const charts = (values: number[]): DocumentCharts => ({
  byMeasure: new Map([['shoplifting', { charts: [], spcSummary: 'special cause: concern, 7-point run above the mean since March 2012', spcConcernContinues: true, spc: { months, chart: xmrChart(values, { improvement: 'decrease', screenOutliers: false }) } }]]),
});
const matrixView = {
  priorities: { intro: '', matrix: { rows: [{ rank: '1', theme: 'Acquisitive crime', cells: [], total: '1,052.5', recommended: true }, { rank: '2', theme: 'Unknown theme', cells: [], total: '40', recommended: false }] } },
} as unknown as Pick<ReportView, 'priorities'>;

describe('figuresJsonSections', () => {
  const config = seedConfig({ themes: [{ id: 'acquisitive', title: 'Acquisitive crime', intro: '' }] });
  const figures = computeFigures(seedInput(config));
  const sections = figuresJsonSections({ config, figures, charts: charts(rising), view: matrixView });

  it('gives every row the shading the document gives it (significance by default)', () => {
    expect(sections.colours).toHaveLength(figures.rows.length);
    expect(sections.colours.find((c) => c.measure === 'shoplifting' && c.area_code === MAIDSTONE)).toEqual({ measure: 'shoplifting', area_code: MAIDSTONE, change: 'none', rate: 'worse' });
    // The county row is never shaded against itself.
    expect(sections.colours.find((c) => c.measure === 'shoplifting' && c.area_code === KENT)?.rate).toBe('none');
    const direction = figuresJsonSections({ config: { ...config, colouring: 'direction' }, figures, charts: charts(rising), view: matrixView });
    expect(direction.colours.find((c) => c.measure === 'shoplifting' && c.area_code === MAIDSTONE)).toMatchObject({ change: 'worse', rate: 'worse' });
  });

  it('records each SPC chart\'s latest signal with its months, and whether it runs to the latest month', () => {
    expect(sections.spc).toEqual([{
      measure: 'shoplifting', area_code: MAIDSTONE, first_month: '2010-10', last_month: '2012-09',
      summary: 'special cause: concern, 7-point run above the mean since March 2012',
      latest: { rule: 'shift', side: 'high', variation: 'concern', start: '2012-03', end: '2012-09', points: 7, continues: true },
    }]);
    const level = figuresJsonSections({ config, figures, charts: charts(months.map((_, i) => 100 + (i % 3))), view: matrixView });
    expect(level.spc[0]?.latest).toBeNull();
  });

  it('records the ranking of the priority matrix as printed, with theme ids', () => {
    expect(sections.priorities).toEqual([
      { rank: 1, theme: 'acquisitive', title: 'Acquisitive crime', total: 1052.5, recommended: true },
      { rank: 2, theme: 'Unknown theme', title: 'Unknown theme', total: 40, recommended: false },
    ]);
    expect(figuresJsonSections({ config, figures, charts: charts(rising), view: {} }).priorities).toBeNull();
  });
});
