import type { AssessConfig, InputWarning, Observation, YearInputs } from '../model.js';
import { assessmentYearOfMonth, parsePeriod } from './periods.js';

/** A change this large on last year is more often an extract problem than a real change. */
const LARGE_CHANGE_PCT = 50;
/** Below this, a 50% change is a handful of incidents and not worth a warning. */
const LARGE_CHANGE_MIN_BASE = 20;

function yearOf(observation: Observation, yearEndMonth: number): number | undefined {
  const period = parsePeriod(observation.period);
  if (period === null) return undefined;
  return period.kind === 'month' ? assessmentYearOfMonth(period.year, period.month, yearEndMonth) : period.year;
}

/** Data after the assessment year usually means the wrong folder or year: it is not used. */
function periodsAfterYear(observations: Observation[], config: AssessConfig, year: number): InputWarning[] {
  const late = new Map<string, { count: number; line: number; latest: string }>();
  for (const observation of observations) {
    const y = yearOf(observation, config.yearEndMonth);
    if (y === undefined || y <= year) continue;
    const entry = late.get(observation.file) ?? { count: 0, line: observation.line, latest: observation.period };
    entry.count++;
    if (observation.period > entry.latest) entry.latest = observation.period;
    late.set(observation.file, entry);
  }
  return [...late].map(([file, { count, line, latest }]) => ({
    file,
    line,
    message: `${count} row${count === 1 ? ' is' : 's are'} after the assessment year ${year} (up to ${latest}) and ${count === 1 ? 'is' : 'are'} not used: check the year asked for, or the extract's dates`,
  }));
}

/** Counts that changed by more than half on last year, for the home district and the county. */
function largeChanges(inputs: YearInputs, config: AssessConfig, year: number): InputWarning[] {
  const warnings: InputWarning[] = [];
  const names = new Map(inputs.population.map((p) => [p.areaCode, p.areaName]));
  const firstFile = new Map<string, Observation>();
  for (const observation of inputs.observations) {
    const key = `${observation.measure}|${observation.areaCode}`;
    if (!firstFile.has(key)) firstFile.set(key, observation);
  }
  for (const measure of config.measures) {
    if (measure.ratioOf) continue;
    for (const area of config.county.areas) {
      const byYear = inputs.annual.get(measure.id)?.get(area);
      const current = byYear?.get(year);
      const previous = byYear?.get(year - 1);
      if (current == null || previous == null || previous < LARGE_CHANGE_MIN_BASE) continue;
      const pct = (100 * (current - previous)) / previous;
      if (Math.abs(pct) <= LARGE_CHANGE_PCT) continue;
      const source = firstFile.get(`${measure.id}|${area}`);
      warnings.push({
        measure: measure.id,
        file: source?.file,
        message: `${measure.label} for ${names.get(area) ?? area} changed by ${pct > 0 ? '+' : ''}${pct.toFixed(1)}% on last year (from ${previous} to ${current}): check the extract before publishing`,
      });
    }
  }
  return warnings;
}

/** A measure the other districts have but the home district lacks is usually a filtered extract. */
function missingAtHome(inputs: YearInputs, config: AssessConfig, year: number): InputWarning[] {
  const homeName = inputs.population.find((p) => p.areaCode === config.area)?.areaName ?? config.area;
  return config.measures
    .filter((measure) => !measure.ratioOf)
    .filter((measure) => {
      const byArea = inputs.annual.get(measure.id);
      const has = (code: string): boolean => byArea?.get(code)?.get(year) != null;
      return !has(config.area) && config.county.areas.some((code) => code !== config.area && has(code));
    })
    .map((measure) => ({ measure: measure.id, message: `${measure.label} has figures for other districts but none for ${homeName} in ${year}: check the extract (the measure is left out of the document if ${homeName} has no figure for any year)` }));
}

/** Checks of plausibility that `validate` and `build` both run after reading: warnings, never errors. */
export function yearChecks(inputs: YearInputs, config: AssessConfig, year: number): InputWarning[] {
  return [...periodsAfterYear(inputs.observations, config, year), ...largeChanges(inputs, config, year), ...missingAtHome(inputs, config, year)];
}
