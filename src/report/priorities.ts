/**
 * The priorities section (seed 002 section 6, seed 004's MoRiLE matrix): last year's priorities
 * reviewed through their measures, the matrix that ranks the themes with its arithmetic shown,
 * and the recommended priorities with the reasons for each.
 */
import type { PrioritiesConfig, PriorityScoring } from '../config/parse-priorities.js';
import { JUDGEMENT_FACTORS } from '../config/parse-priorities.js';
import { listWords } from '../config/suggest.js';
import type { PriorityScores } from '../ingest/parse-priority-scores.js';
import type { AssessConfig, FigureRow, MeasureDefinition } from '../model.js';
import { roundHalfAwayFromZero } from '../narrative/format.js';
import { changeCells, formatMeasureValue, headerCells, type TableContext } from './measure-table.js';
import { computeFactors, scalingNotes } from './priority-factors.js';
import { FACTOR_HEADERS, FACTOR_LABELS, formatScore, formatTotal, rankThemes, recommendationSentence } from './priority-matrix.js';
import { toneOf } from './tone.js';
import type { CellView, PrioritiesView, PriorityMatrixView, PriorityRecommendationsView, PriorityReviewView } from './view-types.js';

export interface PrioritiesInput {
  config: AssessConfig;
  priorities: PrioritiesConfig;
  /** The home district's figures by measure id. */
  home: ReadonlyMap<string, FigureRow>;
  homeName: string;
  context: TableContext;
  /** Section number, e.g. "5". */
  sectionNumber: string;
  /** The scoring sheet, read by the build when scoring is configured. */
  scores?: PriorityScores;
}

const COMPARISON_WORDS: Record<string, string> = { better: 'Better than', worse: 'Worse than', best: 'Much better than', worst: 'Much worse than', similar: 'Similar to', higher: 'Higher than', lower: 'Lower than' };

/** Improving / Worsening by the measure's better direction; "(significant)" when beyond chance. */
export function directionOfTravel(row: FigureRow | undefined, measure: MeasureDefinition): string {
  if (row?.change === null || row?.change === undefined) return 'n/a';
  if (row.change === 0) return 'No change';
  const tone = toneOf(row.change, measure.polarity);
  const words = tone === 'better' ? 'Improving' : tone === 'worse' ? 'Worsening' : `${row.change > 0 ? 'Rising' : 'Falling'} (no better direction)`;
  return row.changeNotable === true ? `${words} (significant)` : words;
}

function comparisonCell(row: FigureRow | undefined, countyName: string): CellView {
  const verdict = row?.countyComparison;
  const words = verdict === null || verdict === undefined ? undefined : COMPARISON_WORDS[verdict];
  // The words already say better or worse, so the shading needs no hidden text of its own.
  if (words === undefined) return { text: 'Not compared', tone: 'none', toneText: '' };
  return { text: `${words} ${countyName}`, tone: verdict === 'better' || verdict === 'best' ? 'better' : verdict === 'worse' || verdict === 'worst' ? 'worse' : 'none', toneText: '' };
}

function reviewTable(input: PrioritiesInput, heading: string): PriorityReviewView {
  const { config, context, home } = input;
  const measures = new Map(config.measures.map((m) => [m.id, m]));
  const groups = input.priorities.previous.map((priority) => ({
    name: priority.name,
    span: priority.measures.length,
    rows: priority.measures.map((id) => {
      const measure = measures.get(id)!;
      const row = home.get(id);
      const values = [row?.values[1] ?? null, row?.values[2] ?? null].map((v) => ({ text: formatMeasureValue(v, measure), tone: 'none' as const, toneText: '' }));
      const change = row === undefined ? [0, 1].map(() => ({ text: 'n/a', tone: 'none' as const, toneText: '' })) : changeCells(row, measure, context.colouring);
      const direction = { text: directionOfTravel(row, measure), tone: change[0]!.tone, toneText: '' };
      return { label: measure.label, cells: [...values, ...change], direction, comparison: comparisonCell(row, context.countyName) };
    }),
  }));
  return {
    heading,
    anchor: 'priorities-review',
    intro: `How the measures of last year's ${groups.length === 1 ? 'priority' : `${groups.length} priorities`} moved in ${input.homeName} between ${context.yearLabels[1]} and ${context.yearLabels[2]}, and how ${input.homeName} compares with ${context.countyName}.`,
    caption: `Last year's priorities: ${input.homeName}, ${context.yearLabels[1]} to ${context.yearLabels[2]}`,
    headers: headerCells(context.yearLabels.slice(1), ['Priority', 'Measure'], ['Change', '% change', 'Direction of travel^1', `Compared with ${context.countyName}^2`]),
    groups,
    footnotes: [
      { marker: '1', text: 'This year against last, read by each measure\'s better direction. "(significant)" marks a change larger than chance alone would give (Poisson test); changes without it may be chance.' },
      { marker: '2', text: `The ${context.countyName} rate (or percentage) against the 95% confidence interval of ${input.homeName}'s: better or worse when outside it, similar when inside; higher or lower for measures with no better direction.` },
    ],
  };
}

function matrixIntro(scoring: PriorityScoring, countyName: string, themeCount: number): string[] {
  const [low, high] = scoring.scale;
  const judgement = scoring.weights.filter((w) => (JUDGEMENT_FACTORS as readonly string[]).includes(w.factor) || w.factor === 'resident_concern');
  const allWeight = scoring.weights.reduce((sum, w) => sum + w.weight, 0);
  return [
    `Each theme is scored from ${formatScore(low)} to ${formatScore(high)} on every factor, a higher score meaning a stronger case for a priority, in the manner of the MoRiLE (Management of Risk in Law Enforcement) matrix. ${judgement.length > 0 ? `The partnership's scoring sheet (${scoring.file}) gives ${listWords(judgement.map((w) => FACTOR_LABELS[w.factor].toLowerCase()), 'and')}; the` : 'The'} other factors are computed from the figures in this document, for the ${themeCount} themes scored.`,
    `Each score is multiplied by its factor's weight and the products are added: the weights add up to ${formatScore(allWeight)}, so the highest possible total is ${formatTotal(roundHalfAwayFromZero(allWeight * high, 1))}. Themes are ranked by total, highest first.`,
    `${countyName} is the benchmark for the county position and significance factors.`,
  ];
}

function matrix(input: PrioritiesInput, scoring: PriorityScoring, scores: PriorityScores, headings: { matrix: string; recommended: string }): { matrix: PriorityMatrixView; recommended: PriorityRecommendationsView } {
  const { config, home } = input;
  const order = new Map(config.themes.map((t, i) => [t.id, i]));
  const rows = [...scores.rows].sort((a, b) => order.get(a.theme)! - order.get(b.theme)!);
  const factors = computeFactors({ themes: rows.map((r) => r.theme), measures: config.measures, home, countyName: config.county.name, scale: scoring.scale });
  const ranked = rankThemes(rows, factors, scoring, config.themes);
  const computed = new Set(['volume', 'trend', 'county_position', 'significance']);
  const headers = headerCells([], ['Rank', 'Theme'], [...scoring.weights.map((w) => `${FACTOR_HEADERS[w.factor]}^${computed.has(w.factor) ? '2' : '1'}`), 'Total']);
  const notes = scalingNotes(config.county.name, config.county.areas.length, rows.length);
  const [low, high] = scoring.scale;
  const weighted = new Set(scoring.weights.map((w) => w.factor));
  const missing = ranked.some((t) => scoring.weights.some((w) => w.weight > 0 && t.scores[w.factor] === undefined));
  const unscored = config.themes.filter((t) => !rows.some((r) => r.theme === t.id)).map((t) => t.title);
  const matrixView: PriorityMatrixView = {
    heading: headings.matrix,
    anchor: 'priorities-matrix',
    intro: matrixIntro(scoring, config.county.name, rows.length),
    caption: `Priority scoring matrix: ${rows.length} themes ranked by weighted total`,
    headers,
    weights: scoring.weights.map((w) => formatScore(w.weight)),
    rows: ranked.map((t, i) => ({
      rank: String(i + 1),
      theme: t.theme.title,
      cells: scoring.weights.map((w) => {
        const score = t.scores[w.factor];
        return score === undefined ? 'n/a' : formatScore(score.score);
      }),
      total: formatTotal(t.total),
      recommended: i < Math.min(scoring.recommend, ranked.length),
    })),
    arithmetic: ranked.map((t) => `${t.theme.title}: ${t.arithmetic}`),
    footnotes: [
      { marker: '1', text: `From the partnership's scoring sheet, ${scoring.file}, on the scale ${formatScore(low)} to ${formatScore(high)}.` },
      { marker: '2', text: `Computed by assess from ${input.homeName}'s figures for the theme's measures, on five levels${low === 1 && high === 5 ? '' : ` put evenly on the scale (level 1 = ${formatScore(low)}, level 5 = ${formatScore(high)})`}; how each is worked out is set out below.` },
    ],
    notes: [
      ...(['volume', 'trend', 'county_position', 'significance'] as const).filter((f) => weighted.has(f)).map((f) => notes[f]),
      ...(weighted.has('resident_concern') ? [scores.hasResidentConcern
        ? 'Resident concern: from the resident_concern column of the scoring sheet (survey results put on the scale by the partnership).'
        : 'Resident concern: weighted, but the scoring sheet has no resident_concern column, so it is left out of every total and the weights are renormalised.'] : []),
      ...(missing ? ['A factor shown as n/a has no score for that theme: it is left out of the theme\'s total and the sum is multiplied by all the weights over the weights used (renormalised), so totals stay comparable.'] : []),
      'Totals are rounded to one decimal place. Themes with equal totals are listed in the document\'s theme order.',
      ...(unscored.length > 0 ? [`Not in the scoring sheet, so not ranked: ${unscored.join(', ')}.`] : []),
    ],
  };
  const count = Math.min(scoring.recommend, ranked.length);
  const recommended: PriorityRecommendationsView = {
    heading: headings.recommended,
    anchor: 'priorities-recommended',
    intro: `The ${count === 1 ? 'theme' : `${count} themes`} with the highest totals ${count === 1 ? 'is' : 'are'} recommended as the partnership's priorities for the coming year, for the partnership to confirm:`,
    items: ranked.slice(0, count).map((t, i) => ({ theme: t.theme.title, sentence: recommendationSentence(t, i + 1, ranked.length, scoring.weights) })),
  };
  // A tie across the cut is decided only by theme order: the reader must know the next theme is level.
  const last = ranked[count - 1];
  const level = ranked.slice(count).filter((t) => last !== undefined && t.total === last.total).map((t) => t.theme.title);
  if (last !== undefined && level.length > 0) {
    recommended.tieNote = `${listWords(level, 'and')} ${level.length === 1 ? 'has' : 'have'} the same total as ${last.theme.title} (${formatTotal(last.total)}) and ${level.length === 1 ? 'is' : 'are'} left out only by the order of the themes: the partnership may wish to consider ${level.length === 1 ? 'it' : 'them'} too.`;
  }
  return { matrix: matrixView, recommended };
}

/** The whole section; parts that are not configured (or not supplied) are left out. */
export function prioritiesSection(input: PrioritiesInput): PrioritiesView {
  const n = input.sectionNumber;
  let sub = 0;
  const next = (title: string): string => `${n}.${++sub} ${title}`;
  const review = input.priorities.previous.length > 0 ? reviewTable(input, next('Progress on last year\'s priorities')) : undefined;
  const scoring = input.priorities.scoring;
  const ranked = scoring !== undefined && input.scores !== undefined && input.scores.rows.length > 0
    ? matrix(input, scoring, input.scores, { matrix: next('Scoring the themes'), recommended: next('Recommended priorities') })
    : undefined;
  const parts = [review ? 'reviews progress on the priorities set last year' : '', ranked ? 'ranks the themes with a scoring matrix to recommend priorities for the coming year' : ''].filter(Boolean);
  return {
    intro: `This section ${parts.length > 0 ? parts.join(' and ') : 'has nothing to show: no priorities were reviewed or scored'}. ${ranked ? 'Every score, weight and total is shown, so the ranking can be checked and challenged.' : ''}`.trim(),
    ...(review ? { review } : {}),
    ...(ranked ? { matrix: ranked.matrix, recommended: ranked.recommended } : {}),
  };
}
