import type { InputWarning, WardInfo } from '../../model.js';
import { readCsvTable } from '../csv-table.js';
import { ProblemLog } from '../problems.js';
import { emptyOutput, type FormatReader, type LsoaEntry } from './format.js';

/**
 * ONS names its lookup columns after the boundary year (LSOA21CD, WD23NM, LAD23CD...), and the
 * year moves with every release, so columns are found by pattern. Local authorities are LADyy or,
 * in some lookups, LTLAyy (lower tier local authority).
 */
const patterns = {
  lsoaCode: /^lsoa(\d{2})cd$/,
  wardCode: /^wd(\d{2})cd$/,
  wardName: /^wd(\d{2})nm$/,
  areaCode: /^(?:lad|ltla)(\d{2})cd$/,
  areaName: /^(?:lad|ltla)(\d{2})nm$/,
} as const;

type Column = keyof typeof patterns;

/** The column matching a pattern; when a file carries two years (LAD21CD and LAD23CD), the latest. */
function findColumn(keys: readonly string[], pattern: RegExp): number | undefined {
  let best: { index: number; year: number } | undefined;
  keys.forEach((key, index) => {
    const match = pattern.exec(key);
    if (match !== null && (best === undefined || Number(match[1]) > best.year)) best = { index, year: Number(match[1]) };
  });
  return best?.index;
}

function findColumns(keys: readonly string[]): Partial<Record<Column, number>> {
  const found: Partial<Record<Column, number>> = {};
  for (const column of Object.keys(patterns) as Column[]) {
    const index = findColumn(keys, patterns[column]);
    if (index !== undefined) found[column] = index;
  }
  return found;
}

const expectedHeader = 'LSOA21CD,LSOA21NM,WD23CD,WD23NM,LAD23CD,LAD23NM (any boundary years)';

/**
 * Reads an ONS LSOA -> ward -> local authority lookup. Every LSOA is kept, so the street reader
 * can tell an LSOA outside the county from one the lookup lacks; wards are kept only for the
 * county and comparator districts, as those are the wards the document can show.
 */
export const lsoaLookupFormat: FormatReader = {
  id: 'lsoa-lookup',
  title: 'ONS LSOA to ward to local authority lookup',
  role: 'lookup',
  expectedHeader,
  matches: (keys) => findColumn(keys, patterns.lsoaCode) !== undefined && findColumn(keys, patterns.areaCode) !== undefined,
  read(text, file, context) {
    const log = new ProblemLog(file);
    const parsed = readCsvTable(text, file);
    if (!parsed.ok) return emptyOutput({ problems: [parsed.problem] });
    const { table } = parsed;
    const columns = findColumns(table.keys);
    if (columns.lsoaCode === undefined || columns.areaCode === undefined) {
      log.add('The LSOA lookup has no LSOA code or local authority code column', table.headerLine, undefined, {
        found: table.header.join(','), expected: expectedHeader, fix: 'Download the ONS "LSOA to Electoral Ward to LAD" lookup as CSV and keep its header.',
      });
      return emptyOutput({ problems: log.list() });
    }
    const cell = (cells: readonly string[], column: Column): string => {
      const index = columns[column];
      return index === undefined ? '' : (cells[index] ?? '').trim();
    };
    const inScope = new Set([...context.config.county.areas, ...(context.config.comparators?.areas ?? [])]);
    const entries = new Map<string, { entry: LsoaEntry; line: number }>();
    const wards = new Map<string, { ward: WardInfo; line: number }>();
    const hasWards = columns.wardCode !== undefined;

    for (const { line, cells } of table.rows) {
      const lsoaCode = cell(cells, 'lsoaCode');
      const areaCode = cell(cells, 'areaCode');
      if (lsoaCode === '' || areaCode === '') {
        const column = lsoaCode === '' ? columns.lsoaCode : columns.areaCode;
        log.add(`No ${table.header[column]} on this row`, line, column + 1, { found: cells.join(','), expected: 'an LSOA code and the code of its local authority' });
        continue;
      }
      const wardCode = cell(cells, 'wardCode');
      // A lookup without ward names still places LSOAs in wards: the code stands in for the name.
      const entry: LsoaEntry = { lsoaCode, wardCode, wardName: cell(cells, 'wardName') || wardCode, areaCode, areaName: cell(cells, 'areaName') || areaCode };
      const earlier = entries.get(lsoaCode);
      if (earlier !== undefined) {
        // Output-area lookups repeat each LSOA once per output area: only a disagreement matters.
        if (earlier.entry.wardCode !== wardCode || earlier.entry.areaCode !== areaCode) {
          log.add(`LSOA ${lsoaCode} is placed in two different wards or districts`, line, columns.lsoaCode + 1, {
            found: `${wardCode || '(no ward)'} in ${areaCode} here, ${earlier.entry.wardCode || '(no ward)'} in ${earlier.entry.areaCode} on line ${earlier.line}`,
            expected: 'each LSOA in one ward and one district (a best-fit lookup)',
            fix: 'Use the ONS best-fit lookup, or delete the row that is wrong.',
          });
        }
        continue;
      }
      entries.set(lsoaCode, { entry, line });
      if (wardCode === '' || !inScope.has(areaCode)) continue;
      const ward = wards.get(wardCode);
      if (ward === undefined) wards.set(wardCode, { ward: { wardCode, wardName: entry.wardName, areaCode }, line });
      else if (ward.ward.areaCode !== areaCode) {
        log.add(`Ward ${wardCode} is placed in two districts`, line, (columns.wardCode ?? 0) + 1, {
          found: `${areaCode} here, ${ward.ward.areaCode} on line ${ward.line}`,
          expected: 'each ward in one district',
          fix: 'Check the lookup is one ONS release (ward and district codes of the same year).',
        });
      }
    }

    const warnings: InputWarning[] = [];
    if (!hasWards) {
      warnings.push({ message: 'The LSOA lookup has no ward columns (such as WD23CD, WD23NM): district totals can be made, but no ward totals or hotspots', file });
    }
    const home = context.config.area;
    if (![...entries.values()].some(({ entry }) => entry.areaCode === home)) {
      warnings.push({ message: `The LSOA lookup has no LSOA in the home district ${home}: street-level crime cannot be placed in it`, file });
    }
    return emptyOutput({
      lsoa: [...entries.values()].map(({ entry }) => entry),
      wards: [...wards.values()].map(({ ward }) => ward),
      problems: log.list(),
      warnings,
      rows: table.rows.length,
    });
  },
};
