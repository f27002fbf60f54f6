/** Reading rendered chart SVG in tests: mark groups by name, their elements and attributes. */

/**
 * The markup of every mark group Vega-Lite named `<name>_marks` (the charts name their layers),
 * each from its opening <g> to the matching </g>.
 */
export function markGroups(svg: string, name: string): string[] {
  const groups: string[] = [];
  const open = new RegExp(`<g class="[^"]*\\b${name}_marks\\b[^"]*"[^>]*>`, 'g');
  for (const m of svg.matchAll(open)) {
    let depth = 0;
    const tags = /<(\/?)g\b[^>]*>/g;
    tags.lastIndex = m.index;
    for (let t = tags.exec(svg); t !== null; t = tags.exec(svg)) {
      depth += t[1] === '/' ? -1 : 1;
      if (depth === 0) {
        groups.push(svg.slice(m.index, tags.lastIndex));
        break;
      }
    }
  }
  return groups;
}

export interface Element {
  tag: string;
  attrs: Record<string, string>;
  text: string;
}

/** The <path>, <line> and <text> elements in `markup`, with their attributes and (for text) content. */
export function elements(markup: string, tag: 'path' | 'line' | 'text'): Element[] {
  const re = tag === 'text' ? /<text\b([^>]*)>([^<]*)<\/text>/g : new RegExp(`<${tag}\\b([^>]*)/?>`, 'g');
  return [...markup.matchAll(re)].map((m) => ({
    tag,
    attrs: Object.fromEntries([...(m[1] ?? '').matchAll(/([\w:-]+)="([^"]*)"/g)].map((a) => [a[1], a[2]])),
    text: m[2] ?? '',
  }));
}

/** Every path of the named mark groups. */
export const markPaths = (svg: string, name: string): Element[] => markGroups(svg, name).flatMap((g) => elements(g, 'path'));

/** Names a symbol by its path: Vega draws circles with arcs and the others as polygons. */
export function shapeOf(d: string): 'circle' | 'triangle' | 'diamond' | 'square' | 'other' {
  if (d.includes('A')) return 'circle';
  const vertices = d.split(/[MLZ]/).filter((p) => p.trim() !== '');
  if (vertices.length === 3) return 'triangle';
  if (vertices.length === 4) return vertices[0]?.endsWith(',0') ? 'diamond' : 'square';
  if (/^M-?[\d.]+,-?[\d.]+h[\d.]+v[\d.]+h-[\d.]+Z$/.test(d)) return 'square';
  return 'other';
}

/** Decodes the five XML entities Vega and the charts write. */
export const unescapeXml = (s: string): string =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** Checks every chart must pass: accessible wrapper, the document's font, nothing external, no script. */
export function wrapperFacts(svg: string) {
  const open = /^<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const attr = (name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`).exec(open)?.[1];
  return {
    role: attr('role'),
    ariaLabel: attr('aria-label') === undefined ? undefined : unescapeXml(attr('aria-label') as string),
    width: attr('width'),
    height: attr('height'),
    title: unescapeXml(/^<svg\b[^>]*><title>([^<]*)<\/title>/.exec(svg)?.[1] ?? ''),
    fonts: [...new Set([...svg.matchAll(/font-family="([^"]*)"/g)].map((m) => m[1]))],
    urls: [...svg.matchAll(/https?:[^"'\s)]*/g)].map((m) => m[0]),
    hasScript: /<script|javascript:|\son[a-z]+="/i.test(svg),
    externalRefs: /(?:href|src)="(?!#)|url\((?!#)|@import/.test(svg),
    innerAria: (svg.slice(open.length).match(/\s(?:role|aria-[a-z]+)="/g) ?? []).length,
  };
}
