import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ChartSlots } from '../../src/charts/chart-slots.js';
import type { DrawSvg } from '../../src/charts/draw.js';
import { leagueChart, trendChart, wardChart, type TrendChartInput } from '../../src/charts/index.js';
import { renderSvg } from '../../src/charts/render.js';

const trend: TrendChartInput = {
  title: 'All crime per 1,000 population',
  unit: 'Crimes per 1,000 population',
  yearLabels: ['2022-23', '2023-24', '2024-25'],
  series: [
    { name: 'Countyshire', values: [28.1, 29, 27.45], emphasis: false },
    { name: 'Northtown', values: [31.24, 33.5, 29.91], emphasis: true },
  ],
};
const areas = ['Ashby', 'Brook', 'Carden'].map((name, i) => ({ name, value: 30 + i * 4.5, home: i === 1 }));

/** The three charts drawn at once, and through slots: the same document must come out. */
async function bothWays(helper?: DrawSvg) {
  const slots = new ChartSlots(renderSvg, helper);
  const make = (draw?: DrawSvg) =>
    Promise.all([
      trendChart(trend, draw),
      leagueChart({ title: 'League', unit: 'per 1,000', areas, benchmark: { name: 'County', value: 33 }, polarity: 'lower_is_better', decimals: 1 }, draw),
      wardChart({ title: 'Wards', unit: 'Count', wards: areas.map(({ name, value }) => ({ name, value: Math.round(value) })) }, draw),
    ]);
  const direct = await make(renderSvg);
  const slotted = await make(slots.draw);
  const document = (views: { svg: string }[]) => `<main>${views.map((v) => `<figure>${v.svg}</figure>`).join('')}</main>`;
  return { direct, slotted, drawn: await slots.drawAll(), document };
}

describe('ChartSlots', () => {
  it('hands out empty slots of each chart size, and fills them with exactly the charts drawn at once', async () => {
    const { direct, slotted, drawn, document } = await bothWays();
    expect(slotted.map((v) => v.svg)).toEqual([0, 1, 2].map((slot) => expect.stringContaining(`data-chart-slot="${slot}"></svg>`)));
    expect(slotted[0]!.svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="640" height="\d+" viewBox="0 0 640 \d+" class="chart"/);
    // The slot has the drawn chart's size: the first printing pass lays out the same pages.
    for (let i = 0; i < 3; i++) {
      const size = (svg: string) => /width="(\d+)" height="(\d+)" viewBox="([^"]+)"/.exec(svg)!.slice(1);
      expect(size(slotted[i]!.svg)).toEqual(size(direct[i]!.svg));
    }
    expect(drawn.sameBoxes).toBe(true);
    expect(drawn.fill(document(slotted))).toBe(document(direct));
    expect(drawn.edits).toEqual(direct.map((v, slot) => ({ selector: `svg[data-chart-slot="${slot}"]`, html: v.svg })));
    // The alt text, caption and table do not wait for the drawing.
    expect(slotted.map((v) => [v.alt, v.caption, v.table])).toEqual(direct.map((v) => [v.alt, v.caption, v.table]));
  });

  it('draws every chart on another thread when given one, and keeps each in its slot', async () => {
    const sent: string[] = [];
    const helper: DrawSvg = async (spec, options) => {
      sent.push(options.title);
      await new Promise((resolve) => setTimeout(resolve, 5));
      return renderSvg(spec, options);
    };
    const { direct, slotted, drawn, document } = await bothWays(helper);
    expect(sent).toEqual(['All crime per 1,000 population', 'League', 'Wards']);
    expect(drawn.fill(document(slotted))).toBe(document(direct));
  });

  it('says the layout does not hold when a chart comes out another size than its slot', async () => {
    const slots = new ChartSlots(async () => '<svg xmlns="http://www.w3.org/2000/svg" width="640" height="999" viewBox="0 0 640 999" class="chart"></svg>');
    await trendChart(trend, slots.draw);
    expect((await slots.drawAll()).sameBoxes).toBe(false);
  });

  it('draws at once a chart whose size its spec does not fix', async () => {
    const slots = new ChartSlots(async () => '<svg class="chart">drawn</svg>');
    expect(await slots.draw({ mark: 'point', data: { values: [] } }, { title: 't', alt: 'a' })).toBe('<svg class="chart">drawn</svg>');
    expect((await slots.drawAll()).edits).toEqual([]);
  });

  it('draws on the compiled chart thread exactly what it draws inline', async () => {
    // The worker runs compiled JavaScript: `npm test` compiles first (pretest), so dist/ is current.
    const { ChartThread } = (await import(path.resolve('dist/charts/chart-thread.js'))) as typeof import('../../src/charts/chart-thread.js');
    const thread = ChartThread.start(2)!;
    try {
      const { direct, slotted, drawn, document } = await bothWays(thread.draw);
      expect(drawn.fill(document(slotted))).toBe(document(direct));
      // A spec Vega cannot draw fails as it would inline.
      await expect(thread.draw({ mark: 'nonsense' } as never, { title: 't', alt: 'a' })).rejects.toThrow("Cannot read properties of undefined (reading 'filled')");
    } finally {
      await thread.close();
    }
  });

  it('fails at once, rather than waiting for ever, when a chart is asked of a thread that has stopped', async () => {
    const { ChartThread } = (await import(path.resolve('dist/charts/chart-thread.js'))) as typeof import('../../src/charts/chart-thread.js');
    const thread = ChartThread.start(2)!;
    await thread.close();
    await expect(thread.draw({ mark: 'point', data: { values: [] } }, { title: 't', alt: 'a' })).rejects.toThrow(/chart thread (stopped|was closed)/);
  });
});
