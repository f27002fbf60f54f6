import type { JudgementFactor } from '../config/parse-priorities.js';
import { didYouMean } from '../config/suggest.js';
import type { AssessError } from '../errors.js';
import type { ThemeDefinition } from '../model.js';
import { readCsvTable } from './csv-table.js';
import { ProblemLog, cellOf, columnOf, headerProblem, indexColumns } from './problems.js';

/** A score the scoring sheet gives: the judgement factors and, optionally, resident concern. */
export type SheetFactor = JudgementFactor | 'resident_concern';

export interface PriorityScoreRow {
  /** The theme id, whichever way the sheet named the theme. */
  theme: string;
  /** Only the factors with a score: resident concern may be left blank. */
  scores: Partial<Record<SheetFactor, number>>;
  notes?: string;
  line: number;
}

export interface PriorityScores {
  rows: PriorityScoreRow[];
  /** The sheet has a resident_concern column (its cells may still be blank). */
  hasResidentConcern: boolean;
}

export interface PriorityScoresOptions {
  themes: readonly ThemeDefinition[];
  scale: [number, number];
  /** The judgement columns that carry a weight, and so must be in the sheet. */
  factors: readonly JudgementFactor[];
}

const NO_SCORE = new Set(['', '-', '–', 'n/a', 'na']);
const SCORE = /^[+-]?(\d+(\.\d+)?|\.\d+)$/;

/** "Resident concern" and "resident-concern" are the same column as resident_concern. */
function columnKey(key: string): string {
  return key.replace(/[\s-]+/g, '_');
}

/** A theme named by its id or its title, in any case: sheets are typed by hand. */
function themeOf(text: string, themes: readonly ThemeDefinition[]): ThemeDefinition | undefined {
  const lower = text.toLowerCase();
  return themes.find((t) => t.id === text) ?? themes.find((t) => t.id.toLowerCase() === lower || t.title.toLowerCase() === lower);
}

function readScore(log: ProblemLog, cell: string, line: number, column: number, factor: SheetFactor, theme: string, options: PriorityScoresOptions): number | undefined {
  const text = cell.trim();
  const [low, high] = options.scale;
  const expected = `a score from ${low} to ${high}`;
  if (NO_SCORE.has(text.toLowerCase())) {
    // Resident concern is optional per theme: assess leaves it out and renormalises the weights.
    if (factor !== 'resident_concern') log.add(`No ${factor} score for "${theme}" in column ${column}`, line, column, { found: `"${cell}"`, expected, fix: 'Fill in the score agreed at the scoring meeting.' });
    return undefined;
  }
  const value = SCORE.test(text) ? Number(text) : undefined;
  if (value === undefined) {
    log.add(`The ${factor} score of "${theme}" in column ${column} is not a number`, line, column, { found: `"${cell}"`, expected });
    return undefined;
  }
  if (value < low || value > high) {
    log.add(`The ${factor} score of "${theme}" is outside the scale ${low} to ${high}`, line, column, {
      found: text,
      expected,
      fix: 'Correct the score, or change "priorities.scoring.scale" if the partnership scores on another scale.',
    });
    return undefined;
  }
  return value;
}

/**
 * Reads the partnership's MoRiLE-style scoring sheet (data/<year>/priority-scores.csv):
 * theme, the weighted judgement columns, optionally resident_concern and notes. Pure: every
 * problem is returned with its line and column, and a row with any problem is left out.
 */
export function parsePriorityScores(text: string, file: string, options: PriorityScoresOptions): { scores: PriorityScores; problems: AssessError[] } {
  const empty: PriorityScores = { rows: [], hasResidentConcern: false };
  const parsed = readCsvTable(text, file);
  if (!parsed.ok) return { scores: empty, problems: [parsed.problem] };
  const { table } = parsed;
  const log = new ProblemLog(file);
  const required = ['theme', ...options.factors];
  const all = indexColumns(table.keys.map(columnKey), [...required, 'resident_concern', 'notes']);
  const columns = { ...all, missing: all.missing.filter((key) => required.includes(key)) };
  if (headerProblem(log, table.headerLine, table.header, columns, required, 'the priority scores file')) return { scores: empty, problems: log.list() };
  const sheetFactors: SheetFactor[] = [...options.factors, ...(columns.indexes.has('resident_concern') ? ['resident_concern' as const] : [])];
  const themeColumn = columnOf(columns, 'theme')!;
  const ids = options.themes.map((t) => t.id);
  const firstLine = new Map<string, number>();
  const rows: PriorityScoreRow[] = [];
  for (const { line, cells } of table.rows) {
    const named = cellOf(cells, columns, 'theme').trim();
    const theme = themeOf(named, options.themes);
    if (theme === undefined) {
      log.add(named === '' ? `No theme in column ${themeColumn}` : `"${named}" is not a theme of the document.${didYouMean(named, ids)}`, line, themeColumn, {
        found: named === '' ? '(blank)' : named,
        expected: `a theme id: ${ids.join(', ')}`,
        fix: 'Use the theme ids of the configuration (see README, "Priorities").',
      });
      continue;
    }
    if (firstLine.has(theme.id)) {
      log.add(`The theme "${theme.id}" is scored twice`, line, themeColumn, { found: named, expected: `one row per theme (first on line ${firstLine.get(theme.id)})`, fix: 'Delete one of the two rows.' });
      continue;
    }
    firstLine.set(theme.id, line);
    const before = log.count;
    const scores: Partial<Record<SheetFactor, number>> = {};
    for (const factor of sheetFactors) {
      const value = readScore(log, cellOf(cells, columns, factor), line, columnOf(columns, factor)!, factor, theme.id, options);
      if (value !== undefined) scores[factor] = value;
    }
    if (log.count > before) continue;
    const notes = cellOf(cells, columns, 'notes').trim();
    rows.push({ theme: theme.id, scores, ...(notes === '' ? {} : { notes }), line });
  }
  return { scores: { rows, hasResidentConcern: columns.indexes.has('resident_concern') }, problems: log.list() };
}
