import { readCsvTable } from '../csv-table.js';
import { ProblemLog } from '../problems.js';
import { cspKey, emptyOutput, type FormatReader } from './format.js';

/** Header spellings seen in analysts' lookups, as header keys (lower case, spaces collapsed). */
const nameKeys = ['csp_name', 'csp name', 'community safety partnership', 'community safety partnership name', 'csp'];
const codeKeys = ['area_code', 'area code', 'code', 'lad_code', 'lad code', 'local authority code'];

const expectedHeader = 'csp_name,area_code';

function firstIndex(keys: readonly string[], wanted: readonly string[]): number | undefined {
  const index = keys.findIndex((key) => wanted.includes(key));
  return index < 0 ? undefined : index;
}

/**
 * Reads the analyst's CSP name -> district code lookup, which the Home Office CSP tables need:
 * they name partnerships only, and the names differ from council names ("Shepway" for Folkestone
 * and Hythe), so they are matched through this list, never guessed.
 */
export const cspLookupFormat: FormatReader = {
  id: 'csp-lookup',
  title: 'Community Safety Partnership lookup (csp_name, area_code)',
  role: 'lookup',
  expectedHeader,
  matches: (keys, fileName) => /^csp[-_ ]?lookup\.csv$/i.test(fileName) || (firstIndex(keys, nameKeys) !== undefined && firstIndex(keys, codeKeys) !== undefined),
  read(text, file) {
    const log = new ProblemLog(file);
    const parsed = readCsvTable(text, file);
    if (!parsed.ok) return emptyOutput({ problems: [parsed.problem] });
    const { table } = parsed;
    const nameIndex = firstIndex(table.keys, nameKeys);
    const codeIndex = firstIndex(table.keys, codeKeys);
    if (nameIndex === undefined || codeIndex === undefined) {
      log.add('The CSP lookup lacks a CSP name or an area code column', table.headerLine, undefined, {
        found: table.header.join(','), expected: expectedHeader, fix: 'Name the columns csp_name and area_code in the first line.',
      });
      return emptyOutput({ problems: log.list() });
    }
    const pairs = new Map<string, { name: string; code: string; line: number }>();
    for (const { line, cells } of table.rows) {
      const name = (cells[nameIndex] ?? '').trim();
      const code = (cells[codeIndex] ?? '').trim();
      if (name === '' || code === '') {
        log.add(`No ${name === '' ? 'CSP name' : 'area code'} on this row`, line, (name === '' ? nameIndex : codeIndex) + 1, {
          found: cells.join(','), expected: 'a CSP name as the Home Office writes it and the code of its district',
        });
        continue;
      }
      const key = cspKey(name);
      const earlier = pairs.get(key);
      if (earlier === undefined) pairs.set(key, { name, code, line });
      else if (earlier.code !== code) {
        // A merged partnership (e.g. "Northern Devon") publishes one figure that cannot be split between districts.
        log.add(`CSP "${name}" is given two area codes`, line, codeIndex + 1, {
          found: `${code} here, ${earlier.code} on line ${earlier.line}`,
          expected: 'one area code per CSP',
          fix: 'A partnership covering several districts publishes one figure: give it one code (e.g. one you list as a comparator) and delete the other row.',
        });
      }
    }
    return emptyOutput({ csp: [...pairs].map(([key, { code }]) => [key, code] as [string, string]), problems: log.list(), rows: table.rows.length });
  },
};
