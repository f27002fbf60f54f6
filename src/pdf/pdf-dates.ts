/**
 * Chromium stamps the time of printing into the PDF's document information dictionary
 * (/CreationDate and /ModDate): the only bytes that differ between two prints of the same
 * document. They are overwritten in place with a date taken from the inputs, keeping every byte
 * offset (the cross-reference table) valid, so the same inputs give the same PDF.
 */

import { latin1Text } from './latin1.js';

/** "D:20241120000000" for a UTC time: PDF's date syntax (ISO 32000-1, 7.9.4) without the zone. */
function pdfDateDigits(date: Date): string {
  const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
  return `D:${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}`;
}

/**
 * The replacement for one date as Chromium wrote it, of exactly the same length: the zone part
 * ("+01'00'", "Z") keeps its shape with every offset zero, since the new date is in UTC.
 */
function sameLengthDate(written: string, date: Date): string | undefined {
  const match = /^D:\d{14}(.*)$/.exec(written);
  if (match === null) return undefined;
  const zone = match[1]!.replace(/[+-]/, '+').replace(/\d/g, '0');
  return pdfDateDigits(date) + zone;
}

/** Where the information dictionary is: the object the trailer's /Info points at. */
function infoDictionaryRange(text: string): { start: number; end: number } | undefined {
  const trailer = text.lastIndexOf('trailer');
  const info = /\/Info\s+(\d+)\s+(\d+)\s+R/.exec(text.slice(trailer < 0 ? Math.max(0, text.length - 4096) : trailer));
  if (info === null) return undefined;
  const header = new RegExp(`(^|[\\r\\n])${info[1]}\\s+${info[2]}\\s+obj\\b`).exec(text);
  if (header === null) return undefined;
  const end = text.indexOf('endobj', header.index);
  return end < 0 ? undefined : { start: header.index, end };
}

/**
 * A copy of the PDF whose /CreationDate and /ModDate are `date`. A PDF without an information
 * dictionary, or with dates in a form this does not recognise, is returned unchanged: a
 * difference there is better than a PDF with broken offsets.
 */
export function fixPdfDates(pdf: Uint8Array, date: Date): Uint8Array {
  // latin1 maps every byte to one character, so string offsets are byte offsets.
  const text = latin1Text(pdf);
  const range = infoDictionaryRange(text);
  if (range === undefined) return pdf;
  const fixed = new Uint8Array(pdf);
  const dictionary = text.slice(range.start, range.end);
  for (const match of dictionary.matchAll(/\/(?:CreationDate|ModDate)\s*\(([^)]*)\)/g)) {
    const written = match[1]!;
    const replacement = sameLengthDate(written, date);
    if (replacement === undefined || replacement.length !== written.length) continue;
    const at = range.start + match.index + match[0].indexOf('(') + 1;
    for (let i = 0; i < replacement.length; i++) fixed[at + i] = replacement.charCodeAt(i);
  }
  return fixed;
}
