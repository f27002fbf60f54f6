import { stat } from 'node:fs/promises';
import path from 'node:path';
import { JUDGEMENT_FACTORS, type JudgementFactor } from '../config/parse-priorities.js';
import { AssessError, ExitCode, collectProblems } from '../errors.js';
import type { AssessConfig, SourceSummary } from '../model.js';
import { readInputText } from './input-head.js';
import { parsePriorityScores, type PriorityScores } from './parse-priority-scores.js';

/**
 * Reads the year's priority scoring sheet when the configuration asks for one (I/O at the edge;
 * parsePriorityScores does the checking). A configured sheet that is missing stops the build:
 * a matrix without the partnership's scores would rank the themes on data alone, unannounced.
 */
export async function readPriorityScores(dataDir: string, config: AssessConfig): Promise<{ scores: PriorityScores; source: SourceSummary } | undefined> {
  const scoring = config.priorities?.scoring;
  if (scoring === undefined) return undefined;
  const file = path.join(dataDir, ...scoring.file.split('/'));
  const factors = scoring.weights.map((w) => w.factor).filter((f): f is JudgementFactor => (JUDGEMENT_FACTORS as readonly string[]).includes(f));
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) {
    throw new AssessError(`No priority scores file: ${file}`, ExitCode.badInput, {
      location: { file },
      expected: `the partnership's scoring sheet, a CSV with the columns theme,${factors.join(',')} (and optionally resident_concern,notes), one row per theme`,
      fix: `Save the scoring sheet as ${scoring.file} in ${dataDir}, or remove "priorities.scoring" from ${config.sourceFile} to leave the matrix out.`,
    });
  }
  const input = await readInputText(dataDir, scoring.file);
  const { scores, problems } = parsePriorityScores(input.text, input.shown, { themes: config.themes, scale: scoring.scale, factors });
  if (problems.length > 0) throw collectProblems(`The priority scores in ${input.shown} have problems`, problems);
  const source: SourceSummary = { file: scoring.file, kind: 'lookup', agencies: ['partnership'], measures: [], rows: scores.rows.length, format: 'Priority scoring sheet (MoRiLE-style scores)' };
  return { scores, source };
}
