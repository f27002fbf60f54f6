import type { AnnualTable, MeasureDefinition, WardFigure, WardInfo } from '../model.js';
import { per1000 } from './rates.js';
import { areaSeries } from './series.js';

/**
 * Current-year ward totals of the home district, for the hotspot lists: by measure (in
 * configuration order), highest value first, then ward name and code so ties are stable.
 * A ward rate is only given for measures rated per 1,000 residents, because ward population
 * is the only ward denominator supplied; a dwellings rate over residents would mislead.
 */
export function wardFigures(
  measures: readonly MeasureDefinition[],
  annual: AnnualTable,
  wards: readonly WardInfo[],
  homeArea: string,
  year: number,
): WardFigure[] {
  const homeWards = wards.filter((ward) => ward.areaCode === homeArea);
  const result: WardFigure[] = [];
  for (const measure of measures) {
    const perResident = !measure.ratioOf && measure.denominator === 'population';
    const rows: WardFigure[] = [];
    for (const ward of homeWards) {
      const value = areaSeries(annual, measure, ward.wardCode, [year - 2, year - 1, year])[2];
      if (value == null) continue;
      rows.push({
        measure: measure.id,
        wardCode: ward.wardCode,
        wardName: ward.wardName,
        value,
        per1000: perResident ? per1000(value, ward.population) : null,
      });
    }
    rows.sort((a, b) => b.value - a.value || compareText(a.wardName, b.wardName) || compareText(a.wardCode, b.wardCode));
    result.push(...rows);
  }
  return result;
}

/** Code-unit order: the same on every machine, unlike a locale-aware collation. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
