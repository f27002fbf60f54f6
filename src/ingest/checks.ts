import { AssessError, ExitCode } from '../errors.js';
import type { AreaPopulation, AssessConfig, InputWarning, MeasureDefinition, Observation, WardInfo } from '../model.js';

/** Every district of the county needs a population: its rate and county rank depend on it. */
export function checkPopulationCoverage(config: AssessConfig, population: AreaPopulation[], file: string): { problems: AssessError[]; warnings: InputWarning[] } {
  const known = new Set(population.map((area) => area.areaCode));
  const missing = config.county.areas.filter((code) => !known.has(code));
  const problems = missing.length === 0 ? [] : [new AssessError(`The population file has no row for ${missing.length} district${missing.length === 1 ? '' : 's'} of the county`, ExitCode.badInput, {
    location: { file },
    found: `no row for ${missing.join(', ')}`,
    expected: `a row for every code in county.areas of ${config.sourceFile}`,
    fix: 'Add the missing districts (ONS mid-year estimates), or correct the codes in the configuration.',
  })];
  const comparatorGaps = (config.comparators?.areas ?? []).filter((code) => !known.has(code) && !config.county.areas.includes(code));
  const warnings = comparatorGaps.length === 0 ? [] : [{
    message: `No population for comparator area${comparatorGaps.length === 1 ? '' : 's'} ${comparatorGaps.join(', ')}: ranks in the most similar group will leave them out`,
    file,
  }];
  return { problems, warnings };
}

/**
 * Every district of the county needs a figure in each denominator column that a measure in the
 * data is rated by: its rates and county ranks depend on it, and a ranking that left one out
 * would still be printed as "of" the whole county. A comparator without one is left out of its
 * group's ranks, with a warning. A column no measure in the data uses may have blanks.
 */
export function checkBlankDenominators(config: AssessConfig, population: readonly AreaPopulation[], needed: ReadonlySet<string>, file: string): { problems: AssessError[]; warnings: InputWarning[] } {
  const known = new Map(population.map((area) => [area.areaCode, area]));
  const problems: AssessError[] = [];
  const warnings: InputWarning[] = [];
  for (const column of [...needed].filter((name) => name !== 'population').sort()) {
    const without = (codes: readonly string[]) => codes.filter((code) => known.has(code) && known.get(code)!.denominators[column] === undefined);
    const districts = without(config.county.areas);
    const comparators = without((config.comparators?.areas ?? []).filter((code) => !config.county.areas.includes(code)));
    const named = (codes: string[]) => codes.map((code) => `${code} (${known.get(code)!.areaName})`).join(', ');
    if (districts.length > 0) {
      problems.push(new AssessError(`The population file has no ${column} for ${districts.length} district${districts.length === 1 ? '' : 's'} of the county`, ExitCode.badInput, {
        location: { file },
        found: `a blank ${column} for ${named(districts)}`,
        expected: `a ${column} figure above zero for every code in county.areas of ${config.sourceFile}`,
        fix: `Fill in the ${column} of ${districts.length === 1 ? 'that district' : 'those districts'}; the rates of the measures rated by it, and their county ranks, need every district's.`,
      }));
    }
    if (comparators.length > 0) {
      warnings.push({ message: `No ${column} for comparator area${comparators.length === 1 ? '' : 's'} ${named(comparators)}: the most similar group's ranks of measures rated per ${column} will leave ${comparators.length === 1 ? 'it' : 'them'} out`, file });
    }
  }
  return { problems, warnings };
}

export function checkWardDistricts(config: AssessConfig, wards: WardInfo[], file: string): InputWarning[] {
  const districts = new Set([...config.county.areas, ...(config.comparators?.areas ?? [])]);
  const stray = [...new Set(wards.filter((ward) => !districts.has(ward.areaCode)).map((ward) => ward.areaCode))];
  if (stray.length === 0) return [];
  return [{ message: `Wards belong to district codes that are not in the configuration (${stray.join(', ')}): check the area_code column`, file }];
}

/** The denominator columns the measures in the data are rated by (proportions and published rates have none). */
export function denominatorsUsed(observations: readonly Observation[], measures: readonly MeasureDefinition[]): Set<string> {
  const present = new Set(observations.map((observation) => observation.measure));
  return new Set(measures.filter((m) => present.has(m.id) && m.ratioOf === undefined && m.valueKind !== 'rate' && m.denominator !== 'none').map((m) => m.denominator));
}

/**
 * A measure rated per 1,000 of a denominator needs that column in population.csv; without it
 * every rate and rank of the measure would be blank with no explanation.
 */
export function checkDenominators(observations: Observation[], measures: readonly MeasureDefinition[], denominators: ReadonlySet<string>, file: string, configFile: string): AssessError[] {
  const present = new Set(observations.map((observation) => observation.measure));
  const needs = new Map<string, string[]>();
  for (const measure of measures) {
    if (!present.has(measure.id) || measure.ratioOf !== undefined || measure.denominator === 'none' || denominators.has(measure.denominator)) continue;
    needs.set(measure.denominator, [...(needs.get(measure.denominator) ?? []), measure.id]);
  }
  return [...needs].map(([column, ids]) => new AssessError(`The population file has no "${column}" column, which ${ids.join(', ')} ${ids.length === 1 ? 'is' : 'are'} rated by`, ExitCode.badInput, {
    location: { file },
    found: `columns ${[...denominators].join(', ')}`,
    expected: `a "${column}" column`,
    fix: `Add a ${column} column to the population file, or set "denominator:" for ${ids.join(', ')} under "measures:" in ${configFile} (none for no rate).`,
  }));
}

/**
 * Values of a count measure that are not whole numbers. A decimal point used for thousands (1.570
 * for 1,570) or a percentage in a count column would otherwise read as a small count, silently;
 * but some published counts are decimals (severity-adjusted casualties), so this is a warning,
 * one per file and measure naming its first lines, not a refusal.
 */
export function checkWholeCounts(observations: readonly Observation[], measures: ReadonlyMap<string, MeasureDefinition>, displayPath: (file: string) => string): InputWarning[] {
  const found = new Map<string, Observation[]>();
  for (const observation of observations) {
    const measure = measures.get(observation.measure);
    if (observation.value === null || Number.isInteger(observation.value) || measure === undefined || measure.valueKind === 'rate' || measure.ratioOf !== undefined) continue;
    const key = `${observation.file}\u0000${observation.measure}`;
    const list = found.get(key);
    if (list === undefined) found.set(key, [observation]);
    else list.push(observation);
  }
  return [...found.values()].map((list) => {
    const first = list[0]!;
    const label = measures.get(first.measure)!.label;
    const shown = list.slice(0, 3).map((o) => `${o.value} on line ${o.line}`).join(', ') + (list.length > 3 ? ` and ${(list.length - 3).toLocaleString('en-GB')} more` : '');
    const some = list.length === 1 ? 'a value for it is not a whole number' : `${list.length.toLocaleString('en-GB')} values for it are not whole numbers`;
    return {
      message: `${label} is a count, but ${some} (${shown}): check the extract does not write thousands with a point (1.570 for 1,570) or give percentages. Rates or averages are declared with value_kind: rate`,
      measure: first.measure,
      file: displayPath(first.file),
      line: first.line,
    };
  });
}
