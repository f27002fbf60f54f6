/**
 * The one error type of the tool. Every expected failure (bad input, bad configuration, no
 * browser) is an AssessError carrying its exit code; anything else is a bug and surfaces as
 * exit code 1 with its stack, so bugs are never mistaken for user mistakes.
 */
export const ExitCode = {
  ok: 0,
  internal: 1,
  badInput: 2,
  noBrowser: 3,
  /** Stopped by a signal: 128 and its number, as a shell reports a process the signal killed. */
  interrupted: 130,
  terminated: 143,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** Where in an input file a problem was found; line and column are 1-based. */
export interface SourceLocation {
  file: string;
  line?: number;
  column?: number;
}

export interface ProblemDetails {
  location?: SourceLocation;
  /** The value found, quoted back to the user. */
  found?: string;
  /** What was expected instead. */
  expected?: string;
  /** How to fix it, in the user's terms. */
  fix?: string;
}

export class AssessError extends Error {
  readonly exitCode: ExitCode;
  readonly details: ProblemDetails;
  /** Further problems found in the same pass, so a user can fix them all at once. */
  readonly related: AssessError[];

  constructor(message: string, exitCode: ExitCode = ExitCode.badInput, details: ProblemDetails = {}, related: AssessError[] = []) {
    super(message);
    this.name = 'AssessError';
    this.exitCode = exitCode;
    this.details = details;
    this.related = related;
  }
}

export function formatLocation(location: SourceLocation): string {
  let text = location.file;
  if (location.line !== undefined) text += `:${location.line}`;
  if (location.column !== undefined) text += `:${location.column}`;
  return text;
}

/** The text shown to the user for an AssessError: one block per problem. */
export function formatProblem(error: AssessError): string {
  const { location, found, expected, fix } = error.details;
  const lines = [location ? `${formatLocation(location)}: ${error.message}` : error.message];
  if (found !== undefined) lines.push(`  found:    ${found}`);
  if (expected !== undefined) lines.push(`  expected: ${expected}`);
  if (fix !== undefined) lines.push(`  fix:      ${fix}`);
  return lines.join('\n');
}

/** Combines several problems into one error, so all are reported together. */
export function collectProblems(summary: string, problems: AssessError[]): AssessError {
  if (problems.length === 1) return problems[0]!;
  return new AssessError(`${summary} (${problems.length} problems)`, ExitCode.badInput, {}, problems);
}
