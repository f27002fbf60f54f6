/**
 * A function of a cell's text, worked out once for each text it is given: extracts repeat the
 * same few names, codes and periods on every row, and looking a text up costs less than reading
 * it again (a regular expression, a lower-cased copy). For texts that repeat, not for values;
 * the answers are shared between rows, so callers must not change them.
 */
export function remembered<T>(work: (text: string) => T): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    const known = seen.get(text);
    if (known !== undefined || seen.has(text)) return known as T;
    const answer = work(text);
    seen.set(text, answer);
    return answer;
  };
}
