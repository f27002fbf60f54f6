/**
 * Remembers Vega-Lite compilations by the shape of the spec. A document's charts come in a few
 * kinds that differ only in their data and titles, and compiling Vega-Lite is a third of a
 * chart's drawing time, so a spec is compiled once per shape with its data and titles left as
 * holes, and each chart of that shape gets the compiled spec with its own filled in.
 *
 * The result is always exactly the direct compilation. The first chart of each shape is compiled
 * both ways, and the shape is remembered only if filling the holes gives exactly the direct
 * result (a compiler that copied a title into an expression, or merged layers whose data are
 * equal, would not); otherwise every chart of that shape is compiled directly. Equal data arrays
 * share a hole, so merging layers of equal data keeps the same shape, and empty ones are no holes,
 * since a compiler may treat an empty array or title differently.
 */

/** Marks a hole: a private-use character that no title or datum of ours contains. */
const HOLE = '\uE000';
/** Enough for every shape of a county batch; a run with more starts again rather than grow without bound. */
const MOST_SHAPES = 256;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface Hollowed {
  /** The spec with its holes marked, as JSON: equal for specs of one shape. */
  shape: string;
  /** What fills each hole, by number. */
  fillings: Json[];
}

const isRecord = (value: unknown): value is Record<string, Json> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Replaces each non-empty `values` array and string `title` with a numbered hole. */
function hollow(spec: Json): Hollowed {
  const fillings: Json[] = [];
  const numbers = new Map<string, number>();
  const hole = (filling: Json): number => {
    const text = JSON.stringify(filling);
    if (text.includes(HOLE)) throw new HoleClash();
    let n = numbers.get(text);
    if (n === undefined) {
      n = fillings.push(filling) - 1;
      numbers.set(text, n);
    }
    return n;
  };
  const walk = (value: Json, key: string): Json => {
    if (key === 'values' && Array.isArray(value) && value.length > 0) return [{ [HOLE]: hole(value) }];
    if (key === 'title' && typeof value === 'string' && value !== '') return `${HOLE}${hole(value)}`;
    if (Array.isArray(value)) return value.map((item) => walk(item, ''));
    if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    if (typeof value === 'string' && value.includes(HOLE)) throw new HoleClash();
    return value;
  };
  return { shape: JSON.stringify(walk(spec, '')), fillings };
}

/** A spec whose own text carries the hole mark, or a compilation that moved a hole into other text. */
class HoleClash extends Error {}

/** A fresh copy of `template` with each hole filled; throws HoleClash where a hole is not whole. */
function fill(template: Json, fillings: readonly Json[]): Json {
  const walk = (value: Json): Json => {
    if (typeof value === 'string') {
      if (!value.includes(HOLE)) return value;
      const filling = /^\uE000(\d+)$/.exec(value) === null ? undefined : fillings[Number(value.slice(1))];
      if (typeof filling !== 'string') throw new HoleClash();
      return filling;
    }
    if (Array.isArray(value)) {
      const only = value.length === 1 ? value[0] : undefined;
      const n = isRecord(only) && Object.keys(only).length === 1 ? only[HOLE] : undefined;
      if (typeof n === 'number') {
        const filling = fillings[n];
        if (!Array.isArray(filling)) throw new HoleClash();
        return filling;
      }
      return value.map(walk);
    }
    if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
    return value;
  };
  return walk(template);
}

/** Compilations by shape; `null` for a shape whose holes cannot be filled exactly. */
export class CompiledSpecs<Compiled> {
  private readonly byShape = new Map<string, Json | null>();

  constructor(private readonly compile: (spec: unknown) => Compiled) {}

  /** What `compile(spec)` returns, from a remembered compilation where the spec's shape has one. */
  get(spec: unknown): Compiled {
    let hollowed: Hollowed;
    try {
      hollowed = hollow(spec as Json);
    } catch (error) {
      if (error instanceof HoleClash) return this.compile(spec);
      throw error;
    }
    const template = this.byShape.get(hollowed.shape);
    if (template === null) return this.compile(spec);
    if (template !== undefined) return fill(template, hollowed.fillings) as Compiled;
    const direct = this.compile(spec);
    if (this.byShape.size >= MOST_SHAPES) this.byShape.clear();
    this.byShape.set(hollowed.shape, this.learn(hollowed, direct));
    return direct;
  }

  /** The hollow spec's compilation, if filling it gives exactly `direct`. */
  private learn(hollowed: Hollowed, direct: Compiled): Json | null {
    try {
      const template = this.compile(JSON.parse(hollowed.shape)) as Json;
      return JSON.stringify(fill(template, hollowed.fillings)) === JSON.stringify(direct) ? template : null;
    } catch {
      // A hole moved into other text, or the hollow spec itself did not compile cleanly.
      return null;
    }
  }
}
