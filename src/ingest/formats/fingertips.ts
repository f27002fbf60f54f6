import path from 'node:path';
import type { InputWarning, Observation, PublishedStatistics } from '../../model.js';
import { readCsvTable } from '../csv-table.js';
import { parseValue } from '../parse-value.js';
import { ProblemLog, cellOf, columnOf, headerProblem, indexColumns } from '../problems.js';
import { OutsideAreas, PeriodFit, matchArea, parsePublishedPeriod, plural } from './area-names.js';
import { emptyOutput, hasAll, type FormatReader } from './format.js';

/** Fingertips indicators read, with the catalogue measure each becomes and its published unit. */
export const fingertipsIndicators: ReadonlyMap<string, { measure: string; unit: string }> = new Map([
  ['11201', { measure: 'ft_violence_admissions', unit: 'per 100,000, directly age-standardised' }],
  ['21001', { measure: 'ft_self_harm_admissions', unit: 'per 100,000, directly age-standardised' }],
  ['91414', { measure: 'ft_alcohol_admissions_narrow', unit: 'per 100,000, directly age-standardised' }],
  ['91382', { measure: 'ft_alcohol_mortality', unit: 'per 100,000, directly age-standardised' }],
  ['41001', { measure: 'ft_suicide_rate', unit: 'per 100,000, age-standardised' }],
]);

const required = ['indicator id', 'area code', 'area name', 'sex', 'category type', 'time period', 'value'] as const;
const statistics: [key: string, field: Exclude<keyof PublishedStatistics, 'unit'>][] = [
  ['lower ci 95.0 limit', 'lower95'],
  ['upper ci 95.0 limit', 'upper95'],
  ['lower ci 99.8 limit', 'lower998'],
  ['upper ci 99.8 limit', 'upper998'],
  ['count', 'count'],
  ['denominator', 'denominator'],
];

/**
 * OHID Fingertips `all_data` CSV. Values are already rates (mostly age-standardised per
 * 100,000), so they become their own measures with no denominator, and the confidence limits,
 * count and denominator travel with them as published: re-deriving them would not reproduce
 * the standardisation. Only the headline rows are read (Sex "Persons", no Category Type).
 */
export const fingertipsFormat: FormatReader = {
  id: 'fingertips',
  title: 'OHID Fingertips indicator data (all_data CSV)',
  role: 'data',
  expectedHeader: 'Indicator ID,Indicator Name,Parent Code,Parent Name,Area Code,Area Name,Area Type,Sex,Age,Category Type,Category,Time period,Value,Lower CI 95.0 limit,Upper CI 95.0 limit,Lower CI 99.8 limit,Upper CI 99.8 limit,Count,Denominator,Value note,...',
  matches: (keys) => hasAll(keys, ['indicator id', 'area code', 'time period', 'value', 'lower ci 95.0 limit']),
  read(text, file, context) {
    const parsed = readCsvTable(text, file);
    if (!parsed.ok) return emptyOutput({ problems: [parsed.problem] });
    const { table } = parsed;
    const log = new ProblemLog(file);
    const columns = indexColumns(table.keys, [...required, 'indicator name', 'unit', ...statistics.map(([key]) => key)]);
    if (headerProblem(log, table.headerLine, table.header, indexColumns(table.keys, required), required, 'a Fingertips file')) return emptyOutput({ problems: log.list() });

    const observations: Observation[] = [];
    const outside = new OutsideAreas();
    const periods = new PeriodFit(context.config.yearEndMonth);
    const otherIndicators = new Map<string, number>();
    let breakdowns = 0;
    for (const { line, cells } of table.rows) {
      const id = cellOf(cells, columns, 'indicator id').trim();
      const indicator = fingertipsIndicators.get(id);
      if (indicator === undefined) {
        const name = cellOf(cells, columns, 'indicator name').trim();
        const label = name === '' ? id : `${id} ${name}`;
        otherIndicators.set(label, (otherIndicators.get(label) ?? 0) + 1);
        continue;
      }
      // Breakdowns by sex, deprivation decile, ethnicity... are not the headline figure.
      if (cellOf(cells, columns, 'sex').trim().toLowerCase() !== 'persons' || cellOf(cells, columns, 'category type').trim() !== '') {
        breakdowns++;
        continue;
      }
      const areaCode = cellOf(cells, columns, 'area code').trim();
      // The county's own published value is the benchmark its districts are compared with.
      const area = areaCode !== '' && areaCode === context.config.county.code ? { ok: true as const, code: areaCode } : matchArea(context, areaCode, cellOf(cells, columns, 'area name').trim());
      if (!area.ok) {
        outside.add(area.label, line);
        continue;
      }
      const periodText = cellOf(cells, columns, 'time period').trim();
      const period = parsePublishedPeriod(periodText);
      if (period === null) {
        log.add(`Time period "${periodText}" is not a period Fingertips publishes`, line, columnOf(columns, 'time period'), {
          found: `"${periodText}"`,
          expected: 'a year (2023), a financial year (2022/23) or pooled years (2020 - 22, 2020/21 - 22/23)',
          fix: 'Download the indicator again from Fingertips without editing the Time period column.',
        });
        continue;
      }
      const value = readNumber(log, cells, columns, 'value', line);
      if (value === undefined) continue;
      const published: PublishedStatistics = { unit: cellOf(cells, columns, 'unit').trim() || indicator.unit };
      for (const [key, field] of statistics) {
        const figure = readNumber(log, cells, columns, key, line);
        if (figure !== undefined && figure !== null) published[field] = figure;
      }
      const areaName = cellOf(cells, columns, 'area name').trim();
      observations.push({
        measure: indicator.measure, areaCode: area.code, ...(areaName === '' ? {} : { areaName }),
        period: periods.label(periodText, period), value, published, file: path.basename(file), line,
      });
    }

    const warnings: InputWarning[] = [...outside.warning(file, false), ...periods.warning(file, 'Fingertips')];
    if (breakdowns > 0) warnings.push({ message: `Skipped ${plural(breakdowns, 'row')} broken down by sex or category: only the Persons rows with no Category Type are read`, file });
    if (otherIndicators.size > 0) {
      const rows = [...otherIndicators.values()].reduce((sum, count) => sum + count, 0);
      warnings.push({
        message: `Skipped ${plural(rows, 'row')} of ${plural(otherIndicators.size, 'indicator')} that assess does not map to a measure: ${[...otherIndicators.keys()].join('; ')} (read: ${[...fingertipsIndicators.keys()].join(', ')})`,
        file,
      });
    }
    return emptyOutput({ observations, problems: log.list(), warnings, rows: table.rows.length });
  },
};

/** A published figure: undefined when unreadable (reported), null when blank or suppressed. */
function readNumber(log: ProblemLog, cells: readonly string[], columns: ReturnType<typeof indexColumns>, key: string, line: number): number | null | undefined {
  const cell = cellOf(cells, columns, key);
  const parsed = parseValue(cell);
  if (parsed.ok) return parsed.value;
  log.add(`"${cell.trim()}" in column ${columnOf(columns, key)} (${key}) is not a number`, line, columnOf(columns, key), {
    found: `"${cell}"`,
    expected: parsed.expected,
    fix: 'Download the indicator again from Fingertips; the file should not be edited by hand.',
  });
  return undefined;
}
