/** Small shared pieces of wording used by the generated sentences. */

import { roundHalfAwayFromZero } from './format.js';

const BASES: Record<string, string> = {
  population: 'population',
  dwellings: 'dwellings',
  households: 'households',
};

/**
 * What a rate is "per 1,000" of, from a population.csv column name: "population", "dwellings",
 * "residents aged 10-17" for population_10_17; any other column reads as its words. Null for
 * 'none' (the measure has no rate).
 */
export function rateBasis(denominator: string): string | null {
  if (denominator === 'none' || denominator === '') return null;
  const known = BASES[denominator];
  if (known) return known;
  const ages = /^population_(\d+)_(\d+)$/.exec(denominator);
  if (ages) return `residents aged ${ages[1]}-${ages[2]}`;
  return denominator.replace(/_/g, ' ');
}

/** "Per 1,000 population", for the start of a sentence; null when the measure has no rate. */
export function perThousandPhrase(denominator: string): string | null {
  const basis = rateBasis(denominator);
  return basis === null ? null : `Per 1,000 ${basis}`;
}

/** "A", "A and B", "A, B and C" (British style, no serial comma). */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Counts increase and decrease; percentages rise and fall (by percentage points). */
export function movementNoun(change: number, isRatio: boolean): string {
  if (isRatio) return change > 0 ? 'rise' : 'fall';
  return change > 0 ? 'increase' : 'decrease';
}

/** "0.8 percentage points"; a change too small to show at one decimal place says so. */
export function ppAmount(magnitude: number): string {
  const rounded = roundHalfAwayFromZero(Math.abs(magnitude), 1);
  return rounded === 0 ? 'less than 0.1 percentage points' : `${rounded.toFixed(1)} percentage points`;
}

/** Compares two magnitudes as the reader sees them, to one decimal place. */
export function compareShown(a: number, b: number): 'greater than' | 'less than' | 'in line with' {
  const left = roundHalfAwayFromZero(Math.abs(a), 1);
  const right = roundHalfAwayFromZero(Math.abs(b), 1);
  return left > right ? 'greater than' : left < right ? 'less than' : 'in line with';
}
