import { AssessError, ExitCode } from '../../errors.js';
import { MAX_LINE_CHARS } from '../decode.js';
import type { ScanProblem } from './scan-bytes.js';

const csvExpected = 'comma-separated values, with any field that contains a comma, quote or line break in double quotes';
const quoteFix = 'Open the file in a spreadsheet, check the quotes on this line, and save it again as CSV.';

/** The scanner's first problem in the words the general CSV reader uses for the same fault. */
export function scanProblemError(problem: ScanProblem, file: string): AssessError {
  const at = (message: string, details: { found?: string; expected: string; fix: string }, column = problem.column): AssessError =>
    new AssessError(message, ExitCode.badInput, { location: { file, line: problem.line, column }, ...details });
  switch (problem.kind) {
    case 'control':
      return at('The file is not a CSV text file', {
        found: `the control character ${(problem.detail ?? 0).toString(16).padStart(2, '0').toUpperCase()} (hex), which exported text never contains`,
        expected: 'comma-separated text, as Excel saves it with "CSV UTF-8 (Comma delimited)" or "CSV (Comma delimited)"',
        fix: 'Export the data again as CSV, or remove the file from the data folder: a damaged or partly downloaded file contains bytes like these.',
      });
    case 'long-line':
      return at(`Line ${problem.line} is too long to be a row of a CSV file`, {
        found: `more than ${MAX_LINE_CHARS.toLocaleString('en-GB')} characters without a line break`,
        expected: `rows of at most ${MAX_LINE_CHARS.toLocaleString('en-GB')} characters`,
        fix: 'The line breaks were lost or this is not a CSV export: export the data again from the source system.',
      });
    case 'unclosed-quote':
      return at('A quoted field is never closed', { expected: csvExpected, fix: quoteFix });
    case 'quote-in-field':
      return at('A quote mark appears in the middle of a field', { expected: csvExpected, fix: quoteFix });
    case 'text-after-quote':
      return at('A quoted field is followed by more text before the comma', { expected: csvExpected, fix: quoteFix });
    case 'cut-short':
      return at(`The last row stops after ${problem.detail ?? 0} columns, with no line break after it`, {
        expected: 'the file to end with complete rows',
        fix: 'The file was probably cut short while it was saved, copied or downloaded: get a fresh copy of it.',
      });
    case 'lone-cr':
      // The caller reads such a file with the general reader instead; this is only a fallback message.
      return at('The file ends its lines with a lone carriage return (old Mac style)', { expected: 'lines ending in LF or CRLF', fix: 'Save the file again as "CSV UTF-8 (Comma delimited)".' });
  }
}
