/**
 * A three-year comparison, e.g. the home district's rate per 1,000 against the county's. The home
 * series is solid and thicker, the others dashed, each with its own point shape, so the lines
 * are told apart without colour. A missing year leaves a gap rather than a line across it.
 */

import type { TopLevelSpec } from 'vega-lite';
import { AXIS_FORMAT, decimalsFor, formatNumber, listText, lowerFirst } from './format.js';
import { drawSvg, type DrawSvg } from './draw.js';
import { CONFIG, SERIES_COLOURS, SERIES_DASHES, SERIES_SHAPES, sizeOf } from './theme.js';
import type { ChartView, TrendChartInput, TrendSeries } from './types.js';

const HEIGHT = 240;

/** The legend shows each series' line (colour and dash); its point shape is extra redundancy on the chart. */
const LEGEND = { symbolType: 'stroke', symbolSize: 400, symbolStrokeWidth: 2 } as const;

interface Style {
  colour: string;
  dash: number[];
  shape: string;
}

/** Emphasised series take the first (solid) styles, the rest follow in input order. */
function styles(series: readonly TrendSeries[]): Map<string, Style> {
  const ordered = [...series.filter((s) => s.emphasis), ...series.filter((s) => !s.emphasis)];
  return new Map(
    ordered.map((s, i) => {
      const style = s.emphasis
        ? { colour: SERIES_COLOURS[0] as string, dash: [1, 0], shape: 'circle' }
        : {
            colour: SERIES_COLOURS[i % SERIES_COLOURS.length] as string,
            dash: SERIES_DASHES[1 + ((i - 1) % (SERIES_DASHES.length - 1))] ?? [6, 3],
            shape: SERIES_SHAPES[i % SERIES_SHAPES.length] as string,
          };
      return [s.name, style];
    }),
  );
}

function spec(input: TrendChartInput, dp: number): TopLevelSpec {
  const style = styles(input.series);
  const names = input.series.map((s) => s.name);
  // Emphasised series last, so their points are drawn on top where values coincide.
  const drawOrder = [...input.series.filter((s) => !s.emphasis), ...input.series.filter((s) => s.emphasis)];
  const rows = drawOrder.flatMap((s) => s.values.map((value, i) => ({ series: s.name, emphasis: s.emphasis, year: input.yearLabels[i], value })));
  const pick = <T>(f: (s: Style) => T) => names.map((n) => f(style.get(n) as Style));
  const scale = <T>(f: (s: Style) => T) => ({ type: 'ordinal' as const, domain: names, range: pick(f) });
  const x = { field: 'year', type: 'ordinal', title: null, sort: [...input.yearLabels], scale: { padding: 0.4 }, axis: { labelAngle: 0 } } as const;
  const y = { field: 'value', type: 'quantitative', title: input.unit, axis: { format: AXIS_FORMAT, tickMinStep: dp === 0 ? 1 : undefined } } as const;
  return {
    ...sizeOf(HEIGHT),
    config: CONFIG,
    title: input.title,
    data: { values: rows },
    layer: [
      {
        name: 'lines',
        // Nulls break the line instead of being joined across.
        mark: { type: 'line', invalid: 'break-paths-show-domains' },
        encoding: {
          x,
          y,
          color: { field: 'series', type: 'nominal', scale: scale((s) => s.colour), legend: LEGEND },
          strokeDash: { field: 'series', type: 'nominal', scale: scale((s) => s.dash), legend: LEGEND },
          // A condition, not a scale: a strokeWidth legend would merge into the line legend and fatten its symbols.
          strokeWidth: { condition: { test: 'datum.emphasis', value: 3 }, value: 1.5 },
        },
      },
      {
        name: 'points',
        mark: { type: 'point', filled: true, size: 60, opacity: 1 },
        encoding: {
          x,
          y,
          color: { field: 'series', type: 'nominal', scale: scale((s) => s.colour) },
          shape: { field: 'series', type: 'nominal', scale: scale((s) => s.shape), legend: null },
        },
      },
    ],
    // Kept apart from the line legend, so the disabled shape legend does not disable it too.
    resolve: { legend: { shape: 'independent' } },
  };
}

/** 'Northtown rose from 45.2 in 2022/23 to 48.1 in 2024/25' (or a single year, or no data). */
function movement(s: TrendSeries, years: readonly string[], dp: number): string {
  const known = s.values.flatMap((v, i) => (v === null ? [] : [{ v, year: years[i] as string }]));
  const first = known[0];
  const last = known[known.length - 1];
  if (first === undefined || last === undefined) return `${s.name} has no values`;
  if (first === last) return `${s.name} was ${formatNumber(first.v, dp)} in ${first.year}`;
  const a = formatNumber(first.v, dp);
  const b = formatNumber(last.v, dp);
  const verb = a === b ? 'was unchanged at' : last.v > first.v ? 'rose from' : 'fell from';
  return a === b
    ? `${s.name} ${verb} ${a} between ${first.year} and ${last.year}`
    : `${s.name} ${verb} ${a} in ${first.year} to ${b} in ${last.year}`;
}

/** A line chart over three years; throws a RangeError when a series does not have three values or none has any. */
export async function trendChart(input: TrendChartInput, draw: DrawSvg = drawSvg): Promise<ChartView> {
  for (const s of input.series) {
    if (s.values.length !== input.yearLabels.length) {
      throw new RangeError(`series '${s.name}' has ${s.values.length} values for ${input.yearLabels.length} years`);
    }
  }
  if (input.series.every((s) => s.values.every((v) => v === null))) throw new RangeError('trendChart: no series has a value');
  const dp = decimalsFor(input.series.flatMap((s) => s.values), input.decimals);
  const alt = `${input.title}: ${listText(input.series.map((s) => movement(s, input.yearLabels, dp)))}.`;
  const style = styles(input.series);
  const lines = input.series.map((s) => `${s.name} (${s.emphasis ? 'solid line' : 'dashed line'}, ${style.get(s.name)?.shape.replace('-up', '')}s)`);
  const gaps = input.series.some((s) => s.values.includes(null)) ? ' A gap marks a year with no value.' : '';
  const caption = `${input.unit}, ${input.yearLabels[0]} to ${input.yearLabels[2]}: ${listText(lines)}.${gaps}`;
  const table = {
    caption: `${input.title}: ${lowerFirst(input.unit)} by year`,
    headers: ['Area', ...input.yearLabels],
    rows: input.series.map((s) => [s.name, ...s.values.map((v) => formatNumber(v, dp))]),
  };
  const svg = await draw(spec(input, dp), { title: input.title, alt });
  return { svg, alt, caption, table };
}
