/** Ward hotspots: horizontal bars of the top wards, highest first, each labelled with its value. */

import type { TopLevelSpec } from 'vega-lite';
import { AXIS_FORMAT, decimalsFor, formatNumber, listText, lowerFirst } from './format.js';
import { drawSvg, type DrawSvg } from './draw.js';
import { barBands, COLOURS, CONFIG, sizeOf, VALUE_LABEL } from './theme.js';
import type { ChartView, WardChartInput } from './types.js';

const HEIGHT = 240;
/** The bar thickness is that of this many wards filling the plot. */
const SLOTS = 8;
/** How many wards the alt text names; the table carries the rest. */
const NAMED = 3;

type Ward = WardChartInput['wards'][number];

/** Highest first; ties by name, so the order never depends on the input's. */
function wardOrder(wards: readonly Ward[]): Ward[] {
  return [...wards].sort((a, b) => b.value - a.value || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function spec(input: WardChartInput, order: Ward[], dp: number): TopLevelSpec {
  const bars = order.map((w, place) => ({ ...w, place, label: formatNumber(w.value, dp) }));
  const y = {
    field: 'name',
    type: 'nominal',
    title: null,
    // By a field, not a list of names, so the compiled spec is the same for every ward chart (see compiled-specs.ts).
    sort: { field: 'place', op: 'min' },
    scale: barBands(bars.length, SLOTS),
    axis: { labelLimit: 200, ticks: false },
  } as const;
  const x = {
    field: 'value',
    type: 'quantitative',
    title: input.unit,
    axis: { format: AXIS_FORMAT, tickCount: 6, tickMinStep: dp === 0 ? 1 : 0.1 },
  } as const;
  return {
    ...sizeOf(HEIGHT),
    config: CONFIG,
    title: input.title,
    data: { values: bars },
    layer: [
      { name: 'bars', mark: { type: 'bar', color: COLOURS.blue }, encoding: { x, y } },
      { name: 'values', mark: VALUE_LABEL, encoding: { x, y, text: { field: 'label' } } },
    ],
  };
}

/** A bar chart of the wards given (the caller picks the top N); throws a RangeError on none or a repeated name. */
export async function wardChart(input: WardChartInput, draw: DrawSvg = drawSvg): Promise<ChartView> {
  if (input.wards.length === 0) throw new RangeError('wardChart: no wards');
  if (new Set(input.wards.map((w) => w.name)).size !== input.wards.length) {
    throw new RangeError('wardChart: ward names must be unique');
  }
  const order = wardOrder(input.wards);
  const dp = decimalsFor(order.map((w) => w.value), input.decimals);
  const named = order.slice(0, NAMED).map((w) => `${w.name} (${formatNumber(w.value, dp)})`);
  const wards = order.length === 1 ? 'one ward' : `the top ${order.length} wards`;
  const rest = order.length > NAMED ? ', then the others in the table' : '';
  const alt = `${input.title}: ${lowerFirst(input.unit)} in ${wards}, highest first: ${listText(named)}${rest}.`;
  const caption = `${input.unit} by ward, highest first.`;
  const table = {
    caption: `${input.title}: ${lowerFirst(input.unit)} by ward`,
    headers: ['Ward', input.unit],
    rows: order.map((w) => [w.name, formatNumber(w.value, dp)]),
  };
  const svg = await draw(spec(input, order, dp), { title: input.title, alt });
  return { svg, alt, caption, table };
}
