/**
 * The charts' shared look: the document's font, Okabe-Ito colours (safe for the common forms of
 * colour blindness) and a fixed size that fits the A4 text column.
 */

import type { Config } from 'vega-lite';

export const FONT = "'Source Sans 3', sans-serif";

/** ~170 mm at 96 dpi: the width of the document's text column. */
export const CHART_WIDTH = 640;

export const COLOURS = {
  blue: '#0072B2',
  vermilion: '#D55E00',
  green: '#009E73',
  orange: '#E69F00',
  purple: '#CC79A7',
  grey: '#999999',
  black: '#000000',
  /** Darker than Okabe-Ito grey so thin lines keep 3:1 contrast on white (WCAG 1.4.11). */
  darkGrey: '#767676',
  ink: '#1b1b1b',
  muted: '#4a4a4a',
  /** The non-highlighted bars: light enough that the home bar stands out in greyscale too. */
  paleBlue: '#a8c8e2',
  grid: '#e3e7ec',
} as const;

/** Series colours after the emphasised one (blue). */
export const SERIES_COLOURS = [COLOURS.blue, COLOURS.vermilion, COLOURS.black, COLOURS.green, COLOURS.purple];
/** Dash patterns, so series differ without colour: solid first (the home district). */
export const SERIES_DASHES: number[][] = [[1, 0], [6, 3], [2, 2], [8, 3, 2, 3], [4, 4]];
export const SERIES_SHAPES = ['circle', 'square', 'triangle-up', 'diamond', 'cross'];

export const CONFIG: Config = {
  font: FONT,
  background: 'white',
  // The whole chart is one role="img" with alt text; per-mark ARIA would only be noise.
  aria: false,
  view: { stroke: null },
  title: { fontSize: 13, fontWeight: 600, anchor: 'start', color: COLOURS.ink, offset: 10 },
  axis: {
    labelFontSize: 10,
    labelColor: COLOURS.ink,
    titleFontSize: 10.5,
    titleFontWeight: 600,
    titleColor: COLOURS.ink,
    domainColor: COLOURS.muted,
    tickColor: COLOURS.muted,
    gridColor: COLOURS.grid,
  },
  legend: {
    orient: 'bottom',
    direction: 'horizontal',
    labelFontSize: 10,
    labelColor: COLOURS.ink,
    title: null,
    symbolStrokeWidth: 1.5,
  },
};

/** The value printed at the end of a horizontal bar. */
export const VALUE_LABEL = { type: 'text', align: 'left', baseline: 'middle', dx: 3, fontSize: 10, color: COLOURS.ink } as const;

/**
 * The band scale for a horizontal bar chart of `n` bars in a fixed height: with fewer than
 * `slots` bars the extra space goes above and below, so a short list is not drawn as fat bars.
 */
export const barBands = (n: number, slots: number) => ({ paddingInner: 0.25, paddingOuter: 0.125 + Math.max(0, slots - n) / 2 });

/** Total size in px (padding, axes and legend included): the SVG's width and height. */
export const sizeOf = (height: number) => ({
  width: CHART_WIDTH,
  height,
  autosize: { type: 'fit' as const, contains: 'padding' as const },
  padding: 6,
});
