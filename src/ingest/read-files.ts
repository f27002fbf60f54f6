import { AssessError } from '../errors.js';
import type { FormatContext, FormatOutput, FormatReader } from './formats/format.js';
import type { InputHead } from './input-head.js';

/** A data file whose format its header has shown. */
export interface RecognisedFile extends InputHead {
  reader: FormatReader;
  header: { cells: string[]; keys: string[]; line: number };
}

export interface ReadOptions {
  /** ASSESS_READ_THREADS is read from here (default: the process environment). */
  env?: NodeJS.ProcessEnv;
  /** Called as files are read: a year of street-level files takes a while. */
  progress?: (task: string, done: number, total: number) => void;
}

export interface ReadProgress {
  env: NodeJS.ProcessEnv;
  start(total: number): void;
  done(files: number): void;
  /** For a batch read together: reports files done within it. */
  batch(): (filesDone: number) => void;
}

const READING = 'Reading data files';

export function readProgress(options: ReadOptions): ReadProgress {
  let total = 0;
  let done = 0;
  const report = (value: number): void => options.progress?.(READING, value, total);
  return {
    env: options.env ?? process.env,
    start(count) {
      total = count;
      report(0);
    },
    done(files) {
      done += files;
      report(done);
    },
    batch: () => {
      const base = done;
      return (filesDone) => report(base + filesDone);
    },
  };
}

export function keepProblem(problems: AssessError[]): (error: unknown) => undefined {
  return (error) => {
    if (!(error instanceof AssessError)) throw error;
    problems.push(error);
    return undefined;
  };
}

type TextRead = { text: string } | { error: unknown };

/** Each file's text, the next file's read started as one is asked for, so a file comes from disk while the one before it is parsed. */
function readAhead(files: readonly RecognisedFile[]): (file: RecognisedFile) => Promise<TextRead> {
  const started = new Map<RecognisedFile, Promise<TextRead>>();
  const start = (file: RecognisedFile | undefined): void => {
    if (file !== undefined && !started.has(file)) started.set(file, file.text().then((text) => ({ text }), (error: unknown) => ({ error })));
  };
  return (file) => {
    start(file);
    start(files[files.indexOf(file) + 1]);
    const read = started.get(file)!;
    // Let go of the text once it is handed over: only the file being parsed and the next are held.
    started.delete(file);
    return read;
  };
}

/**
 * Reads files in folder order: streaming formats all at once (so their files share every core),
 * the rest one whole text at a time. A file that cannot be read is reported and left out.
 */
export async function readFiles(files: RecognisedFile[], context: FormatContext, progress: ReadProgress, problems: AssessError[]): Promise<[RecognisedFile, FormatOutput][]> {
  const outputs = new Map<RecognisedFile, FormatOutput>();
  const readers = [...new Set(files.map((file) => file.reader))];
  const filesOf = (reader: FormatReader): RecognisedFile[] => files.filter((file) => file.reader === reader);
  const textOf = readAhead(readers.filter((reader) => reader.readStreamed === undefined).flatMap(filesOf));
  for (const reader of readers) {
    const mine = filesOf(reader);
    if (reader.readStreamed !== undefined) {
      const read = await reader.readStreamed(mine, context, progress.env, progress.batch()).catch(keepProblem(problems));
      read?.forEach((output, index) => outputs.set(mine[index]!, output));
      progress.done(mine.length);
      continue;
    }
    for (const file of mine) {
      const read = await textOf(file);
      const text = 'text' in read ? read.text : keepProblem(problems)(read.error);
      if (text !== undefined) outputs.set(file, reader.read(text, file.shown, context));
      progress.done(1);
    }
  }
  return files.flatMap((file) => (outputs.has(file) ? [[file, outputs.get(file)!] as [RecognisedFile, FormatOutput]] : []));
}
