import type { TopLevelSpec } from 'vega-lite';

export interface RenderOptions {
  /** The chart's title, repeated as the SVG's <title>. */
  title: string;
  /** The accessible name (aria-label). */
  alt: string;
}

/** Turns a chart's spec into the <svg> element the document embeds. */
export type DrawSvg = (spec: TopLevelSpec, options: RenderOptions) => Promise<string>;

/**
 * Draws at once. Vega is loaded on first use, not with the chart builders: it takes a tenth of a
 * second, which a build spends while the browser is busy loading the document.
 */
export const drawSvg: DrawSvg = async (spec, options) => (await import('./render.js')).renderSvg(spec, options);
