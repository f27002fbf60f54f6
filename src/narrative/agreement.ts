/**
 * Subject-verb agreement for measure labels used as sentence subjects: "Shoplifting has",
 * "Deliberate fires have". The head noun is found the way an analyst would read the label:
 * after an en dash only when that part names a quantity ("Domestic abuse – number of
 * incidents" -> "number"), otherwise before it ("Road traffic collisions – killed or seriously
 * injured" -> "collisions"); without brackets, and before a qualifier ("Theft of pedal cycle").
 */
const QUANTITY_AFTER_DASH = /^(number|%|percentage|rate|proportion|share|count|all|casualties)\b/i;
const QUALIFIERS = /\s(of|for|in|who|from|against|entering|with|aged|by|on)\s.*$/;
const IRREGULAR_PLURALS = new Set(['people', 'children', 'police', 'men', 'women']);
const SINGULAR_ENDINGS = /(ss|us|is|ness|ics)$/;

export function isPluralLabel(label: string): boolean {
  const [beforeDash, ...rest] = label.split(/\s[–-]\s/);
  const afterDash = rest.join(' – ');
  const subject = afterDash && QUANTITY_AFTER_DASH.test(afterDash.trim()) ? afterDash : beforeDash!;
  const head = subject.replace(/\([^)]*\)/g, '').replace(QUALIFIERS, '').trim().toLowerCase();
  const lastWord = head.split(/\s+/).at(-1) ?? '';
  if (IRREGULAR_PLURALS.has(lastWord)) return true;
  return lastWord.endsWith('s') && !SINGULAR_ENDINGS.test(lastWord);
}

/** Turns a predicate written for a singular subject ("has increased") into the label's number. */
export function agreeWith(label: string, predicate: string): string {
  return isPluralLabel(label) ? predicate.replace(/^has /, 'have ') : predicate;
}
