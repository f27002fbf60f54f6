import { CommanderError } from 'commander';
import { AssessError, ExitCode, formatProblem } from '../errors.js';
import { createProgram, type CliIo } from './program.js';

/**
 * Runs the CLI and returns the exit code; the only place that turns errors into messages.
 * Expected problems print as plain messages; anything else is a bug and prints its stack.
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const program = createProgram(io);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return ExitCode.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version "errors" are commander's way of stopping early: they succeeded.
      if (error.exitCode === 0) return ExitCode.ok;
      return ExitCode.badInput;
    }
    if (error instanceof AssessError) {
      const problems = error.related.length > 0 ? error.related : [error];
      const header = error.related.length > 0 ? `${error.message}:\n` : '';
      io.writeErr(`error: ${header}${problems.map(formatProblem).join('\n\n')}\n`);
      return error.exitCode;
    }
    io.writeErr(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\nThis is a bug in assess; please report it with the command you ran.\n`);
    return ExitCode.internal;
  }
}
