import { fillContents, readNumbers } from './fill-contents.js';
import { contentsEdits, contentsPageNumbers } from './page-edits.js';

/**
 * The printed document with its contents numbered in place (fill-contents.ts), when `printed`
 * shows `shown` and the numbered document `numbered` differs from it only in the numbers of the
 * bundled contents. The numbers are then read back from the file written, and must be those
 * wanted, in the order the page draws them, so a page that is not as expected can never give a
 * wrong number: undefined, and the document is printed again with the numbers.
 */
export function numberInPlace(printed: Uint8Array, shown: string, numbered: string): Uint8Array | undefined {
  const edits = contentsEdits(shown, numbered);
  const placeholders = contentsPageNumbers(shown);
  const numbers = contentsPageNumbers(numbered);
  if (edits?.length !== 1 || placeholders === undefined || numbers === undefined || numbers.length === 0 || placeholders.length !== numbers.length) return undefined;
  const byPlaceholder = new Map(placeholders.map((placeholder, i) => [placeholder, numbers[i]!]));
  if (byPlaceholder.size !== placeholders.length || placeholders.some((p) => !/^\d+$/.test(p)) || numbers.some((n) => !/^\d+$/.test(n))) return undefined;
  // The contents come before the first heading they list.
  const pages = Array.from({ length: Math.min(...numbers.map(Number)) - 1 }, (_, i) => i + 1);
  const filled = fillContents(printed, { numbers: byPlaceholder, pages });
  if (filled === undefined) return undefined;
  return readNumbers(filled.pdf, filled.pages, filled.runs)?.join(' ') === filled.drawn.join(' ') ? filled.pdf : undefined;
}
