import { displayPath } from '../display-path.js';
import type { PriorityScores } from '../ingest/parse-priority-scores.js';
import { readCommentary, type CommentaryFile } from '../ingest/read-commentary.js';
import { readPriorityScores } from '../ingest/read-priority-scores.js';
import { readYearFolder } from '../ingest/read-year.js';
import type { AssessConfig, SourceSummary, YearInputs } from '../model.js';
import { commentarySections } from '../report/commentary.js';
import type { YearOptions } from './year-options.js';

/** Everything a build reads from the year's data folder, read once however many documents it makes. */
export interface YearData {
  inputs: YearInputs;
  priorityScores?: PriorityScores;
  /** The scoring sheet as listed among the sources, so documents without priorities can leave it out. */
  prioritySource?: SourceSummary;
  commentary: Map<string, CommentaryFile>;
}

/** Reads and checks every input before anything is written; throws every problem at once. */
export async function readYearData(dataDir: string, config: AssessConfig, options: Pick<YearOptions, 'cwd' | 'env' | 'log' | 'progress'>): Promise<YearData> {
  const { log } = options;
  log(`Reading ${displayPath(dataDir, options.cwd)} ...`);
  const inputs = await readYearFolder(dataDir, config, { env: options.env, ...(options.progress ? { progress: options.progress } : {}) });
  const priorityScores = await readPriorityScores(dataDir, config);
  // Listed with the other information sources in the methodology.
  if (priorityScores !== undefined) inputs.sources.push(priorityScores.source);
  const commentary = await readCommentary(dataDir, commentarySections(config));
  log(`Read ${inputs.observations.length.toLocaleString('en-GB')} values from ${inputs.sources.length} files.`);
  return { inputs, commentary, ...(priorityScores ? { priorityScores: priorityScores.scores, prioritySource: priorityScores.source } : {}) };
}
