import path from 'node:path';
import type { InputWarning, Observation } from '../../model.js';
import { readCsvTable } from '../csv-table.js';
import { parseValue } from '../parse-value.js';
import { ProblemLog, cellOf, columnOf, headerProblem, indexColumns } from '../problems.js';
import { OutsideAreas, PeriodFit, aliasKeys, matchArea, needsLookup, parsePublishedPeriod, plural } from './area-names.js';
import { emptyOutput, hasAll, type FormatReader } from './format.js';

const aliases = {
  csp: ['csp', 'community safety partnership'],
  code: ['code', 'area code', 'csp code'],
  cohort: ['total offenders in cohort', 'offenders in cohort'],
  predicted: ['predicted re-offending rate', 'predicted reoffending rate'],
  actual: ['actual re-offending rate', 'actual reoffending rate'],
  period: ['period', 're-offending period'],
} as const;
const required = ['csp', 'cohort', 'predicted', 'actual'] as const;
const figures: [key: string, measure: string, percent: boolean][] = [
  ['cohort', 'reoffending_cohort', false],
  ['predicted', 'reoffending_predicted_pct', true],
  ['actual', 'reoffending_actual_pct', true],
];

/** Rows that are not a partnership: totals, and offenders with no known address. */
const notACsp = /total|^missing|unknown|^nfa$|^no fixed abode/i;

/**
 * The year a file name gives: "reoffending-2012.csv" or "reoffending-2011-12.csv" (the
 * financial year 2011/12, so 2012). Null when the name has no year or more than one.
 */
export function yearFromFileName(fileName: string): number | null {
  const base = path.basename(fileName).replace(/\.csv$/i, '');
  const financial = [...base.matchAll(/(?<!\d)(\d{4})[-_/](\d{2})(?!\d)/g)];
  if (financial.length === 1) {
    const start = Number(financial[0]![1]);
    return (start + 1) % 100 === Number(financial[0]![2]) ? start + 1 : null;
  }
  const years = [...new Set([...base.matchAll(/(?<!\d)(\d{4})(?!\d)/g)].map((m) => Number(m[1])))];
  return years.length === 1 ? years[0]! : null;
}

/**
 * The probation service's local adult re-offending table (seed 002 section 4.8): one row per
 * CSP with the cohort, the predicted and the actual rate. The rates are kept as published
 * (reoffending_actual_pct, reoffending_predicted_pct); the number of re-offenders is not
 * worked back from a rounded percentage. "Difference" is the relative gap between the two
 * rates and is not read. The table carries no period, so it comes from a Period column or,
 * failing that, from the year in the file name (the year the cohort period ends).
 */
export const localReoffendingFormat: FormatReader = {
  id: 'local-reoffending',
  title: 'probation local adult re-offending by CSP (cohort, predicted and actual rate)',
  role: 'data',
  expectedHeader: 'CSP,Total offenders in cohort,Predicted re-offending rate,Actual re-offending rate,Difference (optionally Period, Code)',
  matches: (keys) => hasAll(aliasKeys(keys, aliases), [...required]),
  read(text, file, context) {
    const parsed = readCsvTable(text, file);
    if (!parsed.ok) return emptyOutput({ problems: [parsed.problem] });
    const { table } = parsed;
    const log = new ProblemLog(file);
    const keys = aliasKeys(table.keys, aliases);
    const columns = indexColumns(keys, Object.keys(aliases));
    if (headerProblem(log, table.headerLine, table.header, indexColumns(keys, required), required, 'a local re-offending file')) return emptyOutput({ problems: log.list() });
    const fileYear = yearFromFileName(file);
    const hasPeriod = columns.indexes.has('period');
    if (!hasPeriod && fileYear === null) {
      log.add('The local re-offending file does not say which period it covers', table.headerLine, undefined, {
        found: `file name ${path.basename(file)}, no Period column`,
        expected: 'the year the cohort period ends in the file name (e.g. local-reoffending-2012.csv or local-reoffending-2011-12.csv), or a Period column',
        fix: 'Rename the file to include the year the period ends, or add a Period column such as "1 April 2011 - 31 March 2012".',
      });
      return emptyOutput({ problems: log.list() });
    }
    const byCode = columns.indexes.has('code');
    if (!byCode && needsLookup(context, log, table.headerLine, 'CSP')) return emptyOutput({ problems: log.list() });

    const observations: Observation[] = [];
    const outside = new OutsideAreas();
    const periods = new PeriodFit(context.config.yearEndMonth);
    const byRule: string[] = [];
    for (const { line, cells } of table.rows) {
      const name = cellOf(cells, columns, 'csp').trim();
      if (notACsp.test(name.replace(/\s+/g, ' '))) {
        byRule.push(name);
        continue;
      }
      const area = matchArea(context, cellOf(cells, columns, 'code').trim(), name);
      if (!area.ok) {
        outside.add(area.label, line);
        continue;
      }
      let period = String(fileYear);
      if (hasPeriod) {
        const text = cellOf(cells, columns, 'period').trim();
        const published = parsePublishedPeriod(text);
        if (published === null) {
          log.add(`Period "${text}" is not a year or a range of months`, line, columnOf(columns, 'period'), {
            found: `"${text}"`,
            expected: 'e.g. "1 April 2011 - 31 March 2012", "Apr 2011 to Mar 2012", "2011/12" or "2012"',
            fix: 'Write the period the cohort covers in the Period column.',
          });
          continue;
        }
        period = periods.label(text, published);
      }
      for (const [key, measure, percent] of figures) {
        const cell = cellOf(cells, columns, key);
        const value = parseValue(cell);
        if (!value.ok || (value.value !== null && (value.value < 0 || (percent ? value.value > 100 : !Number.isInteger(value.value))))) {
          log.add(`"${cell.trim()}" in column ${columnOf(columns, key)} is not ${percent ? 'a percentage' : 'a number of offenders'}`, line, columnOf(columns, key), {
            found: `"${cell}"`,
            expected: percent ? 'a rate such as 8.04% (0 to 100)' : 'a whole number of zero or more',
            fix: 'Correct the figure from the probation service\'s table.',
          });
          continue;
        }
        observations.push({ measure, areaCode: area.code, areaName: name, period, value: value.value, file: path.basename(file), line });
      }
    }
    const warnings: InputWarning[] = [...outside.warning(file, !byCode), ...periods.warning(file, 'Local re-offending')];
    if (byRule.length > 0) warnings.push({ message: `Ignored ${plural(byRule.length, 'row')} by rule, as no CSP (totals, missing or unknown, no fixed abode): ${byRule.join(', ')}`, file });
    return emptyOutput({ observations, problems: log.list(), warnings, rows: table.rows.length });
  },
};
