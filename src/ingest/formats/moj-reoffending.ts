import path from 'node:path';
import type { InputWarning, Observation } from '../../model.js';
import { readCsvTable } from '../csv-table.js';
import { parseValue } from '../parse-value.js';
import { ProblemLog, cellOf, columnOf, headerProblem, indexColumns } from '../problems.js';
import { OutsideAreas, PeriodFit, aliasKeys, matchArea, needsLookup, parsePublishedPeriod, plural } from './area-names.js';
import { emptyOutput, type FormatReader } from './format.js';

/** Header names vary in case, spacing and wording between releases and between adult and youth tables. */
const aliases = {
  geography: ['geography', 'geography name', 'area'],
  code: ['geography code', 'code', 'area code'],
  category: ['category'],
  group: ['adult / juvenile', 'adult/juvenile', 'adult or juvenile'],
  cohort: ['cohort', 'cohort period'],
  offenders: ['offenders', 'number of offenders in cohort', 'number of offenders', 'number of children in cohort'],
  reoffenders: ['reoffenders', 'number of reoffenders'],
} as const;
const required = ['geography', 'cohort', 'offenders', 'reoffenders'] as const;
const measuresOf: Record<string, [cohort: string, reoffenders: string]> = {
  adult: ['reoffending_cohort', 'reoffenders'],
  juvenile: ['youth_reoffending_cohort', 'youth_reoffenders'],
};

const keysOf = (keys: readonly string[]): string[] => aliasKeys(keys.map((key) => key.replace(/\s*\/\s*/g, ' / ')), aliases);

/**
 * MoJ proven re-offending, geographical data tool export (sheet "Data" saved as CSV). Adult rows
 * give reoffending_cohort and reoffenders, juvenile rows the youth measures; the percentage is
 * worked out later from the two counts. Only area totals are read (a Category of "... total"),
 * since the other categories break the same offenders down again. Areas are matched by a code
 * column when the file has one, else by name through the CSP lookup.
 */
export const mojReoffendingFormat: FormatReader = {
  id: 'moj-reoffending',
  title: 'MoJ proven re-offending geographical data tool',
  role: 'data',
  expectedHeader: 'Geography,Category,Adult / Juvenile,Cohort,offenders,reoffenders (optionally Geography code)',
  matches: (keys) => {
    const named = keysOf(keys);
    return ['geography', 'cohort', 'offenders', 'reoffenders'].every((key) => named.includes(key)) && (named.includes('group') || keys.includes('number of children in cohort'));
  },
  read(text, file, context) {
    const parsed = readCsvTable(text, file);
    if (!parsed.ok) return emptyOutput({ problems: [parsed.problem] });
    const { table } = parsed;
    const log = new ProblemLog(file);
    const keys = keysOf(table.keys);
    const columns = indexColumns(keys, Object.keys(aliases));
    if (headerProblem(log, table.headerLine, table.header, indexColumns(keys, required), required, 'a MoJ re-offending file')) return emptyOutput({ problems: log.list() });
    // The youth tables have no Adult / Juvenile column: every row is about children.
    const youthTable = !columns.indexes.has('group');
    const byCode = columns.indexes.has('code');
    if (!byCode && needsLookup(context, log, table.headerLine, 'Geography')) return emptyOutput({ problems: log.list() });

    const observations: Observation[] = [];
    const outside = new OutsideAreas();
    const periods = new PeriodFit(context.config.yearEndMonth);
    const skipped = new Map<string, number>();
    const badCohorts = new Set<string>();
    for (const { line, cells } of table.rows) {
      const category = cellOf(cells, columns, 'category').trim();
      const group = youthTable ? 'juvenile' : cellOf(cells, columns, 'group').trim().toLowerCase();
      const measures = measuresOf[group];
      if ((category !== '' && !/total$/i.test(category)) || measures === undefined) {
        const label = measures === undefined ? `Adult / Juvenile "${group}"` : `Category "${category}"`;
        skipped.set(label, (skipped.get(label) ?? 0) + 1);
        continue;
      }
      const area = matchArea(context, cellOf(cells, columns, 'code').trim(), cellOf(cells, columns, 'geography').trim());
      if (!area.ok) {
        outside.add(area.label, line);
        continue;
      }
      const cohortText = cellOf(cells, columns, 'cohort').trim();
      const cohort = parsePublishedPeriod(cohortText);
      if (cohort === null || cohort.months !== 12) {
        // One message per cohort: the same text repeats on every row of the file.
        if (!badCohorts.has(cohortText)) {
          log.add(`Cohort "${cohortText}" is not a 12-month cohort`, line, columnOf(columns, 'cohort'), {
            found: `"${cohortText}"`,
            expected: 'a 12-month cohort such as "Jan 2022 to Dec 2022", "Apr 2022 to Mar 2023", "2022" or "2022/23"',
            fix: 'Choose 12-month cohorts in the data tool (re-offending is compared year on year) and export again.',
          });
        }
        badCohorts.add(cohortText);
        continue;
      }
      const period = periods.label(cohortText, cohort);
      const counts = (['offenders', 'reoffenders'] as const).map((key) => count(log, cells, columns, key, line));
      if (counts.some((value) => value === undefined)) continue;
      measures.forEach((measure, index) => {
        observations.push({ measure, areaCode: area.code, period, value: counts[index]!, file: path.basename(file), line });
      });
    }
    const warnings: InputWarning[] = [...outside.warning(file, !byCode), ...periods.warning(file, 'MoJ re-offending cohort')];
    if (skipped.size > 0) {
      const rows = [...skipped.values()].reduce((sum, n) => sum + n, 0);
      warnings.push({ message: `Skipped ${plural(rows, 'row')} other than Adult and Juvenile area totals: ${[...skipped.keys()].join(', ')}`, file });
    }
    return emptyOutput({ observations, problems: log.list(), warnings, rows: table.rows.length });
  },
};

/** A count of people: a number of zero or more, or null when suppressed. */
function count(log: ProblemLog, cells: readonly string[], columns: ReturnType<typeof indexColumns>, key: string, line: number): number | null | undefined {
  const cell = cellOf(cells, columns, key);
  const parsed = parseValue(cell);
  if (parsed.ok && (parsed.value === null || (parsed.value >= 0 && Number.isInteger(parsed.value)))) return parsed.value;
  log.add(`"${cell.trim()}" in column ${columnOf(columns, key)} (${key}) is not a count of people`, line, columnOf(columns, key), {
    found: `"${cell}"`,
    expected: 'a whole number of zero or more, or * or blank when suppressed',
    fix: 'Export the table again from the MoJ data tool.',
  });
  return undefined;
}
