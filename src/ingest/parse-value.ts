/** Cells that partners use for "no value" (suppressed, not collected): never read as zero. */
const noValue = new Set(['', '-', '–', '—', 'n/a', '*']);

/**
 * Digits with optional well-formed thousands separators, optional decimals, optional %.
 * `1,2` is rejected on purpose: it may be a European decimal comma, and guessing would give a
 * figure ten times too big or small.
 */
const numberPattern = /^([+-]?)((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)\s*(%?)$/;

export const valueExpected = 'a number such as 1205, 1,205, 12.5 or 23.5%, or blank, -, N/A or * for no value';

export type ParsedValue = { ok: true; value: number | null } | { ok: false; expected: string };

/** Reads one value cell as partners write it. A percentage keeps its number: `23.5%` is 23.5. */
export function parseValue(cell: string): ParsedValue {
  const text = cell.trim();
  if (noValue.has(text.toLowerCase())) return { ok: true, value: null };
  const match = numberPattern.exec(text);
  if (match === null) return { ok: false, expected: valueExpected };
  const magnitude = Number(match[2]!.replace(/,/g, ''));
  return { ok: true, value: match[1] === '-' ? -magnitude : magnitude };
}
