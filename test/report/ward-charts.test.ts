import { describe, expect, it } from 'vitest';
import type { Figures, WardFigure } from '../../src/model.js';
import { renderDocumentCharts } from '../../src/report/measure-charts.js';
import { seedConfig, YEAR } from '../figures/seed-fixture.js';

const config = seedConfig();
const yearLabels: [string, string, string] = ['2009-10', '2010-11', '2011-12'];
const ward = (measure: string, name: string, value: number | null, extra: Partial<WardFigure> = {}): WardFigure => ({
  measure, wardCode: `W_${name}`, wardName: name, value, per1000: null, suppressed: value === null, ...extra,
});
const names = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L'];

async function charts(wards: WardFigure[]) {
  const figures: Figures = { year: YEAR, rows: [], wards };
  return renderDocumentCharts({ config, figures, observations: [], year: YEAR, yearLabels });
}

describe('ward hotspot charts', () => {
  it('charts the top 10 wards by volume for an overview measure with ward figures', async () => {
    const result = await charts([...names.map((n, i) => ward('shoplifting', `${n} ward`, i + 1)), ward('shoplifting', 'Zero', 0)]);
    const shoplifting = result.byMeasure.get('shoplifting')!;
    expect(shoplifting.charts).toHaveLength(1);
    const chart = shoplifting.charts[0]!;
    expect(chart.svg).toContain('<svg');
    expect(chart.table.rows).toHaveLength(10);
    expect(chart.table.rows.map((r) => r[0])).toContain('L ward');
    expect(chart.table.rows.map((r) => r[0])).not.toContain('A ward');
    expect(chart.table.rows.map((r) => r[0])).not.toContain('Zero');
    expect(`${chart.alt} ${chart.caption} ${chart.table.headers.join(' ')}`).toContain('Count in 2011-12');
  });

  it('draws no ward chart for a measure under small-number suppression', async () => {
    const result = await charts([ward('shoplifting', 'A', 20), ward('shoplifting', 'B', null)]);
    expect(result.byMeasure.get('shoplifting')).toBeUndefined();
    const rounded = await charts([ward('shoplifting', 'A', 20, { disclosure: { threshold: 7, roundTo: 5 } })]);
    expect(rounded.byMeasure.get('shoplifting')).toBeUndefined();
  });
});
