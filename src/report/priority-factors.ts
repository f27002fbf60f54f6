/**
 * The data factors of the priority matrix, worked out from the home district's figures for
 * each theme's measures. Each is first put on five levels (1 = least cause for concern,
 * 5 = most) and then onto the partnership's scale, so it sits beside the judgement scores.
 * Pure: the scaling rules here are the ones the document states (see scalingNotes).
 */
import type { ComputedFactor } from '../config/parse-priorities.js';
import type { FigureRow, MeasureDefinition } from '../model.js';
import { formatCount, formatDecimal, formatPct, ordinal, roundHalfAwayFromZero } from '../narrative/format.js';
import { toneOf } from './tone.js';

export interface FactorValue {
  /** 1 to 5 before it is put on the scale. */
  level: number;
  /** The level on the partnership's scale. */
  score: number;
  /** The evidence in words, for the recommendation sentences. */
  evidence: string;
}

export type ThemeFactors = Partial<Record<ComputedFactor, FactorValue>>;

export interface FactorInput {
  /** The scored themes, in the document's theme order. */
  themes: readonly string[];
  measures: readonly MeasureDefinition[];
  /** The home district's figures by measure id. */
  home: ReadonlyMap<string, FigureRow>;
  countyName: string;
  scale: readonly [number, number];
}

/** Level 1 -> the bottom of the scale, level 5 -> the top, evenly between. */
export function onScale(level: number, [low, high]: readonly [number, number]): number {
  return roundHalfAwayFromZero(low + ((level - 1) * (high - low)) / 4, 2);
}

/**
 * Volume quintiles: a theme's level is 1 + the fifth of the ranking it falls in, counting the
 * themes with a strictly smaller volume, so equal volumes share a level, the smallest theme
 * scores 1 and (with five or more themes) the largest scores 5.
 */
export function volumeLevel(smaller: number, themeCount: number): number {
  return 1 + Math.min(4, Math.floor((5 * smaller) / themeCount));
}

/** % change read so that + is worse; judged at one decimal place, as the document prints it. */
export function trendLevel(worsening: number): number {
  const shown = roundHalfAwayFromZero(worsening, 1);
  if (shown >= 10) return 5;
  if (shown >= 3) return 4;
  if (shown <= -10) return 1;
  if (shown <= -3) return 2;
  return 3;
}

/** Position 1 of N (best) -> 0, N of N (worst) -> 1; the average over measures, on five levels. */
export function countyPositionLevel(positions: readonly { rank: number; of: number }[]): number {
  const fractions = positions.map((p) => (p.rank - 1) / (p.of - 1));
  const mean = fractions.reduce((a, b) => a + b, 0) / fractions.length;
  return 1 + Math.round(4 * mean);
}

/** Each measure significantly worse than the county, or worse than last year beyond chance, adds one. */
export function significanceLevel(count: number): number {
  return 1 + Math.min(4, count);
}

/** Measures with a better direction: trend, position and significance need one to judge by. */
function judged(measures: readonly MeasureDefinition[]): MeasureDefinition[] {
  return measures.filter((m) => m.polarity !== 'neutral');
}

function volumeOf(measures: readonly MeasureDefinition[], home: ReadonlyMap<string, FigureRow>): { measure: MeasureDefinition; count: number } | undefined {
  let best: { measure: MeasureDefinition; count: number } | undefined;
  // Counts only: a theme's measures overlap (burglary includes residential burglary), so the
  // largest count stands for the theme rather than a sum that would count crimes twice.
  for (const measure of measures) {
    if (measure.ratioOf !== undefined || measure.valueKind === 'rate') continue;
    const value = home.get(measure.id)?.value;
    if (value !== null && value !== undefined && (best === undefined || value > best.count)) best = { measure, count: value };
  }
  return best;
}

function isSignificantlyWorse(measure: MeasureDefinition, row: FigureRow): boolean {
  return row.countyComparison === 'worse' || row.countyComparison === 'worst' || (row.changeNotable === true && toneOf(row.change, measure.polarity) === 'worse');
}

function trendOf(measures: readonly MeasureDefinition[], home: ReadonlyMap<string, FigureRow>, scale: readonly [number, number]): FactorValue | undefined {
  const changes = judged(measures).flatMap((m) => {
    const pct = home.get(m.id)?.pctChange;
    return pct === null || pct === undefined ? [] : [m.polarity === 'higher_is_better' ? -pct : pct];
  });
  if (changes.length === 0) return undefined;
  const mean = changes.reduce((a, b) => a + b, 0) / changes.length;
  const level = trendLevel(mean);
  const which = changes.length === 1 ? 'its measure' : `its ${changes.length} measures`;
  const average = changes.length === 1 ? '' : ' on average';
  const evidence = roundHalfAwayFromZero(mean, 1) === 0
    ? `${which} unchanged on last year${average}`
    : `${which} ${formatPct(Math.abs(mean))} ${mean > 0 ? 'worse' : 'better'} than last year${average}`;
  return { level, score: onScale(level, scale), evidence };
}

function positionOf(measures: readonly MeasureDefinition[], home: ReadonlyMap<string, FigureRow>, countyName: string, scale: readonly [number, number]): FactorValue | undefined {
  const positions = judged(measures).flatMap((m) => {
    const row = home.get(m.id);
    return row?.countyRank == null || row.countyRankOf == null || row.countyRankOf < 2 ? [] : [{ rank: row.countyRank, of: row.countyRankOf }];
  });
  if (positions.length === 0) return undefined;
  const level = countyPositionLevel(positions);
  const sameSize = positions.every((p) => p.of === positions[0]!.of);
  const meanRank = positions.reduce((a, p) => a + p.rank, 0) / positions.length;
  const evidence = positions.length === 1
    ? `${ordinal(positions[0]!.rank)} of ${positions[0]!.of} in ${countyName}, 1 being best`
    : sameSize ? `an average position of ${formatDecimal(meanRank)} of ${positions[0]!.of} in ${countyName} across ${positions.length} measures, 1 being best`
      : `its measures' positions in ${countyName} (level ${level} of 5)`;
  return { level, score: onScale(level, scale), evidence };
}

function significanceOf(measures: readonly MeasureDefinition[], home: ReadonlyMap<string, FigureRow>, scale: readonly [number, number]): FactorValue | undefined {
  const withRows = judged(measures).filter((m) => home.get(m.id)?.values.some((v) => v !== null));
  if (withRows.length === 0) return undefined;
  const count = withRows.filter((m) => isSignificantlyWorse(m, home.get(m.id)!)).length;
  const level = significanceLevel(count);
  const evidence = `${count === 0 ? 'none' : count} of its ${withRows.length} measure${withRows.length === 1 ? '' : 's'} significantly worse than the county or than last year`;
  return { level, score: onScale(level, scale), evidence };
}

/** The computed factors of every scored theme; a factor with nothing to judge it by is absent. */
export function computeFactors(input: FactorInput): Map<string, ThemeFactors> {
  const { home, scale } = input;
  const byTheme = new Map(input.themes.map((theme) => [theme, input.measures.filter((m) => m.theme === theme)]));
  const volumes = new Map(input.themes.flatMap((theme) => {
    const volume = volumeOf(byTheme.get(theme)!, home);
    return volume === undefined ? [] : [[theme, volume] as const];
  }));
  const counts = [...volumes.values()].map((v) => v.count);
  const result = new Map<string, ThemeFactors>();
  for (const theme of input.themes) {
    const measures = byTheme.get(theme)!;
    const factors: ThemeFactors = {};
    const volume = volumes.get(theme);
    if (volume !== undefined) {
      const level = volumeLevel(counts.filter((c) => c < volume.count).length, counts.length);
      const place = 1 + counts.filter((c) => c > volume.count).length;
      factors.volume = { level, score: onScale(level, scale), evidence: `${formatCount(volume.count)} (${volume.measure.label}), the ${place === 1 ? '' : `${ordinal(place)} `}largest of the ${counts.length} themes` };
    }
    const trend = trendOf(measures, home, scale);
    if (trend !== undefined) factors.trend = trend;
    const position = positionOf(measures, home, input.countyName, scale);
    if (position !== undefined) factors.county_position = position;
    const significance = significanceOf(measures, home, scale);
    if (significance !== undefined) factors.significance = significance;
    result.set(theme, factors);
  }
  return result;
}

/** How each computed factor is scaled, in the document's words. */
export function scalingNotes(countyName: string, countyAreas: number, themeCount: number): Record<ComputedFactor, string> {
  return {
    volume: `Volume: each theme's largest count this year (a theme's measures overlap, for example burglary includes residential burglary, so they are not added up), ranked across the ${themeCount} scored themes and split into fifths: the smallest fifth scores 1 and the largest 5; equal counts score the same.`,
    trend: 'Trend: the average % change on last year of the theme\'s measures that have a better direction, counted as positive when the measure got worse: 10% or more better scores 1, 3% to 10% better 2, less than 3% either way 3, 3% to 10% worse 4, 10% or more worse 5. Measures with no better direction (such as domestic abuse incidents) are left out.',
    county_position: `County position: each measure's position among the ${countyAreas} districts of ${countyName} (1 = best) is put on a range from 0 (best) to 1 (worst); the theme's average, times 4, rounded, plus 1, gives 1 (top of the county) to 5 (bottom).`,
    significance: `Significance: 1, plus 1 for each of the theme's measures whose rate is significantly worse than ${countyName}'s or that worsened on last year by more than chance alone would give, up to 5.`,
  };
}
