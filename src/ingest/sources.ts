import type { MeasureDefinition, Observation, SourceSummary } from '../model.js';

/** What a data file contributed, for the methodology's information sources. */
export function summariseTidy(file: string, observations: Observation[], catalogue: readonly MeasureDefinition[]): SourceSummary {
  const present = new Set(observations.map((observation) => observation.measure));
  // Catalogue order, so the sources read in the same order as the document.
  const measures = catalogue.filter((measure) => present.has(measure.id));
  const agencies = [...new Set(measures.map((measure) => measure.agency))];
  const periods = observations.map((observation) => observation.period).sort();
  return {
    file,
    kind: 'tidy',
    agencies,
    measures: measures.map((measure) => measure.id),
    rows: observations.length,
    ...(periods.length > 0 ? { firstPeriod: periods[0], lastPeriod: periods[periods.length - 1] } : {}),
  };
}

export function summariseLookup(file: string, kind: 'population' | 'wards' | 'lookup', rows: number): SourceSummary {
  return { file, kind, agencies: [], measures: [], rows };
}
