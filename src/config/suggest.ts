/**
 * "Did you mean ...?" suggestions for misspelt keys, measure ids and option values. Shared by
 * the configuration and ingest stages so both suggest the same way.
 */

/** Optimal string alignment distance: a swapped pair of letters counts as one typo, as people make them. */
function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The candidate closest to `word`, or undefined when none is close enough to be a likely typo.
 * A candidate that starts with or contains the word (e.g. `burglary` -> `burglary_residential`)
 * also counts, because analysts often shorten ids.
 */
export function closestMatch(word: string, candidates: Iterable<string>): string | undefined {
  const target = word.trim().toLowerCase();
  if (target === '') return undefined;
  const limit = Math.max(1, Math.round(target.length / 3));
  let best: string | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const lower = candidate.toLowerCase();
    let score = editDistance(target, lower);
    if (score > limit) score = target.length >= 4 && lower.includes(target) ? limit + 0.5 : Number.POSITIVE_INFINITY;
    if (score < bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

/** ' Did you mean "x"?' ready to append to a message, or '' when nothing is close. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const match = closestMatch(word, candidates);
  return match === undefined ? '' : ` Did you mean "${match}"?`;
}

/** `a, b and c`, for listing expected values in messages. */
export function listWords(words: readonly string[], conjunction = 'or'): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words[words.length - 1]}`;
}
