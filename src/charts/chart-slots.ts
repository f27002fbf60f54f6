import type { TopLevelSpec } from 'vega-lite';
import type { PageEdit } from '../pdf/page-edits.js';
import { drawSvg, type DrawSvg, type RenderOptions } from './draw.js';

export interface DrawnCharts {
  /** The document with every slot replaced by its chart. */
  fill: (html: string) => string;
  /** The same change, made to the page already loaded. */
  edits: PageEdit[];
  /** False if a chart came out another size than its slot, so the draft's layout does not hold. */
  sameBoxes: boolean;
}

interface Box {
  width: string;
  height: string;
  viewBox: string;
}

const SLOT = /<svg [^>]*data-chart-slot="(\d+)"[^>]*><\/svg>/g;

function rootBox(svg: string): Box | undefined {
  const open = /^<svg\b[^>]*>/.exec(svg)?.[0];
  const attribute = (name: string): string | undefined => (open === undefined ? undefined : new RegExp(`\\s${name}="([^"]*)"`).exec(open)?.[1]);
  const [width, height, viewBox] = [attribute('width'), attribute('height'), attribute('viewBox')];
  return width === undefined || height === undefined || viewBox === undefined ? undefined : { width, height, viewBox };
}

/** The size a spec promises: every chart here has a fixed width and height that include its padding. */
function promisedBox(spec: TopLevelSpec): Box | undefined {
  const { width, height, autosize } = spec as { width?: unknown; height?: unknown; autosize?: { type?: string; contains?: string } };
  if (typeof width !== 'number' || typeof height !== 'number' || autosize?.type !== 'fit' || autosize.contains !== 'padding') return undefined;
  return { width: String(width), height: String(height), viewBox: `0 0 ${width} ${height}` };
}

const sameBox = (a: Box | undefined, b: Box): boolean => a !== undefined && a.width === b.width && a.height === b.height && a.viewBox === b.viewBox;

/**
 * Charts drawn while the browser loads the document. Every chart's box is fixed by its spec, so
 * the draft gets an empty <svg> of the same size in each chart's place, and the charts are drawn
 * while the browser works, then put into the page and the document. A chart that does not come
 * out the size of its slot is reported, and the caller loads the whole document instead: the
 * contents' page numbers must be those of the final document.
 */
export class ChartSlots {
  private readonly pending: { spec: TopLevelSpec; options: RenderOptions; box: Box; drawing?: Promise<string> }[] = [];

  /**
   * With `elsewhere` (another thread), each chart is sent there as soon as its slot is handed out,
   * so the drawing starts while the rest of the document is still being put together.
   */
  constructor(
    private readonly drawNow: DrawSvg = drawSvg,
    private readonly elsewhere?: DrawSvg,
  ) {}

  /** Hands out an empty slot of the chart's size, or draws at once a chart whose size is not fixed. */
  readonly draw: DrawSvg = (spec, options) => {
    const box = promisedBox(spec);
    if (box === undefined) return this.drawNow(spec, options);
    const slot = this.pending.length;
    const drawing = this.elsewhere?.(spec, options);
    // Awaited in drawAll; a chart failing before then must not count as unhandled.
    drawing?.catch(() => undefined);
    this.pending.push({ spec, options, box, ...(drawing ? { drawing } : {}) });
    return Promise.resolve(`<svg xmlns="http://www.w3.org/2000/svg" width="${box.width}" height="${box.height}" viewBox="${box.viewBox}" class="chart" data-chart-slot="${slot}"></svg>`);
  };

  /**
   * Every chart handed out as a slot, drawn: on the other thread if there is one, which leaves
   * this thread free to drive the browser (measured: quicker than sharing the charts with it);
   * else here, letting the event loop take in what has arrived between charts (Vega's own awaits
   * are promise jobs, which never do), so the browser's replies are answered.
   */
  async drawAll(): Promise<DrawnCharts> {
    const svgs: string[] = [];
    for (const { spec, options, drawing } of this.pending) {
      if (drawing === undefined) await new Promise((resolve) => setImmediate(resolve));
      svgs.push(await (drawing ?? this.drawNow(spec, options)));
    }
    return {
      fill: (html) => html.replace(SLOT, (whole, slot: string) => svgs[Number(slot)] ?? whole),
      edits: svgs.map((svg, slot) => ({ selector: `svg[data-chart-slot="${slot}"]`, html: svg })),
      sameBoxes: this.pending.every(({ box }, slot) => sameBox(rootBox(svgs[slot]!), box)),
    };
  }
}
