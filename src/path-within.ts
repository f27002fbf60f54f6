import path from 'node:path';

/** Whether `inner` is `outer` or lies inside it (both resolved): a prefix of the name alone is not enough (out/2024-march is not in out/2024). */
export function isWithin(inner: string, outer: string): boolean {
  return inner === outer || inner.startsWith(outer.endsWith(path.sep) ? outer : outer + path.sep);
}
