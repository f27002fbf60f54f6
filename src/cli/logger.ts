import type { Command } from 'commander';
import type { YearOptions } from '../commands/year-options.js';
import { JsonLogger } from './log-json.js';
import { PlainLogger } from './log-plain.js';
import { TerminalLogger } from './log-tty.js';
import type { Logger } from './log-types.js';
import type { CliIo } from './program.js';

/** The values of --log-format: auto picks the terminal or the plain renderer. */
export const LOG_FORMATS = ['auto', 'plain', 'json'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

export interface LogOptions {
  logFormat?: LogFormat;
  quiet?: boolean;
}

/** Which renderer the options and the environment call for. */
export function chooseRenderer(format: LogFormat, io: Pick<CliIo, 'env' | 'errIsTTY'>): 'terminal' | 'plain' | 'json' {
  if (format !== 'auto') return format;
  // A CI runner may give stderr a pseudo-terminal, but its log is read afterwards, as lines.
  const ci = io.env.CI !== undefined && !['', '0', 'false'].includes(io.env.CI.toLowerCase());
  return io.errIsTTY === true && !ci && io.env.TERM !== 'dumb' ? 'terminal' : 'plain';
}

export function createLogger(options: LogOptions, io: CliIo): Logger {
  const output = { write: io.writeErr, now: io.now ?? (() => new Date()) };
  const renderer = chooseRenderer(options.logFormat ?? 'auto', io);
  const logger =
    renderer === 'json' ? new JsonLogger(output)
    : renderer === 'plain' ? new PlainLogger(output)
    // no-color.org: any non-empty NO_COLOR turns colour off; moving the cursor is still fine.
    : new TerminalLogger({ ...output, columns: () => terminalWidth(io), colour: (io.env.NO_COLOR ?? '') === '' });
  return options.quiet === true ? quiet(logger) : logger;
}

/** A pseudo-terminal may not know its size (0 columns): assume the usual 80. */
function terminalWidth(io: CliIo): number {
  const columns = io.errColumns?.() ?? 0;
  return columns > 0 ? columns : 80;
}

/** --quiet: only the outcome, a summary or the errors. */
function quiet(logger: Logger): Logger {
  return {
    info: () => undefined,
    progress: () => undefined,
    summary: (summary) => logger.summary(summary),
    error: (report) => logger.error(report),
    finish: () => logger.finish(),
  };
}

const loggers = new WeakMap<Command, Logger>();

/**
 * The one logger of a run of the program, made on first use from the global options parsed by
 * then (for an error in the arguments themselves, the options read before it).
 */
export function runLogger(program: Command, io: CliIo): Logger {
  let logger = loggers.get(program);
  if (logger === undefined) {
    logger = createLogger(program.opts<LogOptions>(), io);
    loggers.set(program, logger);
  }
  return logger;
}

/** The log and progress callbacks of YearOptions, bound to the run's logger. */
export function yearLogging(logger: Logger): Pick<YearOptions, 'log' | 'progress'> {
  return { log: (message) => logger.info(message), progress: (task, done, total) => logger.progress(task, done, total) };
}
