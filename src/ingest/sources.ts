import type { MeasureDefinition, Observation, SourceSummary } from '../model.js';

/** What a data file contributed, for the methodology's information sources. */
export function summariseTidy(file: string, observations: Observation[], catalogue: readonly MeasureDefinition[]): SourceSummary {
  const present = new Set(observations.map((observation) => observation.measure));
  // Catalogue order, so the sources read in the same order as the document.
  const measures = catalogue.filter((measure) => present.has(measure.id));
  const agencies = [...new Set(measures.map((measure) => measure.agency))];
  // The first and last in code-point order, as sorting them all would give, without sorting thousands of rows.
  let firstPeriod: string | undefined;
  let lastPeriod: string | undefined;
  for (const { period } of observations) {
    if (firstPeriod === undefined || period < firstPeriod) firstPeriod = period;
    if (lastPeriod === undefined || period > lastPeriod) lastPeriod = period;
  }
  return {
    file,
    kind: 'tidy',
    agencies,
    measures: measures.map((measure) => measure.id),
    rows: observations.length,
    ...(firstPeriod !== undefined ? { firstPeriod, lastPeriod } : {}),
  };
}

export function summariseLookup(file: string, kind: 'population' | 'wards' | 'lookup', rows: number): SourceSummary {
  return { file, kind, agencies: [], measures: [], rows };
}
