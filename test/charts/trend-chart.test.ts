import { describe, expect, it } from 'vitest';
import { trendChart, type TrendChartInput } from '../../src/charts/index.js';
import { elements, markPaths, shapeOf, wrapperFacts } from './svg.js';

const base: TrendChartInput = {
  title: 'Violence against the person',
  unit: 'Crimes per 1,000 population',
  yearLabels: ['2022/23', '2023/24', '2024/25'],
  series: [
    { name: 'Countyshire', values: [28.1, null, 27.45], emphasis: false },
    { name: 'Northtown', values: [31.24, 33.5, 29.91], emphasis: true },
  ],
};

describe('trendChart', () => {
  it('draws the home district solid and thick, the county dashed, and leaves a gap for a missing year', async () => {
    const view = await trendChart(base);
    const lines = markPaths(view.svg, 'lines');
    expect(lines).toHaveLength(2);
    const home = lines.find((l) => l.attrs.stroke === '#0072B2');
    const county = lines.find((l) => l.attrs.stroke === '#D55E00');
    expect(home?.attrs).toMatchObject({ 'stroke-width': '3', 'stroke-dasharray': '1,0' });
    expect(home?.attrs.d?.match(/L/g)).toHaveLength(2);
    expect(county?.attrs).toMatchObject({ 'stroke-width': '1.5', 'stroke-dasharray': '6,3' });
    // Two lone points, no segment across the missing middle year.
    expect(county?.attrs.d).not.toContain('L');
  });

  it('marks each value with a point, a shape per series, and none for a missing value', async () => {
    const points = markPaths((await trendChart(base)).svg, 'points');
    expect(points.map((p) => `${shapeOf(p.attrs.d ?? '')} ${p.attrs.fill}`).sort()).toEqual([
      'circle #0072B2',
      'circle #0072B2',
      'circle #0072B2',
      'square #D55E00',
      'square #D55E00',
    ]);
  });

  it('has a legend of line styles, year labels and the unit', async () => {
    const texts = elements((await trendChart(base)).svg, 'text').map((t) => t.text);
    expect(texts).toEqual(expect.arrayContaining(['Violence against the person', 'Crimes per 1,000 population', '2022/23', '2023/24', '2024/25', 'Northtown', 'Countyshire']));
  });

  it('describes each series and gives the table at one decimal place', async () => {
    const view = await trendChart(base);
    expect(view.alt).toBe(
      'Violence against the person: Countyshire fell from 28.1 in 2022/23 to 27.5 in 2024/25 and Northtown fell from 31.2 in 2022/23 to 29.9 in 2024/25.',
    );
    expect(view.caption).toBe(
      'Crimes per 1,000 population, 2022/23 to 2024/25: Countyshire (dashed line, squares) and Northtown (solid line, circles). A gap marks a year with no value.',
    );
    expect(view.table).toEqual({
      caption: 'Violence against the person: crimes per 1,000 population by year',
      headers: ['Area', '2022/23', '2023/24', '2024/25'],
      rows: [
        ['Countyshire', '28.1', 'n/a', '27.5'],
        ['Northtown', '31.2', '33.5', '29.9'],
      ],
    });
  });

  it('shows counts whole, with thousands separators, and says when a series was unchanged', async () => {
    const view = await trendChart({
      ...base,
      unit: 'Crimes',
      series: [
        { name: 'Northtown', values: [1205, 1180, 1205], emphasis: true },
        { name: 'Countyshire', values: [null, null, 14020], emphasis: false },
      ],
    });
    expect(view.table.rows).toEqual([
      ['Northtown', '1,205', '1,180', '1,205'],
      ['Countyshire', 'n/a', 'n/a', '14,020'],
    ]);
    expect(view.alt).toBe(
      'Violence against the person: Northtown was unchanged at 1,205 between 2022/23 and 2024/25 and Countyshire was 14,020 in 2024/25.',
    );
  });

  it('is an accessible SVG of a fixed size', async () => {
    const view = await trendChart(base);
    expect(wrapperFacts(view.svg)).toMatchObject({ role: 'img', ariaLabel: view.alt, width: '640', height: '240', title: base.title, urls: ['http://www.w3.org/2000/svg'], innerAria: 0 });
  });

  it('rejects a series without one value per year', async () => {
    await expect(trendChart({ ...base, series: [{ name: 'X', values: [1, 2], emphasis: true }] })).rejects.toThrow(/'X' has 2 values for 3 years/);
    await expect(trendChart({ ...base, series: [{ name: 'X', values: [null, null, null], emphasis: true }] })).rejects.toThrow(/no series has a value/);
  });
});
