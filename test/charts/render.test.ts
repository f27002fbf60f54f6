import { describe, expect, it } from 'vitest';
import { leagueChart, spcChart, trendChart, wardChart, type ChartView } from '../../src/charts/index.js';
import { renameIds } from '../../src/charts/render.js';
import { textWidth } from '../../src/charts/text-width.js';
import { summariseSpc, xmrChart } from '../../src/statistics/index.js';
import { wrapperFacts } from './svg.js';

const values = [...Array<number>(12).fill(10), ...Array<number>(8).fill(20)];
const labels = values.map((_, i) => `${2024 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
const chart = xmrChart(values, { improvement: 'decrease', screenOutliers: true });

/** One chart of each kind; `tag` varies the title so different calls produce different specs. */
const builders = (tag: string): (() => Promise<ChartView>)[] => [
  () => spcChart({ title: `SPC ${tag}`, measureLabel: 'Crimes', labels, chart, improvement: 'decrease', summary: summariseSpc(chart, 'decrease') }),
  () => trendChart({ title: `Trend ${tag}`, unit: 'Rate', yearLabels: ['2022/23', '2023/24', '2024/25'], series: [{ name: 'Home', values: [1.5, null, 2], emphasis: true }, { name: 'County', values: [1, 1.2, 1.1], emphasis: false }] }),
  () => leagueChart({ title: `League ${tag}`, unit: 'Rate', polarity: 'neutral', benchmark: { name: 'County', value: 3 }, areas: [{ name: 'A', value: 2, home: true }, { name: 'B', value: 4, home: false }] }),
  () => wardChart({ title: `Wards ${tag}`, unit: 'Crimes', wards: [{ name: 'X', value: 10 }, { name: 'Y', value: 3 }] }),
];

const svgs = async (tag: string): Promise<string[]> => {
  const out: string[] = [];
  for (const build of builders(tag)) out.push((await build()).svg);
  return out;
};

describe('rendered charts', () => {
  it('are byte-for-byte the same whatever was rendered before or alongside them', async () => {
    const first = await svgs('a');
    await svgs('b');
    const again = await svgs('a');
    const concurrent = await Promise.all(builders('a').reverse().map((build) => build()));
    expect(again).toEqual(first);
    expect(concurrent.map((v) => v.svg).reverse()).toEqual(first);
  });

  it('are self-contained and accessible: no script, nothing loaded by URL, only the document font', async () => {
    for (const svg of await svgs('c')) {
      const facts = wrapperFacts(svg);
      expect(facts).toMatchObject({ role: 'img', width: '640', urls: ['http://www.w3.org/2000/svg'], hasScript: false, externalRefs: false, innerAria: 0 });
      expect(facts.fonts).toEqual(["'Source Sans 3', sans-serif"]);
      expect(Number(facts.height)).toBeGreaterThanOrEqual(220);
      expect(Number(facts.height)).toBeLessThanOrEqual(280);
    }
  });

  it('escape the title and alt text', async () => {
    const view = await wardChart({ title: 'Crime <in> "Town" & Pier', unit: 'Crimes', wards: [{ name: 'X', value: 1 }] });
    expect(view.svg).toContain('<title>Crime &lt;in&gt; &quot;Town&quot; &amp; Pier</title>');
    expect(wrapperFacts(view.svg).ariaLabel).toBe(view.alt);
    expect(view.alt.startsWith('Crime <in> "Town" & Pier: ')).toBe(true);
  });
});

describe('renameIds', () => {
  it('renumbers ids in document order under the prefix and updates every reference', () => {
    const svg = '<svg><defs><clipPath id="clip7"><rect/></clipPath><linearGradient id="gradient_3"/></defs>' +
      '<g clip-path="url(#clip7)"><rect fill="url(#gradient_3)"/><use href="#clip7"/></g></svg>';
    expect(renameIds(svg, 'chart-abc')).toBe(
      '<svg><defs><clipPath id="chart-abc-1"><rect/></clipPath><linearGradient id="chart-abc-2"/></defs>' +
        '<g clip-path="url(#chart-abc-1)"><rect fill="url(#chart-abc-2)"/><use href="#chart-abc-1"/></g></svg>',
    );
  });
});

describe('textWidth', () => {
  it("uses Source Sans 3's advance widths, bold wider than regular", () => {
    expect(textWidth('0', 10)).toBeCloseTo(4.97);
    // N 647 + o 542 + r 347 + t 338 + h 544 + t 338 + o 542 + w 719 + n 547 = 4,564 units per 1,000 em.
    expect(textWidth('Northtown', 10)).toBeCloseTo(45.64);
    expect(textWidth('Northtown', 10, true)).toBeGreaterThan(textWidth('Northtown', 10));
    expect(textWidth('é', 10)).toBeCloseTo(5.5);
  });
});
