/**
 * The county league table for one measure: a bar per district, best first by the measure's
 * polarity, the home district in a darker fill with a bold name and value, and a labelled
 * vertical rule at the county figure. Districts without a value are left out of the bars (a zero
 * bar would misstate them) and listed as "n/a" in the table.
 */

import type { TopLevelSpec } from 'vega-lite';
import { ordinal } from '../narrative/format.js';
import type { Polarity } from '../model.js';
import { AXIS_FORMAT, decimalsFor, formatNumber, lowerFirst } from './format.js';
import { drawSvg, type DrawSvg } from './draw.js';
import { barBands, COLOURS, CONFIG, sizeOf, VALUE_LABEL } from './theme.js';
import type { ChartView, LeagueArea, LeagueChartInput } from './types.js';

const HEIGHT = 280;
/** The bar thickness is that of this many areas filling the plot (a county has about a dozen districts). */
const SLOTS = 12;

/** Best first: lowest first when lower is better, otherwise highest first; ties by name so the order is stable. */
export function leagueOrder(areas: readonly LeagueArea[], polarity: Polarity): LeagueArea[] {
  const sign = polarity === 'lower_is_better' ? 1 : -1;
  const byName = (a: LeagueArea, b: LeagueArea): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const valued = areas.filter((a) => a.value !== null).sort((a, b) => sign * ((a.value as number) - (b.value as number)) || byName(a, b));
  return [...valued, ...areas.filter((a) => a.value === null).sort(byName)];
}

/** The parameter holding the home district's name, for the condition that makes its label bold. */
const HOME_PARAM = 'home_name';

function spec(input: LeagueChartInput, order: LeagueArea[], dp: number): TopLevelSpec {
  const bars = order.filter((a) => a.value !== null).map((a, place) => ({ ...a, place, label: formatNumber(a.value, dp) }));
  const home = bars.find((a) => a.home)?.name;
  // The name is a parameter, not written into the test, so every district's league charts are of one
  // compiled shape (compiled-specs.ts fills a parameter's value as it fills a title): in a county
  // batch, one compilation instead of one per district.
  const isHome = home === undefined ? 'false' : `datum.value === ${HOME_PARAM}`;
  const y = {
    field: 'name',
    type: 'nominal',
    title: null,
    // By a field, not a list of names, so the compiled spec is the same for every measure (see compiled-specs.ts).
    sort: { field: 'place', op: 'min' },
    scale: barBands(bars.length, SLOTS),
    axis: {
      labelFontWeight: { condition: { test: isHome, value: 'bold' }, value: 'normal' },
      labelLimit: 180,
      ticks: false,
    },
  } as const;
  const x = { field: 'value', type: 'quantitative', title: input.unit, axis: { format: AXIS_FORMAT, grid: true, tickCount: 6 } } as const;
  const benchmark = input.benchmark;
  const benchmarkLayers =
    benchmark === null
      ? []
      : [
          {
            data: { values: [{ value: benchmark.value, label: `${benchmark.name}: ${formatNumber(benchmark.value, dp)}` }] },
            layer: [
              { name: 'benchmark', mark: { type: 'rule' as const, color: COLOURS.black, strokeWidth: 1.5, strokeDash: [5, 3] }, encoding: { x } },
              // The label goes above the plot, so it never sits on a bar.
              {
                name: 'benchmark_label',
                mark: { ...VALUE_LABEL, align: 'center' as const, baseline: 'bottom' as const, dx: 0, y: -3, fontWeight: 'bold' as const },
                encoding: { x, text: { field: 'label' } },
              },
            ],
          },
        ];
  // Vega-Lite has no fontWeight channel, so the home value is its own layer. Only non-empty layers
  // are drawn: an empty one has no extent and Vega warns.
  const valueLayers = [false, true]
    .filter((bold) => bars.some((a) => a.home === bold))
    .map((bold) => ({
      name: bold ? 'home_value' : 'values',
      data: { values: bars.filter((a) => a.home === bold) },
      mark: { ...VALUE_LABEL, fontWeight: bold ? ('bold' as const) : ('normal' as const) },
      encoding: { x, y, text: { field: 'label' } },
    }));
  const fill = { field: 'home', type: 'nominal', scale: { domain: [true, false], range: [COLOURS.blue, COLOURS.paleBlue] }, legend: null } as const;
  return {
    ...sizeOf(HEIGHT),
    config: CONFIG,
    title: input.title,
    ...(home === undefined ? {} : { params: [{ name: HOME_PARAM, value: home }] }),
    // In this order so the value labels sit on top of the county line.
    layer: [
      { name: 'bars', data: { values: bars }, mark: { type: 'bar', stroke: COLOURS.blue, strokeWidth: 0.75 }, encoding: { x, y, color: fill } },
      ...benchmarkLayers,
      ...valueLayers,
    ],
  };
}

/** 'Northtown is 3rd lowest of 12 at 45.2, against Countyshire's 40.1.' */
function homeSentence(input: LeagueChartInput, order: LeagueArea[], dp: number): string {
  const home = order.find((a) => a.home);
  if (home === undefined) return '';
  const value = home.value;
  if (value === null) return ` ${home.name} has no value.`;
  const valued = order.flatMap((a) => (a.value === null ? [] : [a.value]));
  const lowFirst = input.polarity === 'lower_is_better';
  // Rank = 1 + the areas strictly ahead, so tied areas share a place.
  const ahead = valued.filter((v) => (lowFirst ? v < value : v > value)).length;
  const place = `${ordinal(ahead + 1)} ${lowFirst ? 'lowest' : 'highest'} of ${valued.length}`;
  const against = input.benchmark === null ? '' : `, against ${input.benchmark.name}'s ${formatNumber(input.benchmark.value, dp)}`;
  return ` ${home.name} is ${place} at ${formatNumber(value, dp)}${against}.`;
}

/** A horizontal bar chart of the districts; throws a RangeError on a repeated name or if no area has a value. */
export async function leagueChart(input: LeagueChartInput, draw: DrawSvg = drawSvg): Promise<ChartView> {
  const names = new Set(input.areas.map((a) => a.name));
  if (names.size !== input.areas.length) throw new RangeError('leagueChart: area names must be unique');
  if (input.areas.every((a) => a.value === null)) throw new RangeError('leagueChart: no area has a value');
  const order = leagueOrder(input.areas, input.polarity);
  const dp = decimalsFor([...input.areas.map((a) => a.value), input.benchmark?.value ?? null], input.decimals);
  const shown = order.filter((a) => a.value !== null).length;
  const sorting = { lower_is_better: 'lowest (best) first', higher_is_better: 'highest (best) first', neutral: 'highest first' }[input.polarity];
  const alt = `${input.title}: ${lowerFirst(input.unit)} for ${shown} areas, ${sorting}.${homeSentence(input, order, dp)}`;
  const home = order.find((a) => a.home && a.value !== null);
  const missing = order.filter((a) => a.value === null).map((a) => a.name);
  const caption =
    `${input.unit} by area, ${sorting}` +
    (home === undefined ? '' : `; ${home.name} is the darker bar with its name in bold`) +
    (input.benchmark === null ? '' : `; the dashed line marks ${input.benchmark.name}`) +
    '.' +
    (missing.length === 0 ? '' : ` No value for ${missing.join(', ')}.`);
  const rows = order.map((a) => [a.name, formatNumber(a.value, dp)]);
  if (input.benchmark !== null) rows.push([input.benchmark.name, formatNumber(input.benchmark.value, dp)]);
  const table = { caption: `${input.title}: ${lowerFirst(input.unit)} by area`, headers: ['Area', input.unit], rows };
  const svg = await draw(spec(input, order, dp), { title: input.title, alt });
  return { svg, alt, caption, table };
}
