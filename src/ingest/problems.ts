import { AssessError, ExitCode, type ProblemDetails } from '../errors.js';
import { listWords } from '../config/suggest.js';

/** Beyond this, one more message per file adds nothing: the same mistake is usually repeated down a column. */
export const maxProblemsPerFile = 50;

/** Collects a file's problems, keeping the first `maxProblemsPerFile` and counting the rest. */
export class ProblemLog {
  private readonly kept: AssessError[] = [];
  private dropped = 0;

  constructor(readonly file: string) {}

  add(message: string, line: number | undefined, column: number | undefined, details: Omit<ProblemDetails, 'location'> = {}): void {
    if (this.kept.length >= maxProblemsPerFile) {
      this.dropped++;
      return;
    }
    this.kept.push(new AssessError(message, ExitCode.badInput, { location: { file: this.file, line, column }, ...details }));
  }

  get count(): number {
    return this.kept.length + this.dropped;
  }

  list(): AssessError[] {
    if (this.dropped === 0) return [...this.kept];
    return [...this.kept, new AssessError(`... and ${this.dropped} more problems in this file`, ExitCode.badInput, {
      location: { file: this.file },
      fix: 'Fix the problems above (they are often the same mistake repeated) and run again to see the rest.',
    })];
  }
}

/** Where to find each named column; missing and repeated columns are reported by the caller. */
export interface ColumnIndex {
  indexes: Map<string, number>;
  missing: string[];
  repeated: string[];
}

export function indexColumns(keys: readonly string[], wanted: readonly string[]): ColumnIndex {
  const indexes = new Map<string, number>();
  const repeated: string[] = [];
  keys.forEach((key, index) => {
    if (!wanted.includes(key)) return;
    if (indexes.has(key)) repeated.push(key);
    else indexes.set(key, index);
  });
  return { indexes, missing: wanted.filter((key) => !indexes.has(key)), repeated };
}

/** Reports a header that lacks required columns or repeats one; true when it did. */
export function headerProblem(log: ProblemLog, line: number, header: readonly string[], columns: ColumnIndex, required: readonly string[], what: string): boolean {
  if (columns.missing.length > 0) {
    log.add(`The header of ${what} lacks the column${columns.missing.length > 1 ? 's' : ''} ${listWords(columns.missing, 'and')}`, line, undefined, {
      found: header.join(','),
      expected: `a header with ${required.join(',')}`,
      fix: 'Rename the columns in the first line of the file (case and order do not matter).',
    });
  }
  for (const key of columns.repeated) {
    log.add(`The column "${key}" appears twice in the header of ${what}`, line, undefined, {
      found: header.join(','),
      expected: `each of ${required.join(',')} once`,
      fix: 'Rename or remove one of the two columns.',
    });
  }
  return columns.missing.length > 0 || columns.repeated.length > 0;
}

/** The cell of a named column in a row; '' when the row stops short of it. */
export function cellOf(cells: readonly string[], columns: ColumnIndex, key: string): string {
  const index = columns.indexes.get(key);
  return index === undefined ? '' : (cells[index] ?? '');
}

/** 1-based column number of a named column, for messages. */
export function columnOf(columns: ColumnIndex, key: string): number | undefined {
  const index = columns.indexes.get(key);
  return index === undefined ? undefined : index + 1;
}
