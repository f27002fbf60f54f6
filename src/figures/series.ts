import type { AnnualTable, MeasureDefinition } from '../model.js';

/** A measure's values for the assessment years N-2, N-1, N (index 2 = current). */
export type Series = [number | null, number | null, number | null];

/** One value from the annual table; an absent entry and a known gap both read as null. */
export function tableValue(annual: AnnualTable, measureId: string, code: string, year: number): number | null {
  const value = annual.get(measureId)?.get(code)?.get(year);
  return value == null || !Number.isFinite(value) ? null : value;
}

export function rawSeries(annual: AnnualTable, measureId: string, code: string, years: readonly number[]): Series {
  return [0, 1, 2].map((i) => tableValue(annual, measureId, code, years[i]!)) as Series;
}

/**
 * Year by year sum over several areas. A year where any area lacks a value is null: a silently
 * partial county total would understate the county and distort its change.
 */
export function sumSeries(parts: readonly Series[]): Series {
  return [0, 1, 2].map((i) => {
    if (parts.length === 0) return null;
    let total = 0;
    for (const part of parts) {
      const value = part[i];
      if (value == null) return null;
      total += value;
    }
    return total;
  }) as Series;
}

/** 100 x numerator / denominator, year by year; null where either is missing or the base is 0. */
export function ratioSeries(numerator: Series, denominator: Series): Series {
  return [0, 1, 2].map((i) => {
    const num = numerator[i];
    const den = denominator[i];
    return num == null || den == null || den === 0 ? null : (100 * num) / den;
  }) as Series;
}

/** The series of one area (district or ward): read directly, or derived for a ratio measure. */
export function areaSeries(annual: AnnualTable, measure: MeasureDefinition, code: string, years: readonly number[]): Series {
  if (!measure.ratioOf) return rawSeries(annual, measure.id, code, years);
  const [num, den] = measure.ratioOf;
  return ratioSeries(rawSeries(annual, num, code, years), rawSeries(annual, den, code, years));
}

/**
 * The county's series: summed counts, or the ratio of summed numerators to summed denominators.
 * Published rates cannot be summed: the county's is the one published for its code, if given.
 */
export function groupSeries(annual: AnnualTable, measure: MeasureDefinition, codes: readonly string[], years: readonly number[], groupCode?: string): Series {
  // A published rate cannot be summed: the group has the value published for its own code, if any.
  if (measure.valueKind === 'rate') return groupCode === undefined ? [null, null, null] : rawSeries(annual, measure.id, groupCode, years);
  const sum = (id: string) => sumSeries(codes.map((code) => rawSeries(annual, id, code, years)));
  if (!measure.ratioOf) return sum(measure.id);
  const [num, den] = measure.ratioOf;
  return ratioSeries(sum(num), sum(den));
}

export function isEmpty(series: Series): boolean {
  return series.every((value) => value == null);
}
