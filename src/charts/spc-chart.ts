/**
 * An XmR chart as Making Data Count draws it: the monthly values joined by a line, the mean,
 * the process limits and dashed 2-sigma lines per rebased group, and special-cause points marked
 * by shape as well as colour (triangle concern, diamond improvement, square no direction) so the
 * chart still reads in greyscale or to a colour-blind reader.
 */

import type { TopLevelSpec } from 'vega-lite';
import { formatDecimal, formatValue } from '../narrative/format.js';
import { variationFor, type Improvement, type XmrPoint } from '../statistics/spc.js';
import { AXIS_FORMAT, capitalise, listText, lowerFirst, monthName, monthTime } from './format.js';
import { drawSvg, type DrawSvg } from './draw.js';
import { COLOURS, CONFIG, sizeOf } from './theme.js';
import type { ChartView, SpcChartInput } from './types.js';

const HEIGHT = 270;

/**
 * Every legend entry, lines and points alike: one field ('kind') drives colour, shape, dash and
 * size in both layers, so Vega-Lite draws a single legend. Lines differ by dash as well as tone;
 * points by shape as well as colour ('stroke' is the legend's line symbol).
 */
interface Kind {
  label: string;
  colour: string;
  shape: string;
  dash: number[];
  size: number;
  width: number;
}

// A line's size is only its legend symbol's length; a marker's width only its legend symbol's outline.
const line = (label: string, colour: string, dash: number[], width: number): Kind => ({ label, colour, shape: 'stroke', dash, size: 200, width });
const marker = (label: string, colour: string, shape: string, size: number): Kind => ({ label, colour, shape, dash: [1, 0], size, width: 1 });

const KINDS = {
  mean: line('Mean', COLOURS.black, [1, 0], 1.5),
  limits: line('Process limits', COLOURS.muted, [8, 3], 1),
  near: line('2-sigma lines', COLOURS.darkGrey, [2, 2], 1),
  common: marker('Common cause', COLOURS.darkGrey, 'circle', 22),
  concern: marker('Special cause: concern', COLOURS.vermilion, 'triangle-up', 80),
  improvement: marker('Special cause: improvement', COLOURS.blue, 'diamond', 80),
  neither: marker('Special cause (no preferred direction)', COLOURS.muted, 'square', 55),
} as const;

/**
 * A point's kind, read with the direction given to the chart builder (like summariseSpc, it may
 * differ from the one the XmR chart was computed with).
 */
function kindOf(p: XmrPoint, improvement: Improvement): Kind {
  const variation = variationFor(p.side, improvement);
  return variation === 'common' ? KINDS.common : KINDS[variation];
}

/** What a point's rule means, in words, for the table. */
function signalText(p: XmrPoint, improvement: Improvement): string {
  if (p.specialCause === null) return KINDS.common.label;
  const variation = variationFor(p.side, improvement);
  const high = p.side === 'high';
  const rule = {
    outside: high ? 'above the upper limit' : 'below the lower limit',
    trend: high ? 'rising trend' : 'falling trend',
    twoOfThree: `near the ${high ? 'upper' : 'lower'} limit`,
    shift: `run ${high ? 'above' : 'below'} the mean`,
  }[p.specialCause];
  const heading = variation === 'concern' || variation === 'improvement' ? capitalise(variation) : 'Special cause';
  return `${heading}: ${rule}`;
}

function spec(input: SpcChartInput): TopLevelSpec {
  const { chart, labels, improvement } = input;
  const kinds: Kind[] = [KINDS.mean, KINDS.limits, KINDS.near, KINDS.common];
  kinds.push(...(improvement === 'neither' ? [KINDS.neither] : [KINDS.concern, KINDS.improvement]));
  const points = chart.points.map((p) => ({
    t: monthTime(labels[p.index] as string),
    value: p.value,
    kind: kindOf(p, improvement).label,
  }));
  // Each group's five horizontal lines run from its first to its last month, so they break at a rebase.
  const lines = chart.groups.flatMap((g) =>
    (
      [
        [KINDS.mean, 'mean', g.mean],
        [KINDS.limits, 'upper', g.upper],
        [KINDS.limits, 'lower', g.lower],
        [KINDS.near, 'upperNear', g.upperNear],
        [KINDS.near, 'lowerNear', g.lowerNear],
      ] as const
    ).flatMap(([k, edge, y]) =>
      [g.start, g.end].map((i) => ({ t: monthTime(labels[i] as string), y, kind: k.label, key: `${g.group}-${edge}` })),
    ),
  );
  // An explicit 'ordinal' scale maps each kind to its own value (a 'point' scale would interpolate).
  const by = <T>(type: 'nominal' | 'ordinal', pick: (k: Kind) => T) =>
    ({ field: 'kind', type, scale: { type: 'ordinal', domain: kinds.map((k) => k.label), range: kinds.map(pick) } }) as const;
  const x = {
    field: 't',
    type: 'temporal',
    title: null,
    scale: { type: 'utc', padding: 8 },
    axis: { format: '%b %y', tickCount: { interval: 'month', step: chart.points.length > 36 ? 6 : 3 }, grid: false },
  } as const;
  return {
    ...sizeOf(HEIGHT),
    config: CONFIG,
    title: input.title,
    layer: [
      {
        // Names make the SVG's classes readable (e.g. 'points_marks') and give tests a handle.
        name: 'limits',
        data: { values: lines },
        mark: { type: 'line', interpolate: 'linear' },
        encoding: {
          x,
          y: { field: 'y', type: 'quantitative', title: input.measureLabel, scale: { zero: false }, axis: { format: AXIS_FORMAT } },
          detail: { field: 'key' },
          color: by('nominal', (k) => k.colour),
          strokeDash: by('nominal', (k) => k.dash),
          strokeWidth: by('ordinal', (k) => k.width),
        },
      },
      {
        data: { values: points },
        layer: [
          { name: 'series', mark: { type: 'line', color: COLOURS.darkGrey, strokeWidth: 1 }, encoding: { x, y: { field: 'value', type: 'quantitative' } } },
          {
            name: 'points',
            mark: { type: 'point', filled: true, opacity: 1 },
            encoding: {
              x,
              y: { field: 'value', type: 'quantitative' },
              color: by('nominal', (k) => k.colour),
              shape: by('nominal', (k) => k.shape),
              size: by('ordinal', (k) => k.size),
            },
          },
        ],
      },
    ],
  };
}

/** The month-by-month values, centre line and limits behind the chart. */
function table(input: SpcChartInput): ChartView['table'] {
  return {
    caption: `${input.title}: monthly values, mean and process limits`,
    headers: ['Month', 'Value', 'Mean', 'Lower limit', 'Upper limit', 'Signal'],
    rows: input.chart.points.map((p) => [
      monthName(input.labels[p.index] as string),
      formatValue(p.value, false),
      formatDecimal(p.mean),
      formatDecimal(p.lower),
      formatDecimal(p.upper),
      signalText(p, input.improvement),
    ]),
  };
}

function caption(input: SpcChartInput, first: string, last: string): string {
  const { chart, labels } = input;
  const screening = chart.screenOutliers
    ? 'Outlier screening was used: moving ranges of 3.267 times the average or more were left out of the limits.'
    : 'Outlier screening was not used.';
  const rebases = chart.groups.slice(1).map((g) => monthName(labels[g.start] as string));
  const rebased = rebases.length === 0 ? '' : ` The mean and limits were recalculated from ${listText(rebases)}.`;
  return (
    `XmR chart of ${lowerFirst(input.measureLabel)}, ${first} to ${last}: the mean (solid line), process limits ` +
    `(mean ± 2.66 × average moving range; long dashes) and 2-sigma lines (short dashes); ` +
    `special-cause points are marked by shape and colour. ` +
    `${screening}${rebased}`
  );
}

/** An XmR chart for one measure. Throws a RangeError when the labels do not match the points. */
export async function spcChart(input: SpcChartInput, draw: DrawSvg = drawSvg): Promise<ChartView> {
  const { chart, labels } = input;
  if (labels.length !== chart.points.length) {
    throw new RangeError(`labels has ${labels.length} entries for ${chart.points.length} points`);
  }
  const first = monthName(labels[0] as string);
  const last = monthName(labels[labels.length - 1] as string);
  const group = chart.groups[chart.groups.length - 1];
  if (group === undefined) throw new RangeError('the chart has no groups');
  const since = chart.groups.length > 1 ? ` since ${monthName(labels[group.start] as string)}` : '';
  const alt =
    `${input.title}: ${chart.points.length} monthly values from ${first} to ${last}, with a mean of ` +
    `${formatDecimal(group.mean)}${since}. ${capitalise(input.summary.replace(/\.$/, ''))}.`;
  const svg = await draw(spec(input), { title: input.title, alt });
  return { svg, alt, caption: caption(input, first, last), table: table(input) };
}
