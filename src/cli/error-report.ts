import type { CommanderError } from 'commander';
import { AssessError, ExitCode, formatProblem } from '../errors.js';
import type { ErrorRecord, ErrorReport } from './log-types.js';

/**
 * An expected failure (bad input, no browser): every problem, each with where it is and how to
 * fix it. A command may exit with its own code for failures (assess diff).
 */
export function problemReport(error: AssessError, exitCode: number = error.exitCode): ErrorReport {
  const grouped = error.related.length > 0;
  const problems = grouped ? error.related : [error];
  const header = grouped ? `${error.message}:\n` : '';
  return {
    exitCode,
    text: `error: ${header}${problems.map(formatProblem).join('\n\n')}\n`,
    records: problems.map((problem) => ({ ...problemRecord(problem), ...(grouped ? { context: error.message } : {}) })),
  };
}

function problemRecord(problem: AssessError): ErrorRecord {
  const { location, found, expected, fix } = problem.details;
  return {
    message: problem.message,
    file: location?.file ?? null,
    line: location?.line ?? null,
    column: location?.column ?? null,
    found: found ?? null,
    expected: expected ?? null,
    fix: fix ?? null,
  };
}

const BUG_ADVICE =
  'This is a bug in assess; please report it with the command you ran and this message. Run it again with NODE_OPTIONS=--enable-source-maps to have the stack name the lines of assess\'s own source.';

/** Anything else is a bug: it keeps its stack, for the report. */
export function internalErrorReport(error: unknown, exitCode: number = ExitCode.internal): ErrorReport {
  const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
  const message = error instanceof Error ? error.message : String(error);
  return {
    exitCode,
    text: `internal error: ${stack}\n${BUG_ADVICE}\n`,
    records: [{ ...emptyRecord(message), fix: BUG_ADVICE, stack }],
  };
}

const COMMANDS = ['build', 'validate', 'sources', 'init', 'diff'];

/**
 * A mistake in the arguments: commander has already printed it for people. With no command (or
 * `help` of one that does not exist) commander prints the help and says nothing of why, so the
 * report does; its own word for it, "(outputHelp)", would be all a JSON log said.
 */
export function usageErrorReport(error: CommanderError, argv: readonly string[] = []): ErrorReport {
  if (error.code === 'commander.help') {
    const asked = argv[0] === 'help' ? argv[1] : undefined;
    const message = asked !== undefined && !COMMANDS.includes(asked) ? `unknown command '${asked}'` : `a command is needed: ${COMMANDS.join(', ')}`;
    return { exitCode: ExitCode.badInput, text: `error: ${message}\n`, records: [{ ...emptyRecord(message), fix: 'Run assess --help for the commands and their options.' }] };
  }
  return {
    exitCode: ExitCode.badInput,
    text: '',
    records: [{ ...emptyRecord(error.message.replace(/^error: /, '')), fix: 'Run assess --help for the commands and their options.' }],
  };
}

function emptyRecord(message: string): ErrorRecord {
  return { message, file: null, line: null, column: null, found: null, expected: null, fix: null };
}
