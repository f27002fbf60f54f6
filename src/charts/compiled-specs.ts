/**
 * Remembers a chart spec's compilation by the shape of the spec. A document's charts come in a
 * few kinds that differ only in their data, titles and parameter values (a league chart's home
 * district), and compiling them (Vega-Lite to Vega, and
 * Vega to its dataflow) was half of a chart's drawing time, so a spec is compiled once per shape
 * with its data and titles left as holes, and each chart of that shape gets the compilation with
 * its own filled in.
 *
 * The result is always exactly the direct compilation. The first chart of each shape is compiled
 * directly; when a second comes, the shape is compiled with holes, and remembered only if
 * filling them as the first chart's gives exactly the first chart's compilation (a compiler that
 * merged layers whose data are equal, or changed a title, would not); otherwise every chart of
 * that shape is compiled directly. A hole is filled where it stands whole, and where generated
 * code quotes it as a string literal, as Vega writes the code that draws a title. Equal data
 * arrays share a hole, so merging layers of equal data keeps the same shape, and empty ones are
 * no holes, since a compiler may treat an empty array or title differently.
 */

/** Marks a hole: a private-use character that no title or datum of ours contains. */
const HOLE = '\uE000';
/** Enough for every shape of a county batch; a run with more starts again rather than grow without bound. */
const MOST_SHAPES = 256;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface Hollowed {
  /** The spec with its holes marked, as JSON: equal for specs of one shape. */
  shape: string;
  /**
   * What fills each hole, by number, as JSON: taken when the spec is, since drawing a chart may
   * add fields to its data's objects.
   */
  fillings: string[];
}

/** A spec whose own text carries the hole mark, or a compilation that moved a hole into other text. */
class HoleClash extends Error {}

/**
 * Whether `value` comes back the same through JSON, which the remembered compilations go through:
 * no NaN or Infinity (null in JSON), no Date, Map or function, no gap in an array. A property
 * that is undefined may go, since reading it gives undefined either way.
 */
function survivesJson(value: unknown): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value);
    case 'object':
      if (value === null) return true;
      if (Array.isArray(value)) return value.every((item) => item !== undefined && survivesJson(item));
      if (value instanceof Date || value instanceof RegExp || value instanceof Map || value instanceof Set || ArrayBuffer.isView(value)) return false;
      return Object.values(value).every((item) => item === undefined || survivesJson(item));
    default:
      return false;
  }
}

const isRecord = (value: unknown): value is Record<string, Json> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Replaces each non-empty `values` array, string `title` and string parameter value with a numbered hole. */
function hollow(spec: Json): Hollowed {
  const fillings: string[] = [];
  const numbers = new Map<string, number>();
  const hole = (filling: Json): number => {
    const text = JSON.stringify(filling);
    if (text.includes(HOLE) || !survivesJson(filling)) throw new HoleClash();
    let n = numbers.get(text);
    if (n === undefined) {
      n = fillings.push(text) - 1;
      numbers.set(text, n);
    }
    return n;
  };
  const walk = (value: Json, key: string): Json => {
    if (key === 'values' && Array.isArray(value) && value.length > 0) return [{ [HOLE]: hole(value) }];
    if (key === 'title' && typeof value === 'string' && value !== '') return `${HOLE}${hole(value)}`;
    if (key === 'params' && Array.isArray(value)) return value.map((param) => (isRecord(param) && typeof param.value === 'string' && param.value !== '' ? { ...param, value: `${HOLE}${hole(param.value)}` } : walk(param, '')));
    if (Array.isArray(value)) return value.map((item) => walk(item, ''));
    if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    if (typeof value === 'string' && value.includes(HOLE)) throw new HoleClash();
    return value;
  };
  return { shape: JSON.stringify(walk(spec, '')), fillings };
}

/** A string as generated code quotes it (Vega's stringValue: JSON, with the two JavaScript line separators escaped). */
const codeString = (text: string): string => JSON.stringify(text).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

/**
 * The compilation's JSON with each hole filled: a data array where `[{"<hole>":n}]` stands, a
 * title where `"<hole>n"` stands, and where code quotes it (`\"<hole>n\"` in JSON). Any other
 * hole mark is one the fill cannot place.
 */
function fill(template: string, fillings: readonly string[]): string {
  return template.replace(/\[\{"\uE000":(\d+)\}\]|"\uE000(\d+)"|\\"\uE000(\d+)\\"|\uE000/g, (_whole, array?: string, string?: string, quoted?: string) => {
    const filling = fillings[Number(array ?? string ?? quoted)] ?? '';
    if (array !== undefined && filling.startsWith('[')) return filling;
    if (string !== undefined && filling.startsWith('"')) return filling;
    if (quoted !== undefined && filling.startsWith('"')) return JSON.stringify(codeString(JSON.parse(filling) as string)).slice(1, -1);
    throw new HoleClash();
  });
}

/** The first chart of a shape: its holes' fillings and its direct compilation, to check a template against. */
interface FirstOfShape {
  fillings: string[];
  direct: string;
}

/**
 * Compilations by shape, as JSON with holes; `null` for a shape whose holes cannot be filled
 * exactly; the first chart of a shape until a second comes, since a shape with one chart (the
 * document's one trend chart) needs no template.
 */
export class CompiledSpecs<Compiled> {
  private readonly byShape = new Map<string, string | null | FirstOfShape>();
  private fillsExactly: boolean | undefined;

  /**
   * `compile` must give plain JSON data: its result is remembered as JSON text. `probe` is a spec
   * whose titles and data hold awkward text (quotes, backslashes, line separators, accents): a
   * shape is only ever checked against its first chart, whose titles may be plain, so the probe
   * checks once that filling holes with such text gives what compiling it does.
   */
  constructor(
    private readonly compile: (spec: unknown) => Compiled,
    private readonly probe?: unknown,
  ) {}

  /** Whether filling holes gives exactly the compiler's result for the probe's awkward text; worked out once. */
  trustsFilling(): boolean {
    this.fillsExactly ??= this.probe === undefined || this.probeFills(this.probe);
    return this.fillsExactly;
  }

  private probeFills(probe: unknown): boolean {
    try {
      const hollowed = hollow(probe as Json);
      return this.template(hollowed.shape, { fillings: hollowed.fillings, direct: JSON.stringify(this.compile(probe)) }) !== null;
    } catch {
      return false;
    }
  }

  /** What `compile(spec)` returns, from a remembered compilation where the spec's shape has one. */
  get(spec: unknown): Compiled {
    let hollowed: Hollowed;
    try {
      hollowed = hollow(spec as Json);
    } catch (error) {
      if (error instanceof HoleClash) return this.compile(spec);
      throw error;
    }
    let known = this.byShape.get(hollowed.shape);
    if (known === undefined) {
      const direct = this.compile(spec);
      if (this.byShape.size >= MOST_SHAPES) this.byShape.clear();
      // A compilation that would not come back the same through JSON is never filled in.
      this.byShape.set(hollowed.shape, survivesJson(direct) ? { fillings: hollowed.fillings, direct: JSON.stringify(direct) } : null);
      return direct;
    }
    if (known !== null && typeof known !== 'string') {
      known = this.learn(hollowed.shape, known);
      this.byShape.set(hollowed.shape, known);
    }
    return known === null ? this.compile(spec) : (JSON.parse(fill(known, hollowed.fillings)) as Compiled);
  }

  /** The shape's template, once the probe has shown filling can be trusted. */
  private learn(shape: string, first: FirstOfShape): string | null {
    return this.trustsFilling() ? this.template(shape, first) : null;
  }

  /** The shape's compilation as JSON with holes, if filling it as `first` gives exactly `first`'s compilation. */
  private template(shape: string, first: FirstOfShape): string | null {
    try {
      const template = JSON.stringify(this.compile(JSON.parse(shape)));
      return fill(template, first.fillings) === first.direct ? template : null;
    } catch {
      // A hole moved into other text, or the hollow spec itself did not compile cleanly.
      return null;
    }
  }
}
