/**
 * The priority matrix: each scored theme's judgement and computed factors, weighted and summed
 * with the arithmetic written out, ranked, and the top themes recommended with their reasons.
 */
import type { FactorWeight, PriorityFactor, PriorityScoring } from '../config/parse-priorities.js';
import type { PriorityScoreRow } from '../ingest/parse-priority-scores.js';
import type { ThemeDefinition } from '../model.js';
import { formatCount, formatDecimal, ordinal, roundHalfAwayFromZero } from '../narrative/format.js';
import type { ThemeFactors } from './priority-factors.js';

export const FACTOR_LABELS: Record<PriorityFactor, string> = {
  harm: 'Harm',
  likelihood: 'Likelihood',
  organisational: 'Organisational position',
  confidence: 'Confidence',
  volume: 'Volume',
  trend: 'Trend',
  county_position: 'County position',
  significance: 'Significance',
  resident_concern: 'Resident concern',
};

/**
 * Column headings: soft hyphens let the long single words break, so twelve columns fit the
 * width of an A4 page (the words read whole on screen and to screen readers).
 */
export const FACTOR_HEADERS: Record<PriorityFactor, string> = {
  harm: 'Harm',
  likelihood: 'Likeli\u00adhood',
  organisational: 'Organi\u00adsational position',
  confidence: 'Confi\u00addence',
  volume: 'Volume',
  trend: 'Trend',
  county_position: 'County position',
  significance: 'Signifi\u00adcance',
  resident_concern: 'Resident concern',
};

export interface FactorScore {
  score: number;
  /** Why a computed factor scored what it did, in words. */
  evidence?: string;
}

export interface ScoredTheme {
  theme: ThemeDefinition;
  /** Only the factors that have a score for this theme. */
  scores: Partial<Record<PriorityFactor, FactorScore>>;
  /** Rounded to one decimal place, as shown: ranks follow what the reader sees. */
  total: number;
  arithmetic: string;
}

/** Scores and weights as written: whole numbers plain, others to at most two decimal places. */
export function formatScore(value: number): string {
  return String(roundHalfAwayFromZero(value, 2));
}

export function formatTotal(value: number): string {
  return Number.isInteger(value) ? formatCount(value) : formatDecimal(value, 1);
}

/**
 * "3×4 + 2×3 = 18". Factors with no score for the theme are left out and the sum is scaled by
 * all the weights over the weights used, "(3×4 + 2×3) × 8/5 = 28.8", so every total is on the
 * same footing whichever factors it lacks.
 */
export function weightedTotal(terms: readonly { weight: number; score: number }[], allWeight: number): { total: number; arithmetic: string } {
  const counted = terms.filter((t) => t.weight > 0);
  const usedWeight = counted.reduce((sum, t) => sum + t.weight, 0);
  if (usedWeight === 0) return { total: 0, arithmetic: 'no weighted factor has a score = 0' };
  const raw = counted.reduce((sum, t) => sum + t.weight * t.score, 0);
  const total = roundHalfAwayFromZero((raw * allWeight) / usedWeight, 1);
  const sum = counted.map((t) => `${formatScore(t.weight)}×${formatScore(t.score)}`).join(' + ');
  if (usedWeight === allWeight) return { total, arithmetic: `${sum} = ${formatTotal(total)}` };
  return { total, arithmetic: `(${sum}) × ${formatScore(allWeight)}/${formatScore(usedWeight)} = ${formatTotal(total)}` };
}

function scoresOf(row: PriorityScoreRow, computed: ThemeFactors, weights: readonly FactorWeight[]): Partial<Record<PriorityFactor, FactorScore>> {
  const scores: Partial<Record<PriorityFactor, FactorScore>> = {};
  for (const { factor } of weights) {
    if (factor === 'volume' || factor === 'trend' || factor === 'county_position' || factor === 'significance') {
      const value = computed[factor];
      if (value !== undefined) scores[factor] = { score: value.score, evidence: value.evidence };
      continue;
    }
    const score = row.scores[factor];
    if (score !== undefined) scores[factor] = { score };
  }
  return scores;
}

/** The scored themes, ranked by total (highest first); equal totals keep the document's theme order. */
export function rankThemes(rows: readonly PriorityScoreRow[], factors: ReadonlyMap<string, ThemeFactors>, scoring: PriorityScoring, themes: readonly ThemeDefinition[]): ScoredTheme[] {
  const allWeight = scoring.weights.reduce((sum, w) => sum + w.weight, 0);
  const order = new Map(themes.map((t, i) => [t.id, i]));
  const scored = rows.map((row) => {
    const theme = themes.find((t) => t.id === row.theme)!;
    const scores = scoresOf(row, factors.get(row.theme) ?? {}, scoring.weights);
    const terms = scoring.weights.flatMap(({ factor, weight }) => {
      const score = scores[factor];
      return score === undefined ? [] : [{ weight, score: score.score }];
    });
    return { theme, scores, ...weightedTotal(terms, allWeight) };
  });
  return scored.sort((a, b) => b.total - a.total || order.get(a.theme.id)! - order.get(b.theme.id)!);
}

function listWithAnd(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * Why a theme is recommended: its rank and total, then the (up to three) factors that gave it the
 * most points, each with its product and, for a computed factor, the evidence behind the score.
 */
export function recommendationSentence(theme: ScoredTheme, rank: number, of: number, weights: readonly FactorWeight[]): string {
  const contributions = weights.flatMap(({ factor, weight }, index) => {
    const score = theme.scores[factor];
    return score === undefined || weight <= 0 ? [] : [{ factor, weight, score, points: weight * score.score, index }];
  });
  const top = contributions
    .sort((a, b) => b.points - a.points || b.weight - a.weight || a.index - b.index)
    .slice(0, 3)
    .filter((c) => c.points > 0)
    .map((c) => `${FACTOR_LABELS[c.factor].toLowerCase()} (${formatScore(c.weight)}×${formatScore(c.score.score)} = ${formatScore(c.points)}${c.score.evidence ? `: ${c.score.evidence}` : ''})`);
  const points = `${formatTotal(theme.total)} point${theme.total === 1 ? '' : 's'}`;
  const from = top.length === 0 ? '' : `, the most from ${listWithAnd(top)}`;
  return `Ranked ${ordinal(rank)} of ${of} with ${points}${from}.`;
}
