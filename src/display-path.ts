import path from 'node:path';

/** A path as a user would type it: relative inside the working folder, in full outside it (never ../../). */
export function displayPath(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  return rel === '' || rel.startsWith('..') || path.isAbsolute(rel) ? file : rel;
}
