import { isScalar, isSeq, type Node } from 'yaml';
import type { MeasureDefinition, ThemeDefinition } from '../model.js';
import { didYouMean } from './suggest.js';
import { describeNode, type Fields, type YamlReader } from './yaml-reader.js';

/** Scores the partnership gives each theme in its scoring sheet (MoRiLE: harm, likelihood...). */
export const JUDGEMENT_FACTORS = ['harm', 'likelihood', 'organisational', 'confidence'] as const;
/** Scores assess works out from the home district's figures. */
export const COMPUTED_FACTORS = ['volume', 'trend', 'county_position', 'significance'] as const;
/** Every factor a weight can be given to; resident concern is an optional column of the scores file. */
export const PRIORITY_FACTORS = [...JUDGEMENT_FACTORS, ...COMPUTED_FACTORS, 'resident_concern'] as const;

export type JudgementFactor = (typeof JUDGEMENT_FACTORS)[number];
export type ComputedFactor = (typeof COMPUTED_FACTORS)[number];
export type PriorityFactor = (typeof PRIORITY_FACTORS)[number];

export interface FactorWeight {
  factor: PriorityFactor;
  weight: number;
}

/** A priority set last year, reviewed through the movement of its measures. */
export interface PreviousPriority {
  name: string;
  measures: string[];
}

export interface PriorityScoring {
  /** The scores file, relative to data/<year>/ ('/'-separated). */
  file: string;
  /** [lowest, highest]: every judgement score must lie in it; computed factors are put on it. */
  scale: [number, number];
  /** In the order configured, which is the order of the columns and of the arithmetic. */
  weights: FactorWeight[];
  /** How many of the top-ranked themes to recommend. */
  recommend: number;
}

export interface PrioritiesConfig {
  /** Last year's priorities; empty when only the scoring is configured. */
  previous: PreviousPriority[];
  scoring?: PriorityScoring;
}

export const DEFAULT_SCORES_FILE = 'priority-scores.csv';
const DEFAULT_SCALE: [number, number] = [1, 5];
const DEFAULT_RECOMMEND = 4;

function readPrevious(reader: YamlReader, node: Node, measures: readonly MeasureDefinition[]): PreviousPriority[] {
  if (!isSeq(node)) {
    reader.problem(node, '"priorities.previous" should be a list', { found: describeNode(node), expected: 'one "- name: ..." entry per priority, each with a list of measures' });
    return [];
  }
  const known = measures.map((m) => m.id);
  const names = new Set<string>();
  const previous: PreviousPriority[] = [];
  (node.items as Node[]).forEach((item, index) => {
    const what = `priorities.previous entry ${index + 1}`;
    const fields = reader.fields(item, what, ['name', 'measures']);
    if (fields === undefined) return;
    const name = reader.string(fields, 'name', what, true);
    const listNode = reader.valueOf(fields, 'measures', what, true);
    const list = listNode === undefined ? undefined : reader.codeList(listNode, `"measures" of ${what}`);
    if (name !== undefined && names.has(name.toLowerCase())) {
      reader.problem(fields.byKey.get('name')?.value, `The priority "${name}" is listed twice`, { found: name, expected: 'each priority once', fix: 'Merge the two entries into one.' });
    }
    if (name !== undefined) names.add(name.toLowerCase());
    const ids: string[] = [];
    list?.codes.forEach((id, i) => {
      if (known.includes(id)) ids.push(id);
      else reader.problem(list.nodes[i], `Priority "${name ?? index + 1}" names an unknown measure.${didYouMean(id, known)}`, { found: id, expected: 'the id of a bundled or configured measure', fix: 'Correct the measure id, or add the measure under "measures:".' });
    });
    if (list !== undefined && list.codes.length === 0) reader.problem(listNode, `Priority "${name ?? index + 1}" lists no measures`, { expected: 'at least one measure id, e.g. [da_incidents, da_repeat_pct]' });
    if (name !== undefined && list !== undefined && ids.length === list.codes.length && ids.length > 0) previous.push({ name, measures: ids });
  });
  return previous;
}

function readNumber(node: Node): number | undefined {
  return isScalar(node) && typeof node.value === 'number' && Number.isFinite(node.value) ? node.value : undefined;
}

function readScale(reader: YamlReader, fields: Fields): [number, number] | undefined {
  const node = reader.valueOf(fields, 'scale', '"priorities.scoring"', false);
  if (node === undefined) return DEFAULT_SCALE;
  const values = isSeq(node) ? (node.items as Node[]).map(readNumber) : [];
  const [low, high] = values;
  if (values.length === 2 && low !== undefined && high !== undefined && low < high) return [low, high];
  reader.problem(node, '"scale" in "priorities.scoring" is not valid', {
    found: describeNode(node),
    expected: 'the lowest and the highest score, lowest first, e.g. [1, 5]',
    fix: 'Write the scale of the scoring sheet as two numbers, lowest first: scale: [1, 5].',
  });
  return undefined;
}

function readWeights(reader: YamlReader, fields: Fields): FactorWeight[] | undefined {
  const node = reader.valueOf(fields, 'weights', '"priorities.scoring"', true);
  if (node === undefined) return undefined;
  const weightFields = reader.fields(node, '"priorities.scoring.weights"', PRIORITY_FACTORS);
  if (weightFields === undefined) return undefined;
  const weights: FactorWeight[] = [];
  for (const [factor, field] of weightFields.byKey) {
    const weight = field.value === null ? undefined : readNumber(field.value);
    if (weight === undefined || weight < 0) {
      reader.problem(field.value ?? field.key, `The weight of "${factor}" is not valid`, { found: describeNode(field.value), expected: 'a number of 0 or more, e.g. 2', fix: 'Give the factor a weight, or remove the line to leave it out of the matrix.' });
      continue;
    }
    weights.push({ factor: factor as PriorityFactor, weight });
  }
  if (weights.length > 0 && weights.every((w) => w.weight === 0)) {
    reader.problem(node, 'Every weight in "priorities.scoring.weights" is 0', { expected: 'at least one factor with a weight above 0', fix: 'Give the factors that should rank the themes a weight above 0.' });
  }
  if (weightFields.byKey.size === 0) reader.problem(node, '"priorities.scoring.weights" names no factors', { expected: `weights for some of ${PRIORITY_FACTORS.join(', ')}` });
  return weights;
}

/** A path inside the year's data folder: the file sits next to the partner extracts. */
function readScoresFile(reader: YamlReader, fields: Fields): string | undefined {
  const file = reader.string(fields, 'file', '"priorities.scoring"');
  if (file === undefined) return fields.byKey.has('file') ? undefined : DEFAULT_SCORES_FILE;
  const normal = file.replace(/\\/g, '/').replace(/^\.\//, '');
  if (/\.csv$/i.test(normal) && !normal.startsWith('/') && !/^[a-z]:/i.test(normal) && !normal.split('/').includes('..')) return normal;
  reader.problem(fields.byKey.get('file')?.value, '"file" in "priorities.scoring" should be a CSV file in the year\'s data folder', {
    found: file,
    expected: `a file name ending .csv, relative to data/<year>/, e.g. ${DEFAULT_SCORES_FILE}`,
    fix: 'Save the scoring sheet as CSV in each year\'s data folder and give its name here.',
  });
  return undefined;
}

function readRecommend(reader: YamlReader, fields: Fields, themes: readonly ThemeDefinition[]): number | undefined {
  const node = reader.valueOf(fields, 'recommend', '"priorities.scoring"', false);
  if (node === undefined) return Math.min(DEFAULT_RECOMMEND, themes.length);
  const value = readNumber(node);
  if (value !== undefined && Number.isInteger(value) && value >= 1 && value <= themes.length) return value;
  reader.problem(node, '"recommend" in "priorities.scoring" is not valid', { found: describeNode(node), expected: `a whole number of themes from 1 to ${themes.length}` });
  return undefined;
}

function readScoring(reader: YamlReader, node: Node, themes: readonly ThemeDefinition[]): PriorityScoring | undefined {
  const fields = reader.fields(node, '"priorities.scoring"', ['file', 'scale', 'weights', 'recommend']);
  if (fields === undefined) return undefined;
  const file = readScoresFile(reader, fields);
  const scale = readScale(reader, fields);
  const weights = readWeights(reader, fields);
  const recommend = readRecommend(reader, fields, themes);
  if (file === undefined || scale === undefined || weights === undefined || recommend === undefined) return undefined;
  return { file, scale, weights, recommend };
}

/**
 * The `priorities:` block: last year's priorities to review and the matrix that ranks the
 * themes. Undefined when not configured, so the document leaves the section out.
 */
export function parsePriorities(reader: YamlReader, node: Node | undefined, measures: readonly MeasureDefinition[], themes: readonly ThemeDefinition[]): PrioritiesConfig | undefined {
  if (node === undefined) return undefined;
  const fields = reader.fields(node, '"priorities"', ['previous', 'scoring']);
  if (fields === undefined) return undefined;
  const previousNode = reader.valueOf(fields, 'previous', '"priorities"', false);
  const scoringNode = reader.valueOf(fields, 'scoring', '"priorities"', false);
  if (previousNode === undefined && scoringNode === undefined) {
    reader.problem(node, '"priorities" has neither "previous" nor "scoring"', {
      expected: 'last year\'s priorities under "previous:", the scoring matrix under "scoring:", or both',
      fix: 'Fill in at least one of them (see README, "Priorities"), or remove "priorities:".',
    });
    return undefined;
  }
  const previous = previousNode === undefined ? [] : readPrevious(reader, previousNode, measures);
  const scoring = scoringNode === undefined ? undefined : readScoring(reader, scoringNode, themes);
  return { previous, ...(scoring === undefined ? {} : { scoring }) };
}
