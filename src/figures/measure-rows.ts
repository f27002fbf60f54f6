import type { AnnualTable, FigureRow, MeasureDefinition, PublishedStatistics } from '../model.js';
import { pctChange, volumeChange } from './change.js';
import { noneSuppressed, type Disclosure, type YearFlags } from './disclosure.js';
import { competitionRank } from './rank.js';
import { per1000, pooledPer1000 } from './rates.js';
import { areaSeries, groupSeries, isEmpty, rawSeries, sumSeries, type Series } from './series.js';
import { comparisonWith, publishedKey, significanceOf, type RatioParts } from './significance.js';

/** Everything about the run that every measure's rows need, resolved once by computeFigures. */
export interface MeasureContext {
  annual: AnnualTable;
  year: number;
  /** N-2, N-1, N. */
  years: readonly number[];
  countyAreas: readonly string[];
  countyCode: string;
  countyName: string;
  /** The whole comparator group, which may include county areas (the home area among them). */
  comparatorAreas: readonly string[];
  /** Comparator areas outside the county: they get rows of their own after the county row. */
  extraComparators: readonly string[];
  areaName(code: string): string;
  denominatorOf(code: string, column: string): number | null;
  /** Small-number suppression: `annual` then holds the shown values, and this says which are withheld. */
  disclosure?: Disclosure;
  /** 1 (the default): comparisons at 95%; 2: also at 99.8%, giving best / worst. */
  significanceLevels?: 1 | 2;
  /** Intervals published with rates (Fingertips), by publishedKey(measure, area, year). */
  published?: ReadonlyMap<string, PublishedStatistics>;
}

const CURRENT = 2;
const PREVIOUS = 1;

/** True when the measure is read per 1,000 of a denominator (ratios are already percentages). */
export function hasRate(measure: MeasureDefinition): boolean {
  return !measure.ratioOf && measure.denominator !== 'none';
}

/**
 * The rows of one measure: the county's areas, the county, then comparators outside the county.
 * An empty list when no area has a value in any of the three years, so the measure is left out.
 */
export function measureRows(measure: MeasureDefinition, ctx: MeasureContext): FigureRow[] {
  const codes = [...ctx.countyAreas, ...ctx.extraComparators];
  const series = new Map(codes.map((code) => [code, areaSeries(ctx.annual, measure, code, ctx.years)]));
  const rule = ctx.disclosure?.ruleOf(measure);
  const flagsOf = (code: string): YearFlags => ctx.disclosure?.suppressed(measure, code, ctx.years) ?? noneSuppressed();
  // A withheld value is not a missing one: a measure whose every value is withheld still has rows.
  if ([...series.values()].every(isEmpty) && !codes.some((code) => flagsOf(code).includes(true))) return [];

  const rated = hasRate(measure);
  const ruled = (row: BaseRow): BaseRow => (rule === undefined ? row : { ...row, disclosure: rule });
  const denominator = (code: string) => (rated ? ctx.denominatorOf(code, measure.denominator) : null);
  const valueOf = (code: string, index: number) => series.get(code)?.[index] ?? null;
  // Ranks compare like with like: rates where the measure has a denominator, otherwise values.
  const rankKey = (code: string, index: number) => (rated ? per1000(valueOf(code, index), denominator(code)) : valueOf(code, index));
  const rankWithin = (group: readonly string[], index: number) => {
    const { ranks, rankOf } = competitionRank(group.map((code) => rankKey(code, index)), measure.polarity);
    return { rankOf, rankOfCode: new Map(group.map((code, i) => [code, ranks[i] ?? null])) };
  };

  const countyNow = rankWithin(ctx.countyAreas, CURRENT);
  const countyBefore = rankWithin(ctx.countyAreas, PREVIOUS);
  const comparators = rankWithin(ctx.comparatorAreas, CURRENT);
  // The county rate and the county total follow one rule: with any district missing there is
  // neither, rather than a rate over part of the county set beside a blank total.
  const countyParts = ctx.countyAreas.map((code) => ({ count: valueOf(code, CURRENT), denominator: denominator(code) }));
  const countyComplete = countyParts.every((part) => part.count != null && part.denominator != null);
  // Under a rule the county total is rounded from the unrounded districts (disclosure.ts), and its
  // rate is that shown total over the county's denominator, as the county row shows it.
  const disclosedCounty = ctx.disclosure?.countySeries(measure, ctx.countyAreas, ctx.years);
  const countySeries = disclosedCounty?.values ?? groupSeries(ctx.annual, measure, ctx.countyAreas, ctx.years, ctx.countyCode);
  const countyPer1000 = !rated ? null
    : disclosedCounty ? per1000(countySeries[CURRENT], totalDenominator(ctx.countyAreas.map(denominator)))
      : countyComplete ? pooledPer1000(countyParts) : null;
  // Percentages and published rates are compared with the county's own value, counts by their rate.
  const benchmark = measure.ratioOf || measure.valueKind === 'rate' ? countySeries[CURRENT] : countyPer1000;
  // The counts behind a ratio's percentage this year, for its Wilson interval.
  const partsOf = (codes: readonly string[]): RatioParts | undefined => {
    if (!measure.ratioOf) return undefined;
    const [num, den] = measure.ratioOf.map((id) => sumSeries(codes.map((code) => rawSeries(ctx.annual, id, code, ctx.years)))[CURRENT]);
    return { numerator: num ?? null, denominator: den ?? null };
  };
  // The comparator group's benchmark follows the county's rule: pooled over the whole group, and
  // none at all when any member lacks a value (or a denominator), rather than a partial group;
  // without a benchmark the comparison is null (an empty cell), not a guess.
  const msgParts = ctx.comparatorAreas.map((code) => ({ count: valueOf(code, CURRENT), denominator: denominator(code) }));
  const msgComplete = msgParts.length > 0 && msgParts.every((part) => part.count != null && part.denominator != null);
  const msgBenchmark = ctx.comparatorAreas.length === 0 ? null
    : measure.ratioOf ? groupSeries(ctx.annual, measure, ctx.comparatorAreas, ctx.years)[CURRENT]
      : rated && msgComplete ? pooledPer1000(msgParts) : null;
  const levels = ctx.significanceLevels ?? 1;
  const withSignificance = (row: Omit<FigureRow, 'lower95' | 'upper95' | 'countyComparison' | 'changeZ' | 'changeNotable'>, codes: readonly string[], inComparators = false): FigureRow => {
    const base = { ...row, lower95: null, upper95: null, countyComparison: null, changeZ: null, changeNotable: null };
    const published = codes.length === 1 ? ctx.published?.get(publishedKey(measure.id, codes[0]!, ctx.year)) : undefined;
    const significance = significanceOf(base, measure, benchmark, partsOf(codes), levels, published);
    const withLimits = { ...base, ...significance };
    const msgComparison = inComparators && msgBenchmark !== null ? comparisonWith(withLimits, measure, significance, msgBenchmark, levels) : null;
    return { ...withLimits, msgComparison };
  };

  const areaRow = (code: string): FigureRow => {
    const inCounty = countyNow.rankOfCode.has(code);
    const inComparators = comparators.rankOfCode.has(code);
    return withSignificance({
      ...ruled(baseRow(measure.id, code, ctx.areaName(code), 'area', ctx.year, series.get(code)!, flagsOf(code))),
      denominator: denominator(code),
      per1000: rated ? per1000(valueOf(code, CURRENT), denominator(code)) : null,
      countyPer1000,
      countyRank: inCounty ? countyNow.rankOfCode.get(code)! : null,
      countyRankOf: inCounty ? countyNow.rankOf : null,
      comparatorRank: inComparators ? comparators.rankOfCode.get(code)! : null,
      comparatorRankOf: inComparators ? comparators.rankOf : null,
      previousCountyRank: inCounty ? countyBefore.rankOfCode.get(code)! : null,
    }, [code], inComparators);
  };

  const countyRow: FigureRow = withSignificance({
    ...ruled(baseRow(measure.id, ctx.countyCode, ctx.countyName, 'county', ctx.year, countySeries, disclosedCounty?.suppressed ?? noneSuppressed())),
    denominator: rated ? totalDenominator(ctx.countyAreas.map(denominator)) : null,
    // The pooled rate, so the county row and every area row quote the same county rate.
    per1000: countyPer1000,
    countyPer1000,
    countyRank: null,
    countyRankOf: null,
    comparatorRank: null,
    comparatorRankOf: null,
    previousCountyRank: null,
  }, ctx.countyAreas);

  return [...ctx.countyAreas.map(areaRow), countyRow, ...ctx.extraComparators.map(areaRow)];
}

type BaseRow = Pick<FigureRow, 'measure' | 'areaCode' | 'areaName' | 'kind' | 'period' | 'values' | 'value' | 'previousValue' | 'change' | 'pctChange' | 'suppressed' | 'disclosure'>;

/** For ratio measures the values are percentages, so change is in percentage points. */
function baseRow(measure: string, areaCode: string, areaName: string, kind: FigureRow['kind'], period: number, values: Series, suppressed: YearFlags): BaseRow {
  const [, previousValue, value] = values;
  return {
    measure,
    areaCode,
    areaName,
    kind,
    period,
    values: [...values],
    value,
    previousValue,
    change: volumeChange(value, previousValue),
    pctChange: pctChange(value, previousValue),
    suppressed: [...suppressed],
  };
}

/** The county's denominator only when every area has one, for the same reason as its counts. */
function totalDenominator(parts: readonly (number | null)[]): number | null {
  if (parts.length === 0 || parts.some((part) => part == null)) return null;
  return parts.reduce<number>((sum, part) => sum + part!, 0);
}
