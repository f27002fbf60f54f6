/**
 * Compiles a Vega-Lite spec and renders it to an SVG string in Node: no browser, no canvas, no
 * script in the output. The SVG is then made self-describing (role="img", aria-label, <title>)
 * and deterministic (ids derived from the spec, not from Vega's process-wide counters).
 */

import { createHash } from 'node:crypto';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import type { LoggerInterface } from 'vega';
import type { RenderOptions } from './draw.js';
import { CompiledSpecs } from './compiled-specs.js';
import { useSourceSansMetrics } from './text-width.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Escapes text for an XML attribute value or element content. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Renames every id (Vega numbers clip paths and gradients with counters that depend on what was
 * rendered before) to `<prefix>-<n>` in document order, with references updated to match. The
 * prefix comes from the spec, so two different charts on one page never share an id.
 */
export function renameIds(svg: string, prefix: string): string {
  const ids = [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] as string);
  const names = new Map(ids.map((id, i) => [id, `${prefix}-${i + 1}`]));
  if (names.size === 0) return svg;
  return svg.replace(/(\sid="|url\(#|href="#)([^")]+)/g, (whole, lead: string, id: string) => {
    const name = names.get(id);
    return name === undefined ? whole : `${lead}${name}`;
  });
}

/** A logger that records warnings instead of printing them, and throws on errors. */
function collector(source: string, warnings: string[]): LoggerInterface {
  const logger = {
    // Vega reads the level back (a number) and sets it (returning the logger).
    level: (...args: readonly unknown[]) => (args.length === 0 ? vega.Warn : logger),
    error: (...args: readonly unknown[]) => {
      throw new Error(`${source}: ${args.join(' ')}`);
    },
    warn: (...args: readonly unknown[]) => {
      warnings.push(`${source}: ${args.join(' ')}`);
      return logger;
    },
    info: () => logger,
    debug: () => logger,
  };
  return logger as unknown as LoggerInterface;
}

/**
 * Drops Vega's per-mark ARIA (roles, labels, aria-hidden). The whole chart is one role="img"
 * whose children are presentational, so they only add bytes and give checkers things to query.
 */
function stripInnerAria(body: string): string {
  // Vega escapes '>' in attribute values, so a tag always ends at the first '>'.
  return body.replace(/<[^>]+>/g, (tag) => tag.replace(/\s(?:role|aria-[a-z]+)="[^"]*"/g, ''));
}

/**
 * A Vega-Lite spec compiled to Vega, and that to the dataflow a view runs, remembered by the
 * shape of the spec. The specs are built by code, so a warning (a dropped encoding, say) is a bug
 * to fix, not a message to print in the middle of a build, and a compilation that warns is never
 * remembered.
 */
const compiled = new CompiledSpecs((spec) => {
  const warnings: string[] = [];
  const vgSpec = compile(spec as TopLevelSpec, { logger: collector('Vega-Lite', warnings) }).spec;
  if (warnings.length > 0) throw new Error(warnings.join('; '));
  return { vgSpec, dataflow: vega.parse(vgSpec) };
}, probeSpec('Ab "q" \\ \u2028\u2029 é – <x> \'a\' \n2'));

/** A chart whose every kind of title (chart, axis, legend) and a datum hold `text`: see CompiledSpecs. */
function probeSpec(text: string): TopLevelSpec {
  const x = { field: 'v', type: 'quantitative', title: text } as const;
  const y = { field: 'k', type: 'nominal', title: text, axis: { labelFontWeight: { condition: { test: 'datum.value === probe_text', value: 'bold' }, value: 'normal' } } } as const;
  return {
    title: text,
    width: 300,
    height: 200,
    config: { aria: false },
    // Read by an expression, as a league chart reads the home district's name.
    params: [{ name: 'probe_text', value: text }],
    data: { values: [{ k: text, v: 1 }, { k: 'b', v: 2 }] },
    layer: [
      { mark: 'bar', encoding: { x, y, color: { field: 'k', type: 'nominal', legend: { title: text } } } },
      { mark: { type: 'text', dx: 3 }, encoding: { x, y, text: { field: 'k' } } },
    ],
  };
}

/** Works out once, on this thread, whether the remembered compilations can be trusted: the chart thread does so as it starts. */
export const checkCompiledSpecs = (): boolean => compiled.trustsFilling();

/** Renders `spec` to a standalone, accessible SVG element. */
export async function renderSvg(spec: TopLevelSpec, options: RenderOptions): Promise<string> {
  useSourceSansMetrics();
  const { vgSpec, dataflow } = compiled.get(spec);
  // As for the compiler: a warning (an empty layer's infinite extent, say) is a bug in the spec.
  const warnings: string[] = [];
  const view = new vega.View(dataflow, { renderer: 'none', logger: collector('Vega', warnings) });
  let raw: string;
  try {
    raw = await view.toSVG();
  } finally {
    view.finalize();
  }
  if (warnings.length > 0) throw new Error(warnings.join('; '));
  const open = /^<svg\b[^>]*>/.exec(raw);
  if (open === null) throw new Error('Vega did not return an <svg> element');
  const size = (name: string): string => new RegExp(`\\s${name}="([^"]*)"`).exec(open[0])?.[1] ?? '';
  const hash = createHash('sha256').update(JSON.stringify(vgSpec)).digest('hex').slice(0, 10);
  // xlink is declared but never used (no images); dropping it leaves no URL but the SVG namespace.
  const head =
    `<svg xmlns="${SVG_NS}" width="${size('width')}" height="${size('height')}" viewBox="${size('viewBox')}"` +
    ` role="img" aria-label="${escapeXml(options.alt)}" class="chart">` +
    `<title>${escapeXml(options.title)}</title>`;
  return renameIds(head + stripInnerAria(raw.slice(open[0].length)), `chart-${hash}`);
}
