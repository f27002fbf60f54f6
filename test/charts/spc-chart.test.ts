import { describe, expect, it } from 'vitest';
import { spcChart } from '../../src/charts/index.js';
import type { SpcChartInput } from '../../src/charts/index.js';
import { summariseSpc, xmrChart, type Improvement } from '../../src/statistics/index.js';
import { elements, markPaths, shapeOf, wrapperFacts } from './svg.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** n consecutive 'YYYY-MM' labels from October 2023, and the same months in words for summariseSpc. */
function months(n: number): { labels: string[]; names: string[] } {
  const labels: string[] = [];
  const names: string[] = [];
  for (let i = 0; i < n; i++) {
    const m = 9 + i;
    const year = 2023 + Math.floor(m / 12);
    labels.push(`${year}-${String((m % 12) + 1).padStart(2, '0')}`);
    names.push(`${MONTHS[m % 12]} ${year}`);
  }
  return { labels, names };
}

function input(values: number[], improvement: Improvement, options: { screen?: boolean; rebaseAt?: number[] } = {}): SpcChartInput {
  const { labels, names } = months(values.length);
  const chart = xmrChart(values, { improvement, screenOutliers: options.screen ?? false, rebaseAt: options.rebaseAt });
  return { title: 'Anti-social behaviour', measureLabel: 'Incidents per month', labels, chart, improvement, summary: summariseSpc(chart, improvement, names) };
}

/** The brief's step: 12 months at 10 then 8 at 20. Every point falls outside limits that close (mean 14 +/- 1.4). */
const step = [...Array<number>(12).fill(10), ...Array<number>(8).fill(20)];
/** A noisier step (10/12 alternating, then 14/16): inside the limits, so the 7-point shift rule flags both runs. */
const shift = [...Array.from({ length: 12 }, (_, i) => (i % 2 === 0 ? 10 : 12)), ...Array.from({ length: 8 }, (_, i) => (i % 2 === 0 ? 14 : 16))];

const shapesIn = (svg: string) => markPaths(svg, 'points').map((p) => `${shapeOf(p.attrs.d ?? '')} ${p.attrs.fill}`);
const tally = (xs: string[]) => xs.reduce<Record<string, number>>((acc, x) => ({ ...acc, [x]: (acc[x] ?? 0) + 1 }), {});

describe('spcChart', () => {
  it('marks a step by shape and colour: vermilion triangles for concern, blue diamonds for improvement', async () => {
    const view = await spcChart(input(step, 'decrease'));
    expect(markPaths(view.svg, 'points')).toHaveLength(20);
    expect(tally(shapesIn(view.svg))).toEqual({ 'triangle #D55E00': 8, 'diamond #0072B2': 12 });
    // The monthly values are one line through all 20 points.
    const series = markPaths(view.svg, 'series');
    expect(series).toHaveLength(1);
    expect(series[0]?.attrs.d?.split('L')).toHaveLength(20);
  });

  it('reads the 7-point shift rule into the table and marks both runs', async () => {
    const view = await spcChart(input(shift, 'decrease'));
    expect(tally(shapesIn(view.svg))).toEqual({ 'triangle #D55E00': 8, 'diamond #0072B2': 12 });
    expect(view.table.headers).toEqual(['Month', 'Value', 'Mean', 'Lower limit', 'Upper limit', 'Signal']);
    expect(view.table.rows[0]).toEqual(['October 2023', '10', '12.6', '7.3', '17.9', 'Improvement: run below the mean']);
    expect(view.table.rows[12]).toEqual(['October 2024', '14', '12.6', '7.3', '17.9', 'Concern: run above the mean']);
    expect(view.alt).toBe(
      'Anti-social behaviour: 20 monthly values from October 2023 to May 2025, with a mean of 12.6. ' +
        'Special cause: concern, 8-point run above the mean since October 2024.',
    );
  });

  it('draws the mean, both limits and both dashed 2-sigma lines, and states that screening was off', async () => {
    const view = await spcChart(input(step, 'decrease'));
    const lines = markPaths(view.svg, 'limits');
    expect(lines).toHaveLength(5);
    expect(tally(lines.map((l) => `${l.attrs.stroke} ${l.attrs['stroke-dasharray']}`))).toEqual({
      '#000000 1,0': 1, // mean
      '#4a4a4a 8,3': 2, // process limits
      '#767676 2,2': 2, // 2-sigma lines
    });
    expect(view.table.rows[19]).toEqual(['May 2025', '20', '14.0', '12.6', '15.4', 'Concern: above the upper limit']);
    expect(view.alt).toBe(
      'Anti-social behaviour: 20 monthly values from October 2023 to May 2025, with a mean of 14.0. ' +
        'Special cause: concern, point above the upper limit in May 2025.',
    );
    expect(view.caption).toBe(
      'XmR chart of incidents per month, October 2023 to May 2025: the mean (solid line), process limits ' +
        '(mean ± 2.66 × average moving range; long dashes) and 2-sigma lines (short dashes); ' +
        'special-cause points are marked by shape and colour. ' +
        'Outlier screening was not used.',
    );
    expect(view.table.caption).toBe('Anti-social behaviour: monthly values, mean and process limits');
  });

  it('breaks the limit lines at a rebase and says where, and that screening was used', async () => {
    const values = Array.from({ length: 36 }, (_, i) => 100 + ((i * 37) % 23) + (i >= 20 ? 30 : 0));
    const view = await spcChart(input(values, 'decrease', { screen: true, rebaseAt: [20] }));
    expect(markPaths(view.svg, 'limits')).toHaveLength(10);
    expect(markPaths(view.svg, 'points')).toHaveLength(36);
    expect(view.caption).toContain('Outlier screening was used: moving ranges of 3.267 times the average or more were left out of the limits.');
    expect(view.caption).toContain('The mean and limits were recalculated from June 2025.');
    expect(view.alt).toMatch(/with a mean of [\d.]+ since June 2025\./);
  });

  it('uses grey squares for special causes on a measure with no preferred direction', async () => {
    const view = await spcChart(input(step, 'neither'));
    expect(tally(shapesIn(view.svg))).toEqual({ 'square #4a4a4a': 20 });
    expect(view.table.rows[0]?.[5]).toBe('Special cause: below the lower limit');
    const legend = elements(view.svg, 'text').map((t) => t.text);
    expect(legend).toContain('Special cause (no preferred direction)');
    expect(legend).not.toContain('Special cause: concern');
  });

  it('reads special causes with the direction it is given, as summariseSpc does', async () => {
    const computed = input(step, 'neither');
    const view = await spcChart({ ...computed, improvement: 'increase' });
    expect(tally(shapesIn(view.svg))).toEqual({ 'diamond #0072B2': 8, 'triangle #D55E00': 12 });
    expect(view.table.rows[0]?.[5]).toBe('Concern: below the lower limit');
  });

  it('labels the x axis by month, e.g. "Oct 23", and titles the y axis', async () => {
    const texts = elements((await spcChart(input(step, 'decrease'))).svg, 'text').map((t) => t.text);
    expect(texts).toEqual(expect.arrayContaining(['Anti-social behaviour', 'Incidents per month', 'Oct 23', 'Jan 24', 'Apr 25']));
    expect(texts).toEqual(expect.arrayContaining(['Mean', 'Process limits', '2-sigma lines', 'Common cause', 'Special cause: concern', 'Special cause: improvement']));
  });

  it('is an accessible, self-contained SVG of a fixed size', async () => {
    const view = await spcChart(input(step, 'decrease'));
    expect(wrapperFacts(view.svg)).toEqual({
      role: 'img',
      ariaLabel: view.alt,
      width: '640',
      height: '270',
      title: 'Anti-social behaviour',
      fonts: ["'Source Sans 3', sans-serif"],
      urls: ['http://www.w3.org/2000/svg'],
      hasScript: false,
      externalRefs: false,
      innerAria: 0,
    });
  });

  it('rejects labels that do not match the points', async () => {
    const bad = input(step, 'decrease');
    await expect(spcChart({ ...bad, labels: bad.labels.slice(1) })).rejects.toThrow(/19 entries for 20 points/);
    await expect(spcChart({ ...bad, labels: bad.labels.map((l, i) => (i === 3 ? 'Jan 2024' : l)) })).rejects.toThrow(/not YYYY-MM/);
  });
});
