import type { AreaPopulation, InputWarning } from '../../model.js';
import { headerKey, readCsvTable, type CsvRow } from '../csv-table.js';
import { readDenominator } from '../parse-population.js';
import { ProblemLog, cellOf, columnOf, indexColumns } from '../problems.js';
import { plural } from './area-names.js';
import { emptyOutput, hasAll, type FormatReader } from './format.js';

const youthAges = ['10', '11', '12', '13', '14', '15', '16', '17'];

/** The MYE2 header: Code, Name, Geography (Geography1 in older editions), All ages, 0 ... 90+. */
function isMyeHeader(keys: readonly string[]): boolean {
  return hasAll(keys, ['code', 'name', 'all ages']) && (keys.includes('geography') || keys.includes('geography1'));
}

/** ONS saves its tables with title lines above the header, so a title or the file name must do. */
function looksLikeMyeTitle(keys: readonly string[], fileName: string): boolean {
  const title = keys.filter((key) => key !== '');
  return /^mye/i.test(fileName) || (title.length <= 2 && /mid-?year|mid-\d{4}|population estimates/.test(title.join(' ')));
}

/** The first row, within the first 20, that is the MYE2 header; title lines may sit above it. */
function findHeader(rows: readonly CsvRow[]): number {
  return rows.slice(0, 20).findIndex((row) => isMyeHeader(row.cells.map(headerKey)));
}

/**
 * ONS mid-year population estimates (MYE2 - Persons) saved as CSV. Every area row is kept,
 * whatever its geography: a denominator for a code nobody reports against does no harm, and
 * the coverage check after reading tells the analyst which districts are missing.
 */
export const onsPopulationFormat: FormatReader = {
  id: 'ons-mye',
  title: 'ONS mid-year population estimates (MYE2 persons, CSV)',
  role: 'population',
  expectedHeader: 'Code,Name,Geography,All ages,0,1,...,89,90+ (title lines above it are allowed)',
  matches: (keys, fileName) => isMyeHeader(keys) || looksLikeMyeTitle(keys, fileName),
  read(text, file) {
    const parsed = readCsvTable(text, file);
    if (!parsed.ok) return emptyOutput({ problems: [parsed.problem] });
    const { table } = parsed;
    const log = new ProblemLog(file);
    const all: CsvRow[] = [{ line: table.headerLine, cells: table.header }, ...table.rows];
    const at = findHeader(all);
    if (at < 0) {
      log.add('No header row with Code, Name, Geography and All ages in the first 20 lines of the ONS population file', table.headerLine, undefined, {
        found: table.header.join(','),
        expected: onsPopulationFormat.expectedHeader,
        fix: 'Save the "MYE2 - Persons" sheet of the ONS mid-year estimates as CSV, without deleting its header row.',
      });
      return emptyOutput({ problems: log.list() });
    }
    const header = all[at]!;
    const keys = header.cells.map(headerKey);
    const columns = indexColumns(keys, ['code', 'name', 'all ages', ...youthAges]);
    const warnings: InputWarning[] = [];
    if (at > 0) {
      const first = all[0]!.cells.filter((cell) => cell.trim() !== '').join(' ');
      warnings.push({ message: `Ignored ${plural(at, 'title line')} above the header on line ${header.line} ("${first}")`, file, line: all[0]!.line });
    }
    const hasYouth = columns.missing.length === 0;
    if (!hasYouth) warnings.push({ message: `No single-year age columns ${columns.missing.join(', ')}: population_10_17 cannot be given from this file`, file, line: header.line });

    const population: AreaPopulation[] = [];
    const firstLine = new Map<string, number>();
    const notes: number[] = [];
    const totalColumn = columnOf(columns, 'all ages')!;
    for (const { line, cells } of all.slice(at + 1)) {
      const areaCode = cellOf(cells, columns, 'code').trim();
      const areaName = cellOf(cells, columns, 'name').trim();
      // Source and footnote lines under the table carry text in one cell and no figures.
      if (areaName === '' && cellOf(cells, columns, 'all ages').trim() === '') {
        notes.push(line);
        continue;
      }
      if (areaCode === '') {
        log.add(`No area code for ${areaName || 'the row'}`, line, columnOf(columns, 'code'), { found: '(blank)', expected: 'an ONS area code such as E07000110', fix: 'Copy the code from the ONS file, or delete the row.' });
        continue;
      }
      if (firstLine.has(areaCode)) {
        log.add(`Area ${areaCode} has a second population row`, line, columnOf(columns, 'code'), { found: areaCode, expected: `one row per area (first on line ${firstLine.get(areaCode)})`, fix: 'Delete one of the two rows.' });
        continue;
      }
      firstLine.set(areaCode, line);
      const total = readDenominator(log, cellOf(cells, columns, 'all ages'), line, totalColumn, 'population (All ages)', true);
      if (total === undefined) continue;
      const denominators: Record<string, number> = { population: total };
      if (hasYouth) {
        const ages = youthAges.map((age) => readDenominator(log, cellOf(cells, columns, age), line, columnOf(columns, age)!, `population aged ${age}`, true));
        if (ages.every((value) => value !== undefined)) denominators.population_10_17 = ages.reduce((sum: number, value) => sum + value!, 0);
      }
      population.push({ areaCode, areaName, denominators });
    }
    if (notes.length > 0) warnings.push({ message: `Ignored ${plural(notes.length, 'line')} with no area and no figures (notes), from line ${notes[0]}`, file, line: notes[0] });
    return emptyOutput({ population, denominators: hasYouth ? ['population', 'population_10_17'] : ['population'], problems: log.list(), warnings, rows: all.length - at - 1 - notes.length });
  },
};
