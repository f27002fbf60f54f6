import { CommanderError } from 'commander';
import { AssessError, ExitCode } from '../errors.js';
import { internalErrorReport, problemReport, usageErrorReport } from './error-report.js';
import { isStopRequest } from './interrupts.js';
import { runLogger } from './logger.js';
import { createProgram, type CliIo, type RunOutcome } from './program.js';

/**
 * Runs the CLI and returns the exit code; the only place that turns errors into messages.
 * Expected problems print as plain messages; anything else is a bug and prints its stack.
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const outcome: RunOutcome = { exitCode: ExitCode.ok };
  const program = createProgram(io, outcome);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return outcome.exitCode;
  } catch (error) {
    // Help and version "errors" are commander's way of stopping early: they succeeded.
    if (error instanceof CommanderError && error.exitCode === 0) return ExitCode.ok;
    // Logged in the format asked for (text, or JSON lines); commander has printed its own as text.
    // The JSON log's exit_code is the one the process exits with.
    const report =
      error instanceof CommanderError ? usageErrorReport(error, argv)
      // A stop request keeps its signal's code, which a shell or scheduler reads as "stopped", not "failed".
      : error instanceof AssessError ? problemReport(error, isStopRequest(error) ? error.exitCode : outcome.failureCode)
      : internalErrorReport(error, outcome.failureCode);
    runLogger(program, io).error(report);
    return report.exitCode;
  }
}
