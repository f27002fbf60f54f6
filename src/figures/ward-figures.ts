import type { AnnualTable, MeasureDefinition, WardFigure, WardInfo } from '../model.js';
import type { Disclosure } from './disclosure.js';
import { per1000 } from './rates.js';
import { areaSeries } from './series.js';

/**
 * Current-year ward totals of the home district, for the hotspot lists: by measure (in
 * configuration order), highest value first, then ward name and code so ties are stable.
 * A ward rate is only given for measures rated per 1,000 residents, because ward population
 * is the only ward denominator supplied; a dwellings rate over residents would mislead.
 * Under small-number suppression `annual` holds the shown values: a withheld ward is listed with
 * no value, after the wards with a figure above zero (its size is known only to be small).
 */
export function wardFigures(
  measures: readonly MeasureDefinition[],
  annual: AnnualTable,
  wards: readonly WardInfo[],
  homeArea: string,
  year: number,
  disclosure?: Disclosure,
): WardFigure[] {
  const homeWards = wards.filter((ward) => ward.areaCode === homeArea);
  const result: WardFigure[] = [];
  for (const measure of measures) {
    const perResident = !measure.ratioOf && measure.denominator === 'population';
    const rows: WardFigure[] = [];
    const rule = disclosure?.ruleOf(measure);
    for (const ward of homeWards) {
      const years = [year - 2, year - 1, year];
      const value = areaSeries(annual, measure, ward.wardCode, years)[2];
      const suppressed = disclosure?.suppressed(measure, ward.wardCode, years)[2] ?? false;
      if (value == null && !suppressed) continue;
      rows.push({
        measure: measure.id,
        wardCode: ward.wardCode,
        wardName: ward.wardName,
        value,
        per1000: perResident ? per1000(value, ward.population) : null,
        suppressed,
        ...(rule === undefined ? {} : { disclosure: rule }),
      });
    }
    rows.sort((a, b) => sortKey(b) - sortKey(a) || compareText(a.wardName, b.wardName) || compareText(a.wardCode, b.wardCode));
    result.push(...rows);
  }
  return result;
}

/** A withheld value sorts between zero and the smallest shown figure, whatever it really was. */
function sortKey(ward: WardFigure): number {
  return ward.value ?? 0.5;
}

/** Code-unit order: the same on every machine, unlike a locale-aware collation. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
