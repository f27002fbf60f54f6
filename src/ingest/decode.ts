import { AssessError, ExitCode } from '../errors.js';

export type TextEncoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

/**
 * A file bigger than this is not a partner extract (a year of a county force's street-level
 * crime is ~100 MB). The limit also keeps the decoded text below V8's ~512 M character string
 * limit, so an enormous file is refused with a message instead of failing inside Node.
 */
export const MAX_INPUT_BYTES = 500 * 1024 * 1024;

/** No CSV row from a partner system comes near this; a longer line means lost line breaks or a file that is not CSV. */
export const MAX_LINE_CHARS = 1024 * 1024;

/** How much of the start of a file is examined to tell text from binary, as git and file(1) do. */
const SNIFF_BYTES = 8192;

/**
 * Windows-1252 bytes 0x80-0x9F (WHATWG index). Node 20.18.3+ decodes 'windows-1252' as Latin-1
 * (nodejs/node#60888), which turns – ’ € into invisible control characters, so the table is ours.
 */
const cp1252High = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\u0080-\u009f]/g, (char) => String.fromCharCode(cp1252High[char.charCodeAt(0) - 0x80]!));
}

/**
 * Turns a file's bytes into text. Partners save CSVs from Excel as UTF-8 (often with a BOM),
 * as "Unicode text" (UTF-16) or in the Windows code page; bytes that are not valid UTF-8 can
 * only be the latter in practice, so an accented ward name never becomes replacement characters.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(body), encoding: 'windows-1252' };
  }
}

/** Starts with a UTF-16 byte-order mark, either way round. */
export function hasUtf16Mark(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/** File types partners save by mistake under a .csv name, recognised by their first bytes. */
const signatures: readonly { bytes: readonly number[]; what: string; fix?: string }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'an Excel workbook (.xlsx) or a zip archive', fix: 'Open it in Excel and save the sheet with File > Save As > "CSV UTF-8 (Comma delimited)"; a zip archive should be named .zip.' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old-style Excel workbook (.xls)', fix: 'Open it in Excel and save the sheet with File > Save As > "CSV UTF-8 (Comma delimited)".' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF document' },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive' },
];

const notText = (file: string, found: string, what?: string, fix?: string, line?: number, column?: number): AssessError =>
  new AssessError(`The file is not a CSV text file${what ? `: it looks like ${what}` : ''}`, ExitCode.badInput, {
    location: { file, line, column },
    found,
    expected: 'comma-separated text, as Excel saves it with "CSV UTF-8 (Comma delimited)" or "CSV (Comma delimited)"',
    fix: fix ?? (what
      ? 'This is not data: remove it from the data folder, or rename it so that its name does not end in .csv.'
      : 'Export the data again as CSV, or remove the file from the data folder: a damaged or partly downloaded file contains bytes like these.'),
  });

function hexOf(bytes: Uint8Array): string {
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join(' ');
}

/** Refuses bytes that are not text: known binary formats, and NUL bytes near the start (unless UTF-16 says so). */
function checkBinary(bytes: Uint8Array, file: string): void {
  const signature = signatures.find((s) => s.bytes.every((b, i) => bytes[i] === b));
  if (signature) throw notText(file, `the bytes ${hexOf(bytes.subarray(0, 8))} at the start of the file`, signature.what, signature.fix);
  const head = bytes.subarray(0, SNIFF_BYTES);
  const firstNul = head.indexOf(0);
  if (hasUtf16Mark(head) || firstNul < 0) return;
  let even = 0;
  let odd = 0;
  head.forEach((b, i) => {
    if (b === 0) i % 2 === 0 ? even++ : odd++;
  });
  const half = head.length / 2;
  if (Math.max(even, odd) > half * 0.3 && Math.min(even, odd) < half * 0.02) {
    const order = odd > even ? 'UTF-16LE' : 'UTF-16BE';
    throw new AssessError('The file is saved as UTF-16 ("Unicode text") without the marker that says so', ExitCode.badInput, {
      location: { file },
      found: `a NUL byte between every character (${order} without a byte-order mark)`,
      expected: 'CSV text in UTF-8 or Windows-1252, or UTF-16 starting with its byte-order mark (as Excel saves "Unicode text")',
      fix: 'Open the file in Excel or a text editor and save it again as "CSV UTF-8 (Comma delimited)".',
    });
  }
  const { line, column } = positionOf(Buffer.from(head.buffer, head.byteOffset, firstNul).toString('latin1'), firstNul);
  throw notText(file, `a NUL byte (00) at byte ${(firstNul + 1).toLocaleString('en-GB')}`, undefined, undefined, line, column);
}

/** 1-based line and column of a position in text, counting \n, \r\n and \r as one line break each. */
export function positionOf(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index; i++) {
    const char = text.charCodeAt(i);
    if (char === 10 || (char === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: index - lineStart + 1 };
}

/** The length of the longest run of text between start and end without a \r (old Mac line ends). */
function longestRun(text: string, start: number, end: number): { at: number; length: number } {
  let best = { at: start, length: 0 };
  for (let from = start; from <= end; ) {
    const cr = text.indexOf('\r', from);
    const to = cr < 0 || cr > end ? end : cr;
    if (to - from > best.length) best = { at: from, length: to - from };
    from = to + 1;
  }
  return best;
}

/** Control characters never found in exported text (tab, line breaks, vertical tab and form feed are fine). */
const controlCharacter = /[\u0000-\u0008\u000e-\u001f]/;

function checkLines(text: string, file: string): void {
  const control = controlCharacter.exec(text);
  if (control !== null) {
    const { line, column } = positionOf(text, control.index);
    const code = control[0].charCodeAt(0).toString(16).padStart(2, '0').toUpperCase();
    throw notText(file, `the control character ${code} (hex), which exported text never contains`, undefined, undefined, line, column);
  }
  let start = 0;
  while (start < text.length) {
    const lf = text.indexOf('\n', start);
    const end = lf < 0 ? text.length : lf;
    if (end - start > MAX_LINE_CHARS) {
      // Old Mac exports end lines with \r alone: only a stretch with no break of either kind is too long.
      const run = longestRun(text, start, end);
      if (run.length > MAX_LINE_CHARS) {
        const { line } = positionOf(text, run.at);
        throw new AssessError(`Line ${line} is too long to be a row of a CSV file`, ExitCode.badInput, {
          location: { file, line },
          found: `${run.length.toLocaleString('en-GB')} characters without a line break`,
          expected: `rows of at most ${MAX_LINE_CHARS.toLocaleString('en-GB')} characters`,
          fix: 'The line breaks were lost or this is not a CSV export: export the data again from the source system.',
        });
      }
    }
    start = end + 1;
  }
}

/**
 * The text of an input file, refusing anything that is not CSV text: binary files, UTF-16
 * without its marker, control characters from damaged downloads and enormous lines. A DOS
 * end-of-file mark (Ctrl-Z) left by old tools is dropped.
 */
export function decodeInput(bytes: Uint8Array, file: string): string {
  checkBinary(bytes, file);
  const decoded = decodeText(bytes).text;
  // Found from the end: a pattern anchored at the end is still tried at every character of the file.
  let end = decoded.length;
  while (end > 0 && decoded.charCodeAt(end - 1) === 0x1a) end--;
  const text = end === decoded.length ? decoded : decoded.slice(0, end);
  checkLines(text, file);
  return text;
}
