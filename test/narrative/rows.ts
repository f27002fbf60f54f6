import type { FigureRow, MeasureDefinition } from '../../src/model.js';

export function measure(overrides: Partial<MeasureDefinition> = {}): MeasureDefinition {
  return { id: 'shoplifting', label: 'Shoplifting', agency: 'police', theme: 'acquisitive', denominator: 'population', polarity: 'lower_is_better', ...overrides };
}

/** A figure row with change and % change derived from the two values given. */
export function row(previousValue: number | null, value: number | null, overrides: Partial<FigureRow> = {}): FigureRow {
  const change = value != null && previousValue != null ? value - previousValue : null;
  return {
    measure: 'shoplifting', areaCode: 'E0001', areaName: 'Medbury', kind: 'area', period: 2024,
    values: [null, previousValue, value], value, previousValue, change,
    pctChange: change != null && previousValue ? (100 * change) / previousValue : null,
    denominator: null, per1000: null, countyPer1000: null, countyRank: null, countyRankOf: null,
    comparatorRank: null, comparatorRankOf: null, previousCountyRank: null,
    lower95: null, upper95: null, countyComparison: null, changeZ: null, changeNotable: null, suppressed: [false, false, false],
    ...overrides,
  };
}

export function countyRow(previousValue: number | null, value: number | null, overrides: Partial<FigureRow> = {}): FigureRow {
  return row(previousValue, value, { areaCode: 'E1000', areaName: 'Shireshire', kind: 'county', ...overrides });
}
