import { describe, expect, it } from 'vitest';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { CompiledSpecs } from '../../src/charts/compiled-specs.js';
import type { DrawSvg } from '../../src/charts/draw.js';
import { checkCompiledSpecs } from '../../src/charts/render.js';
import { leagueChart, spcChart, wardChart } from '../../src/charts/index.js';
import { summariseSpc, xmrChart } from '../../src/statistics/index.js';

/** A compiler that counts its calls. */
function counting<T>(compileSpec: (spec: unknown) => T): { specs: CompiledSpecs<T>; calls: () => number } {
  let calls = 0;
  const specs = new CompiledSpecs((spec) => {
    calls += 1;
    return compileSpec(spec);
  });
  return { specs, calls: () => calls };
}

const vegaLite = (spec: unknown) => compile(spec as TopLevelSpec).spec;

/** A bar chart of one shape: only its title, axis title and data differ. */
const bars = (title: string, unit: string, values: { name: string; value: number; place: number }[], aria = false): TopLevelSpec => ({
  // With ARIA on, Vega-Lite writes each mark's description as an expression that quotes the axis title.
  config: { aria },
  width: 400,
  height: 200,
  title,
  data: { values },
  mark: 'bar',
  encoding: {
    y: { field: 'name', type: 'nominal', sort: { field: 'place', op: 'min' } },
    x: { field: 'value', type: 'quantitative', title: unit },
  },
});

/** Two layers whose data may be equal, which Vega-Lite may then merge into one source. */
const layered = (first: number[], second: number[]): TopLevelSpec => ({
  title: 'Layers',
  layer: [
    { data: { values: first.map((v) => ({ v })) }, mark: 'line', encoding: { y: { field: 'v', type: 'quantitative' } } },
    { data: { values: second.map((v) => ({ v })) }, mark: 'point', encoding: { y: { field: 'v', type: 'quantitative' } } },
  ],
});

describe('CompiledSpecs', () => {
  it('gives exactly what Vega-Lite compiles, compiling once per shape', () => {
    const { specs, calls } = counting(vegaLite);
    const charts = [
      bars('Burglary', 'Crimes', [{ name: 'Ashby', value: 3, place: 0 }, { name: 'Brook', value: 1, place: 1 }]),
      bars('Robbery: "quoted" & <marked>', 'Rate per 1,000', [{ name: 'Colne', value: 9.5, place: 0 }]),
      bars('Vehicle crime', 'Crimes', [{ name: 'Dale', value: 7, place: 0 }, { name: 'Eden', value: 2, place: 1 }, { name: 'Frome', value: 1, place: 2 }]),
    ];
    for (const chart of charts) expect(specs.get(chart)).toEqual(vegaLite(chart));
    // The first chart is compiled as it is, the shape with holes when the second comes; the others are filled in.
    expect(calls()).toBe(2);
  });

  it('compiles directly every time when Vega-Lite quotes a title in an expression', () => {
    const { specs, calls } = counting(vegaLite);
    const charts = ['Crimes', 'Rate', 'Incidents'].map((unit) => bars('Arson', unit, [{ name: 'Ashby', value: 1, place: 0 }], true));
    for (const chart of charts) expect(specs.get(chart)).toEqual(vegaLite(chart));
    expect(JSON.stringify(vegaLite(charts[0]))).toContain('\\"Crimes: \\"');
    expect(calls()).toBe(4);
  });

  it('fills nothing in when the probe shows a compiler that changes titles, though the first chart could not show it', () => {
    // Upper-casing leaves "2024" as it is, so checking the shape against its first chart alone would pass.
    const shouting = (spec: unknown) => ({ text: (spec as { title: string }).title.toUpperCase() });
    const { specs, calls } = counting(shouting);
    expect(new CompiledSpecs(shouting, { title: '2024' }).trustsFilling()).toBe(true);
    const probed = new CompiledSpecs(shouting, { title: 'Anti-social behaviour' });
    expect(probed.trustsFilling()).toBe(false);
    for (const title of ['2024', 'Burglary', 'Robbery']) expect(probed.get({ title })).toEqual({ text: title.toUpperCase() });
    expect(specs.get({ title: '2024' })).toEqual({ text: '2024' });
    // Unprobed, the shape is learned from "2024" and the next title comes out wrong: what the probe is for.
    expect(specs.get({ title: 'Burglary' })).toEqual({ text: 'Burglary' });
    expect(calls()).toBe(2);
  });

  it("trusts the renderer's own compiler with awkward titles and data", () => {
    expect(checkCompiledSpecs()).toBe(true);
  });

  it('never fills in what would not come back the same through JSON: NaN, Infinity, a Date', () => {
    const { specs, calls } = counting((spec) => spec);
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, new Date(0)]) {
      for (const title of ['One', 'Two', 'Three']) expect(specs.get({ title, data: { values: [{ value }] } })).toEqual({ title, data: { values: [{ value }] } });
    }
    const constant = { title: 'Four', scale: { domain: [Number.NaN, 1] } };
    expect(specs.get(constant)).toBe(constant);
    expect(specs.get({ ...constant, title: 'Five' })).toEqual({ ...constant, title: 'Five' });
    expect(calls()).toBe(11);
  });

  it('keeps layers of equal data as Vega-Lite compiles them, merged or not', () => {
    const { specs } = counting(vegaLite);
    for (const [a, b] of [[[1, 2], [1, 2]], [[3, 4], [5, 6]], [[7], [7]], [[8, 9], [9, 8]]] as const) {
      expect(specs.get(layered([...a], [...b]))).toEqual(vegaLite(layered([...a], [...b])));
    }
  });

  it('treats an empty title or data as part of the shape', () => {
    const { specs, calls } = counting(vegaLite);
    const empty = bars('', 'Crimes', []);
    const full = bars('Arson', 'Crimes', [{ name: 'Ashby', value: 1, place: 0 }]);
    expect(specs.get(empty)).toEqual(vegaLite(empty));
    expect(specs.get(full)).toEqual(vegaLite(full));
    // Two shapes, each compiled directly: a first chart of a shape is never filled in.
    expect(calls()).toBe(2);
  });

  it('checks a shape against its first chart as it was given, whatever drawing did to its data after', () => {
    const { specs, calls } = counting(vegaLite);
    const first = bars('One', 'Crimes', [{ name: 'Ashby', value: 1, place: 0 }]);
    expect(specs.get(first)).toEqual(vegaLite(first));
    // Vega adds fields to the objects of the data it draws.
    (first.data as { values: Record<string, unknown>[] }).values[0]!.y_sort = 0;
    const second = bars('Two', 'Crimes', [{ name: 'Brook', value: 2, place: 0 }]);
    const third = bars('Three', 'Crimes', [{ name: 'Colne', value: 3, place: 0 }]);
    expect(specs.get(second)).toEqual(vegaLite(second));
    expect(specs.get(third)).toEqual(vegaLite(third));
    expect(calls()).toBe(2);
  });

  it('fills a title that generated code quotes as a string literal, as Vega writes the code for a title', () => {
    const quoting = (spec: unknown) => ({ code: `_.text = ${JSON.stringify((spec as { title: string }).title)};` });
    const { specs, calls } = counting(quoting);
    for (const title of ['Ashby', 'Brook "the" \\ Colne', 'Line\u2028separated']) {
      expect(JSON.stringify(specs.get({ title }))).toBe(JSON.stringify({ code: `_.text = ${JSON.stringify(title).replace('\u2028', '\\u2028')};` }));
    }
    expect(calls()).toBe(2);
  });

  it('compiles directly every time when the compiler copies a title into other text', () => {
    const { specs, calls } = counting((spec) => ({ expr: `title is ${(spec as { title: string }).title}` }));
    expect(specs.get({ title: 'Ashby' })).toEqual({ expr: 'title is Ashby' });
    expect(specs.get({ title: 'Brook' })).toEqual({ expr: 'title is Brook' });
    expect(specs.get({ title: 'Colne' })).toEqual({ expr: 'title is Colne' });
    // Learning failed on the first; the shape is then never filled in.
    expect(calls()).toBe(4);
  });

  it('compiles directly a spec whose own text contains the hole mark', () => {
    const { specs, calls } = counting((spec) => ({ text: (spec as { title: string }).title }));
    expect(specs.get({ title: 'Ashby' })).toEqual({ text: 'Ashby' });
    expect(specs.get({ title: 'Brook' })).toEqual({ text: 'Brook' });
    expect(calls()).toBe(2);
    expect(specs.get({ title: 'private \uE000 use' })).toEqual({ text: 'private \uE000 use' });
    expect(calls()).toBe(3);
  });

  it('compiles directly every time when the hollow spec does not compile', () => {
    const { specs, calls } = counting((spec) => {
      const title = (spec as { title: string }).title;
      if (title.startsWith('\uE000')) throw new Error('no holes here');
      return { text: title };
    });
    expect(specs.get({ title: 'Ashby' })).toEqual({ text: 'Ashby' });
    expect(specs.get({ title: 'Brook' })).toEqual({ text: 'Brook' });
    expect(calls()).toBe(3);
  });

  it('does not let one chart change what the next is given', () => {
    const { specs } = counting(vegaLite);
    const first = specs.get(bars('One', 'Crimes', [{ name: 'Ashby', value: 1, place: 0 }])) as { title?: unknown };
    first.title = 'changed';
    const second = bars('Two', 'Crimes', [{ name: 'Brook', value: 2, place: 0 }]);
    expect(specs.get(second)).toEqual(vegaLite(second));
  });
});

describe("the document's charts", () => {
  /** The spec each chart builder hands to be drawn. */
  const specOf = async (build: (draw: DrawSvg) => Promise<unknown>): Promise<TopLevelSpec> => {
    let drawn: TopLevelSpec | undefined;
    await build(async (spec) => {
      drawn = spec;
      return '<svg></svg>';
    });
    return drawn as TopLevelSpec;
  };
  const months = Array.from({ length: 20 }, (_, i) => `${2023 + Math.floor((i + 3) / 12)}-${String(((i + 3) % 12) + 1).padStart(2, '0')}`);
  const spc = (title: string, values: number[]) => {
    const chart = xmrChart(values, { improvement: 'decrease', screenOutliers: true });
    return (draw: DrawSvg) => spcChart({ title, measureLabel: 'Crimes per month', labels: months, chart, improvement: 'decrease', summary: summariseSpc(chart, 'decrease') }, draw);
  };
  const areas = (values: number[], home = 2) => values.map((value, i) => ({ name: `Area ${i}`, value, home: i === home }));
  const league = (title: string, values: number[], home = 2) => (draw: DrawSvg) =>
    leagueChart({ title, unit: 'Crimes per 1,000', polarity: 'lower_is_better', benchmark: { name: 'County', value: 5 }, areas: areas(values, home) }, draw);
  const wards = (title: string, values: number[]) => (draw: DrawSvg) =>
    wardChart({ title, unit: 'Crimes', wards: values.map((value, i) => ({ name: `Ward ${i}`, value })) }, draw);

  /** What the renderer remembers: the Vega spec and the dataflow Vega parses from it. */
  const vegaDataflow = (spec: unknown) => {
    const vgSpec = vegaLite(spec);
    return { vgSpec, dataflow: vega.parse(vgSpec) };
  };

  it('are compiled once per kind, whatever their titles, values and order', async () => {
    const pairs = [
      [spc('Burglary', [5, 7, 6, 8, 9, 7, 6, 5, 7, 8, 9, 10, 8, 7, 6, 8, 9, 7, 6, 8]), spc('Robbery', [15, 17, 16, 18, 19, 17, 16, 15, 17, 18, 19, 20, 18, 17, 16, 18, 19, 17, 16, 18])],
      [league('Burglary', [1, 9, 4, 6]), league('Robbery', [8, 2, 5, 3])],
      [wards('Burglary', [3, 1, 2]), wards('Robbery', [10, 30, 20])],
    ];
    for (const [first, second] of pairs) {
      const { specs, calls } = counting(vegaDataflow);
      const a = await specOf(first!);
      const b = await specOf(second!);
      expect(JSON.stringify(specs.get(a))).toBe(JSON.stringify(vegaDataflow(a)));
      expect(calls()).toBe(1);
      // The second is filled in, down to the code Vega generates to draw its title.
      expect(JSON.stringify(specs.get(b))).toBe(JSON.stringify(vegaDataflow(b)));
      expect(JSON.stringify(vegaDataflow(b))).toContain('\\"Robbery\\"');
      expect(calls()).toBe(2);
    }
  });

  it("are one kind for every district's league table, so a county batch compiles it once", async () => {
    const { specs, calls } = counting(vegaDataflow);
    const charts = await Promise.all([league('Burglary', [1, 9, 4, 6], 0), league('Burglary', [1, 9, 4, 6], 1), league('Robbery', [8, 2, 5, 3], 3)].map(specOf));
    for (const chart of charts) expect(JSON.stringify(specs.get(chart))).toBe(JSON.stringify(vegaDataflow(chart)));
    // Each district's name is a parameter's value, filled in like a title.
    expect(JSON.stringify(charts[1])).toContain('"params":[{"name":"home_name","value":"Area 1"}]');
    expect(calls()).toBe(2);
  });
});
