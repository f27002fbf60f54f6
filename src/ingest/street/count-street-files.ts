import { availableParallelism } from 'node:os';
import { runRanges } from './range-pool.js';
import { scanFileRange, type RangeOutcome, type RangeTask } from './scan-file.js';
import type { ScanProblem, StreetColumns } from './scan-bytes.js';
import type { StreetCells } from './street-cells.js';

/** Below this a file is read in one piece: splitting costs more than it saves. */
const MIN_PIECE_BYTES = 8 * 1024 * 1024;
/** Below this in total, worker threads cost more to start than they save. */
const MIN_THREADED_BYTES = 32 * 1024 * 1024;

export interface StreetFile {
  path: string;
  size: number;
  columns: StreetColumns;
}

/** One range's counts, with the number of lines before it so its line numbers can be made whole-file. */
export interface CountedPart {
  cells: StreetCells;
  lineOffset: number;
}

export interface StreetCount {
  parts: CountedPart[];
  rows: number;
  problem?: ScanProblem;
}

export interface CountOptions {
  threads: number;
  /** Files larger than this are split into pieces counted in parallel. */
  pieceBytes?: number;
  onDone?: (done: number, total: number) => void;
}

/**
 * Threads to count with: ASSESS_READ_THREADS when set (1 turns threads off), else every core,
 * but one for small inputs, where starting threads costs more than it saves.
 */
export function readThreads(env: NodeJS.ProcessEnv, totalBytes: number): number {
  const asked = Number(env.ASSESS_READ_THREADS);
  if (Number.isInteger(asked) && asked >= 1) return asked;
  return totalBytes < MIN_THREADED_BYTES ? 1 : availableParallelism();
}

function piecesOf(file: StreetFile, pieceBytes: number): RangeTask[] {
  const count = Math.max(1, Math.floor(file.size / pieceBytes));
  return Array.from({ length: count }, (_, k) => ({
    path: file.path,
    columns: file.columns,
    start: Math.floor((file.size * k) / count),
    ...(k === count - 1 ? {} : { end: Math.floor((file.size * (k + 1)) / count) }),
  }));
}

/**
 * Joins a file's ranges. A range after the first guessed that a line break starts a record; when
 * the range before it actually ended elsewhere (a quoted field with a line break straddled the
 * cut), the range is counted again from the true boundary, so the counts are always exact.
 */
function joinRanges(tasks: RangeTask[], outcomes: RangeOutcome[]): StreetCount {
  const parts: CountedPart[] = [];
  let rows = 0;
  let lines = 0;
  let previous: RangeOutcome | undefined;
  for (let k = 0; k < tasks.length; k++) {
    let outcome = outcomes[k]!;
    if (previous !== undefined && outcome.startedAt !== previous.stoppedAt) {
      outcome = scanFileRange({ ...tasks[k]!, start: previous.stoppedAt, exact: true });
    }
    parts.push({ cells: outcome.cells, lineOffset: lines });
    rows += outcome.rows;
    if (outcome.problem !== undefined) return { parts: [], rows, problem: { ...outcome.problem, line: outcome.problem.line + lines } };
    lines += outcome.lines;
    previous = outcome;
  }
  return { parts, rows };
}

/** Counts every street-level file, in parallel across files and across pieces of large files. */
export async function countStreetFiles(files: readonly StreetFile[], options: CountOptions): Promise<StreetCount[]> {
  const { threads, onDone } = options;
  const total = files.reduce((sum, file) => sum + file.size, 0);
  // One piece per thread: more pieces cost more (a scanner, buffers and a transfer each) than they gained in balance (measured).
  const pieceBytes = options.pieceBytes ?? (threads > 1 ? Math.max(MIN_PIECE_BYTES, Math.ceil(total / threads)) : Number.POSITIVE_INFINITY);
  const perFile = files.map((file) => piecesOf(file, pieceBytes));
  const tasks = perFile.flat();
  const outcomes = await runRanges(tasks, threads, onDone === undefined ? undefined : (done) => onDone(done, tasks.length));
  let at = 0;
  return perFile.map((pieces) => {
    const mine = outcomes.slice(at, at + pieces.length);
    at += pieces.length;
    return joinRanges(pieces, mine);
  });
}
