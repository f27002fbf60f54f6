import path from 'node:path';
import type { AssessError } from '../errors.js';
import type { InputWarning, MeasureDefinition, Observation } from '../model.js';
import { didYouMean } from '../config/suggest.js';
import { readCsvTable } from './csv-table.js';
import { parseValue } from './parse-value.js';
import { parsePeriod, periodExpected } from './periods.js';
import { ProblemLog, cellOf, columnOf, headerProblem, indexColumns } from './problems.js';
import { remembered } from './remembered.js';

export const tidyColumns = ['measure', 'area_code', 'period', 'value'] as const;

export interface TidyContext {
  measures: ReadonlyMap<string, MeasureDefinition>;
  /** Codes a row may use: the county's districts, the comparators and the wards of wards.csv. */
  knownAreas: ReadonlySet<string>;
}

export interface TidyResult {
  observations: Observation[];
  problems: AssessError[];
  warnings: InputWarning[];
}

interface Tally {
  line: number;
  count: number;
}

function tally(map: Map<string, Tally>, key: string, line: number): void {
  const entry = map.get(key);
  if (entry === undefined) map.set(key, { line, count: 1 });
  else entry.count++;
}

/** Area codes are identifiers such as E07000110: not numbers, no-value marks, periods or names with spaces. */
function looksLikeCode(text: string): boolean {
  return !/\s/.test(text) && !parseValue(text).ok && parsePeriod(text) === null;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * Reads a tidy file (measure, area_code, period, value [, area_name]). Rows for areas outside the
 * partnership's scope are skipped with one warning, so a county-wide or national extract can be
 * dropped in as it is; anything unreadable is a problem with its line and column.
 */
export function parseTidy(text: string, file: string, context: TidyContext): TidyResult {
  const log = new ProblemLog(file);
  const parsed = readCsvTable(text, file);
  if (!parsed.ok) return { observations: [], problems: [parsed.problem], warnings: [] };
  const { table } = parsed;
  const columns = indexColumns(table.keys, [...tidyColumns, 'area_name']);
  const required = indexColumns(table.keys, tidyColumns);
  // A repeated optional column is as ambiguous as a repeated required one: which area_name is meant?
  const checked = { ...required, repeated: columns.repeated };
  if (headerProblem(log, table.headerLine, table.header, checked, tidyColumns, 'a data file')) return { observations: [], problems: log.list(), warnings: [] };
  const lastRequired = Math.max(...tidyColumns.map((key) => columns.indexes.get(key)!));
  const unknownMeasures = new Map<string, Tally>();
  const skippedAreas = new Map<string, Tally>();
  const observations: Observation[] = [];
  const baseName = path.basename(file);
  const at = (key: string): { column: number | undefined; label: string } => ({ column: columnOf(columns, key), label: `column ${columnOf(columns, key)} (${key})` });
  // A file repeats a few dozen periods on thousands of rows.
  const periodOf = remembered(parsePeriod);

  for (const { line, cells } of table.rows) {
    if (cells.length <= lastRequired) {
      log.add(`The row has ${plural(cells.length, 'field')} but the header has ${table.header.length}`, line, undefined, {
        found: cells.join(','),
        expected: `a value under each of ${tidyColumns.join(', ')}`,
        fix: 'Add the missing fields (leave a value blank if there is none) or delete the row.',
      });
      continue;
    }
    const measureId = cellOf(cells, columns, 'measure').trim();
    const measure = context.measures.get(measureId);
    if (measure === undefined) {
      // "Source: ..." or "Total" under a spreadsheet's table: text in the first cell and no area or period.
      const note = cellOf(cells, columns, 'area_code').trim() === '' && cellOf(cells, columns, 'period').trim() === '';
      if (measureId === '') log.add(`No measure in ${at('measure').label}`, line, at('measure').column, { found: '(blank)', expected: 'a measure id such as all_crime' });
      else if (note) {
        log.add('This line is a note or a total under the table, not a row of data', line, at('measure').column, {
          found: `"${measureId}" with no area code or period`,
          expected: 'a measure id, an area code, a period and a value on every line',
          fix: 'Delete the line from the CSV: notes belong outside the extract, and assess works out the totals itself.',
        });
      } else tally(unknownMeasures, measureId, line);
      continue;
    }
    const areaCode = cellOf(cells, columns, 'area_code').trim();
    if (areaCode === '') {
      log.add(`No area code in ${at('area_code').label}`, line, at('area_code').column, { found: '(blank)', expected: 'an area or ward code such as E07000110' });
      continue;
    }
    if (!context.knownAreas.has(areaCode)) {
      // Out-of-scope codes are skipped, but a number, a period or a name is a value in the wrong column.
      if (!looksLikeCode(areaCode)) {
        log.add(`Area code "${areaCode}" in ${at('area_code').label} is not a code`, line, at('area_code').column, {
          found: `"${areaCode}"`,
          expected: 'an area or ward code such as E07000110',
          fix: 'Check the columns of this row are in the order of the header (a value may have been typed or pasted into the wrong column).',
        });
        continue;
      }
      tally(skippedAreas, areaCode, line);
      continue;
    }
    const periodText = cellOf(cells, columns, 'period').trim();
    const period = periodOf(periodText);
    if (period === null) {
      log.add(`Period "${periodText}" in ${at('period').label} is not a month or a year`, line, at('period').column, {
        found: `"${periodText}"`,
        expected: periodExpected,
        fix: 'Format the period column as text YYYY-MM (spreadsheets often turn it into a date such as Mar-24).',
      });
      continue;
    }
    if (period.kind === 'month' && measure.ratioOf !== undefined) {
      log.add(`"${measureId}" is a percentage, so it cannot be given by month`, line, at('period').column, {
        found: `"${periodText}"`,
        expected: `a YYYY assessment-year period for ${measureId}, or monthly rows of ${measure.ratioOf.join(' and ')}`,
        fix: `Give the annual percentage with period YYYY, or give ${measure.ratioOf.join(' and ')} by month and let assess work out the percentage.`,
      });
      continue;
    }
    const cell = cellOf(cells, columns, 'value');
    const value = parseValue(cell);
    if (!value.ok) {
      log.add(`Value "${cell.trim()}" in ${at('value').label} is not a number`, line, at('value').column, {
        found: `"${cell}"`,
        expected: value.expected,
        fix: 'Correct the value in the extract; leave it blank or write N/A if it is not known.',
      });
      continue;
    }
    if (value.value !== null && value.value < 0) {
      log.add(`Value ${cell.trim()} in ${at('value').label} is negative`, line, at('value').column, {
        found: `"${cell.trim()}"`,
        expected: 'a count or rate of zero or more',
        fix: 'Correct the value; leave it blank or write N/A if it is not known.',
      });
      continue;
    }
    const areaName = cellOf(cells, columns, 'area_name').trim();
    // Two literals rather than a spread of the optional name: the spread made this the costliest line of the parse.
    observations.push(areaName === ''
      ? { measure: measureId, areaCode, period: periodText, value: value.value, file: baseName, line }
      : { measure: measureId, areaCode, areaName, period: periodText, value: value.value, file: baseName, line });
  }

  // Reported ahead of row problems: one wrong id explains many rows, so it must not be cut off.
  const measureLog = new ProblemLog(file);
  for (const [id, { line, count }] of unknownMeasures) {
    measureLog.add(`Unknown measure "${id}" (${plural(count, 'row')}).${didYouMean(id, context.measures.keys())}`, line, at('measure').column, {
      found: `"${id}"`,
      expected: 'a measure id of the catalogue or of "measures:" in the configuration',
      fix: `Correct the id, or add "${id}" under "measures:" in the configuration with its label, agency, theme and polarity.`,
    });
  }
  const warnings: InputWarning[] = [];
  if (skippedAreas.size > 0) {
    const total = [...skippedAreas.values()].reduce((sum, { count }) => sum + count, 0);
    const codes = [...skippedAreas.keys()];
    const shown = codes.length > 10 ? `${codes.slice(0, 10).join(', ')} and ${codes.length - 10} more` : codes.join(', ');
    warnings.push({
      message: `Skipped ${plural(total, 'row')} for ${plural(codes.length, 'area code')} that are not districts of the county, comparators or wards in wards.csv: ${shown}`,
      file,
      line: [...skippedAreas.values()][0]!.line,
    });
  }
  return { observations, problems: [...measureLog.list(), ...log.list()], warnings };
}
