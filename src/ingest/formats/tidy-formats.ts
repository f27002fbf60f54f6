import { parsePopulation, populationColumns } from '../parse-population.js';
import { parseTidy, tidyColumns } from '../parse-tidy.js';
import { parseWards, wardColumns } from '../parse-wards.js';
import { emptyOutput, hasAll, type FormatReader } from './format.js';

/** The project's own tidy layout: measure, area_code, period, value. */
export const tidyFormat: FormatReader = {
  id: 'tidy',
  title: 'tidy data (measure, area_code, period, value)',
  role: 'data',
  expectedHeader: tidyColumns.join(','),
  matches: (keys) => hasAll(keys, tidyColumns),
  read(text, file, context) {
    const result = parseTidy(text, file, { measures: context.measures, knownAreas: context.knownAreas });
    return emptyOutput({ observations: result.observations, problems: result.problems, warnings: result.warnings, rows: result.observations.length });
  },
};

/**
 * population.csv and wards.csv are taken at their name even when the header is wrong, so a
 * misspelt column is reported instead of the file being ignored.
 */
export const populationFormat: FormatReader = {
  id: 'population',
  title: 'population and denominators (area_code, area_name, population, ...)',
  role: 'population',
  expectedHeader: populationColumns.join(','),
  matches: (keys, fileName) => fileName.toLowerCase() === 'population.csv' || hasAll(keys, populationColumns),
  read(text, file) {
    const result = parsePopulation(text, file);
    return emptyOutput({ population: result.population, denominators: result.denominators, problems: result.problems, rows: result.rows });
  },
};

export const wardsFormat: FormatReader = {
  id: 'wards',
  title: 'ward to district lookup (ward_code, ward_name, area_code)',
  role: 'lookup',
  expectedHeader: wardColumns.join(','),
  matches: (keys, fileName) => fileName.toLowerCase() === 'wards.csv' || hasAll(keys, wardColumns),
  read(text, file) {
    const result = parseWards(text, file);
    return emptyOutput({ wards: result.wards, problems: result.problems, rows: result.rows });
  },
};
