import type { AssessError } from '../errors.js';
import type { AreaPopulation } from '../model.js';
import { readCsvTable } from './csv-table.js';
import { parseValue, valueExpected } from './parse-value.js';
import { ProblemLog, cellOf, headerProblem, indexColumns } from './problems.js';

export const populationColumns = ['area_code', 'area_name', 'population'] as const;

export interface PopulationResult {
  population: AreaPopulation[];
  /** Denominator columns of the file (population first), lower case. */
  denominators: string[];
  problems: AssessError[];
  /** Data rows read. */
  rows: number;
}

/**
 * Reads a denominator cell. Denominators divide every rate, so zero or a negative number is an
 * error rather than an infinite or negative rate; blank is allowed (no rate) except where required.
 */
export function readDenominator(log: ProblemLog, cell: string, line: number, column: number, name: string, required: boolean): number | undefined {
  const parsed = parseValue(cell);
  if (!parsed.ok) {
    log.add(`"${cell.trim()}" in column ${column} (${name}) is not a number`, line, column, { found: `"${cell}"`, expected: valueExpected, fix: 'Correct the figure from the ONS mid-year estimates.' });
    return undefined;
  }
  if (parsed.value === null) {
    if (required) log.add(`No ${name} in column ${column}`, line, column, { found: `"${cell}"`, expected: `the ${name} of the area, a number above zero`, fix: 'Fill in the figure from the ONS mid-year estimates.' });
    return undefined;
  }
  if (parsed.value <= 0) {
    log.add(`The ${name} in column ${column} must be above zero`, line, column, { found: `"${cell.trim()}"`, expected: 'a number above zero', fix: 'Correct the figure; rates are divided by it.' });
    return undefined;
  }
  return parsed.value;
}

/** Reads population.csv: area_code, area_name, population and any further denominator columns. */
export function parsePopulation(text: string, file: string): PopulationResult {
  const log = new ProblemLog(file);
  const parsed = readCsvTable(text, file);
  if (!parsed.ok) return { population: [], denominators: [], problems: [parsed.problem], rows: 0 };
  const { table } = parsed;
  const columns = indexColumns(table.keys, populationColumns);
  if (headerProblem(log, table.headerLine, table.header, columns, populationColumns, 'the population file')) {
    return { population: [], denominators: [], problems: log.list(), rows: 0 };
  }
  // Every other named column is a denominator (dwellings, households, population_10_17...).
  const extra = table.keys
    .map((key, index) => ({ key, index }))
    .filter(({ key }) => key !== '' && key !== 'area_code' && key !== 'area_name');
  const population: AreaPopulation[] = [];
  const firstLine = new Map<string, number>();
  for (const { line, cells } of table.rows) {
    const areaCode = cellOf(cells, columns, 'area_code').trim();
    const areaName = cellOf(cells, columns, 'area_name').trim();
    const codeColumn = columns.indexes.get('area_code')! + 1;
    if (areaCode === '') {
      log.add(`No area code in column ${codeColumn} (area_code)`, line, codeColumn, { found: '(blank)', expected: 'an area code such as E07000110' });
      continue;
    }
    if (firstLine.has(areaCode)) {
      log.add(`Area ${areaCode} has a second population row`, line, codeColumn, {
        found: areaCode,
        expected: `one row per area (first on line ${firstLine.get(areaCode)})`,
        fix: 'Delete one of the two rows.',
      });
      continue;
    }
    firstLine.set(areaCode, line);
    if (areaName === '') {
      const column = columns.indexes.get('area_name')! + 1;
      log.add(`No area name for ${areaCode} in column ${column} (area_name)`, line, column, { found: '(blank)', expected: 'the name printed in the tables, e.g. Maidstone' });
    }
    const denominators: Record<string, number> = {};
    for (const { key, index } of extra) {
      const value = readDenominator(log, cells[index] ?? '', line, index + 1, key, key === 'population');
      if (value !== undefined) denominators[key] = value;
    }
    population.push({ areaCode, areaName, denominators });
  }
  return { population, denominators: extra.map(({ key }) => key), problems: log.list(), rows: table.rows.length };
}
