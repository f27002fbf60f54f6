import type { AreaPopulation, InputWarning } from '../../model.js';
import { readCsvTable } from '../csv-table.js';
import { readDenominator } from '../parse-population.js';
import { ProblemLog, cellOf, columnOf, headerProblem, indexColumns } from '../problems.js';
import { plural } from './area-names.js';
import { emptyOutput, hasAll, type FormatReader } from './format.js';

const required = ['date_name', 'geography_name', 'geography_code', 'gender_name', 'c_age_name', 'measures_name', 'obs_value'] as const;
const youthAges = [10, 11, 12, 13, 14, 15, 16, 17];
const persons = new Set(['total', 'all persons', 'persons']);

interface AreaAges {
  name: string;
  line: number;
  total?: number;
  ages: Map<number, number>;
  /** Ages already given, readable or not, so a repeated row is caught even after a bad one. */
  seen: Set<string>;
}

/** The year a DATE_NAME such as "June 2022" or "2022" stands for, for picking the latest. */
function yearOf(dateName: string): number {
  return Math.max(-1, ...(dateName.match(/\d{4}/g) ?? []).map(Number));
}

/**
 * Nomis population estimates CSV (one row per date, area, sex and age). The persons total
 * becomes `population` and the single years 10 to 17 are summed into `population_10_17`, but
 * only when all eight are there: a partial sum would inflate every youth rate without a sign.
 */
export const nomisPopulationFormat: FormatReader = {
  id: 'nomis-population',
  title: 'Nomis population estimates (CSV)',
  role: 'population',
  expectedHeader: 'DATE_NAME,GEOGRAPHY_NAME,GEOGRAPHY_CODE,GENDER_NAME,C_AGE_NAME,MEASURES_NAME,OBS_VALUE,OBS_STATUS_NAME',
  matches: (keys) => hasAll(keys, ['date_name', 'geography_code', 'gender_name', 'c_age_name', 'obs_value']),
  read(text, file) {
    const parsed = readCsvTable(text, file);
    if (!parsed.ok) return emptyOutput({ problems: [parsed.problem] });
    const { table } = parsed;
    const log = new ProblemLog(file);
    const columns = indexColumns(table.keys, required);
    if (headerProblem(log, table.headerLine, table.header, columns, required, 'a Nomis file')) return emptyOutput({ problems: log.list() });

    const warnings: InputWarning[] = [];
    const dates = [...new Set(table.rows.map(({ cells }) => cellOf(cells, columns, 'date_name').trim()))];
    const latest = dates.reduce((best, date) => (yearOf(date) > yearOf(best) ? date : best), dates[0] ?? '');
    if (dates.length > 1) warnings.push({ message: `The file holds estimates for ${dates.join(', ')}: only ${latest} is read`, file });

    const areas = new Map<string, AreaAges>();
    let breakdowns = 0;
    const valueColumn = columnOf(columns, 'obs_value')!;
    for (const { line, cells } of table.rows) {
      if (cellOf(cells, columns, 'date_name').trim() !== latest) continue;
      // Male and female rows, and percentages, are not the persons count.
      if (!persons.has(cellOf(cells, columns, 'gender_name').trim().toLowerCase()) || cellOf(cells, columns, 'measures_name').trim().toLowerCase() !== 'value') {
        breakdowns++;
        continue;
      }
      const ageText = cellOf(cells, columns, 'c_age_name').trim().toLowerCase();
      const age = /^aged? (\d{1,2})$/.exec(ageText);
      const isTotal = ageText === 'all ages';
      if (!isTotal && (age === null || !youthAges.includes(Number(age[1])))) continue;
      const code = cellOf(cells, columns, 'geography_code').trim();
      if (code === '') {
        log.add('No GEOGRAPHY_CODE', line, columnOf(columns, 'geography_code'), { found: '(blank)', expected: 'an ONS area code such as E07000110', fix: 'Download the table again from Nomis with geography codes.' });
        continue;
      }
      const area = areas.get(code) ?? { name: cellOf(cells, columns, 'geography_name').trim(), line, ages: new Map<number, number>(), seen: new Set<string>() };
      areas.set(code, area);
      const label = isTotal ? 'population (All Ages)' : `population ${ageText}`;
      if (area.seen.has(label)) {
        log.add(`${code} has a second ${label} row for ${latest}`, line, columnOf(columns, 'c_age_name'), { found: ageText, expected: 'one row per area and age', fix: 'Delete one of the two rows.' });
        continue;
      }
      area.seen.add(label);
      const value = readDenominator(log, cellOf(cells, columns, 'obs_value'), line, valueColumn, label, true);
      if (value === undefined) continue;
      if (isTotal) area.total = value;
      else area.ages.set(Number(age![1]), value);
    }

    const population: AreaPopulation[] = [];
    const partial: string[] = [];
    for (const [areaCode, area] of areas) {
      if (area.total === undefined) {
        // An unreadable All Ages row has been reported already.
        if (area.seen.has('population (All Ages)')) continue;
        log.add(`No "All Ages" persons row for ${areaCode} ${area.name}`, area.line, undefined, {
          expected: 'a row with GENDER_NAME Total, C_AGE_NAME All Ages and MEASURES_NAME Value for every area',
          fix: 'Download the table again from Nomis with "All Ages" selected as well as the single years.',
        });
        continue;
      }
      const denominators: Record<string, number> = { population: area.total };
      if (area.ages.size === youthAges.length) denominators.population_10_17 = [...area.ages.values()].reduce((sum, value) => sum + value, 0);
      else partial.push(`${areaCode} ${area.name}`);
      population.push({ areaCode, areaName: area.name, denominators });
    }
    if (partial.length > 0) {
      warnings.push({ message: `No population_10_17 for ${partial.join(', ')}: the file does not give every single year of age from 10 to 17 (Age 10 ... Age 17)`, file });
    }
    if (breakdowns > 0) warnings.push({ message: `Skipped ${plural(breakdowns, 'row')} for males, females or percentages: only GENDER_NAME Total and MEASURES_NAME Value are read`, file });
    const withYouth = population.some((area) => area.denominators.population_10_17 !== undefined);
    return emptyOutput({ population, denominators: withYouth ? ['population', 'population_10_17'] : ['population'], problems: log.list(), warnings, rows: table.rows.length });
  },
};
