import type { AssessError } from '../errors.js';
import type { WardInfo } from '../model.js';
import { readCsvTable } from './csv-table.js';
import { readDenominator } from './parse-population.js';
import { ProblemLog, cellOf, columnOf, headerProblem, indexColumns } from './problems.js';

export const wardColumns = ['ward_code', 'ward_name', 'area_code'] as const;

export interface WardsResult {
  wards: WardInfo[];
  problems: AssessError[];
  rows: number;
}

/** Reads wards.csv: which district each ward belongs to, with an optional population for ward rates. */
export function parseWards(text: string, file: string): WardsResult {
  const log = new ProblemLog(file);
  const parsed = readCsvTable(text, file);
  if (!parsed.ok) return { wards: [], problems: [parsed.problem], rows: 0 };
  const { table } = parsed;
  const columns = indexColumns(table.keys, [...wardColumns, 'population']);
  if (headerProblem(log, table.headerLine, table.header, indexColumns(table.keys, wardColumns), wardColumns, 'the wards file')) {
    return { wards: [], problems: log.list(), rows: 0 };
  }
  const wards: WardInfo[] = [];
  const firstLine = new Map<string, number>();
  for (const { line, cells } of table.rows) {
    const wardCode = cellOf(cells, columns, 'ward_code').trim();
    const wardName = cellOf(cells, columns, 'ward_name').trim();
    const areaCode = cellOf(cells, columns, 'area_code').trim();
    const blank = wardColumns.filter((key) => cellOf(cells, columns, key).trim() === '');
    if (blank.length > 0) {
      const key = blank[0]!;
      log.add(`No ${key} in column ${columnOf(columns, key)} (${key})`, line, columnOf(columns, key), {
        found: cells.join(','),
        expected: 'a ward code, the ward name and the code of its district',
      });
      continue;
    }
    if (firstLine.has(wardCode)) {
      log.add(`Ward ${wardCode} is listed twice`, line, columnOf(columns, 'ward_code'), {
        found: wardCode,
        expected: `one row per ward (first on line ${firstLine.get(wardCode)})`,
        fix: 'Delete one of the two rows.',
      });
      continue;
    }
    firstLine.set(wardCode, line);
    const populationColumn = columnOf(columns, 'population');
    const population = populationColumn === undefined ? undefined : readDenominator(log, cells[populationColumn - 1] ?? '', line, populationColumn, 'population', false);
    wards.push({ wardCode, wardName, areaCode, ...(population === undefined ? {} : { population }) });
  }
  return { wards, problems: log.list(), rows: table.rows.length };
}
