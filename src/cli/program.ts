import { Command, Option } from 'commander';
import { version } from '../version.js';
import { addDiffCommand } from './diff-command.js';
import { watchInterrupts, type SignalTarget } from './interrupts.js';
import { LOG_FORMATS, runLogger, yearLogging } from './logger.js';
import { refuseOptionsAsValues } from './option-values.js';

export interface CliIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Everything for people goes to stderr, keeping stdout clean for data. */
  writeErr: (text: string) => void;
  writeOut: (text: string) => void;
  /** Whether stderr is a terminal, where progress is one line redrawn in place. */
  errIsTTY?: boolean;
  /** The terminal's width in columns, read at each redraw. */
  errColumns?: () => number | undefined;
  /** The clock of log timestamps (default: the system clock). */
  now?: () => Date;
  /** Whether stdout is a terminal: assess diff colours its table only there. */
  outIsTTY?: boolean;
  /** Where Ctrl-C and the other stop signals arrive (default: the process). */
  signals?: SignalTarget;
}

/** The exit code a command's action sets (assess diff: 1 for differences), and the one for its failures. */
export interface RunOutcome {
  exitCode: number;
  failureCode?: number;
}

const BUILD_EXAMPLES = `
Examples:
  $ assess build 2024                                  # data/2024/ -> out/2024/
  $ assess build 2024 --data extracts/2024 --out reports/2024
  $ assess build 2024 --config kent.config.yaml --templates branding/ --draft
  $ assess build 2024 --browser /usr/bin/chromium --date 2024-11-20
  $ assess build 2024 --if-changed                     # scheduled runs: rebuild only when something changed
  $ assess build 2024 --all-areas --jobs 2             # every district of the county, and a county summary

Outputs (in out/<year>/): strategic-assessment-<year>.pdf, strategic-assessment-<year>.html,
figures.csv and figures.json (every figure, unrounded), and manifest.json (what the build
read and wrote, with hashes). --if-changed exits 0 with one line when nothing has changed; a
build of a year that another build is writing exits 2.`;

const EXIT_CODES = `
Exit codes: 0 ok, 1 internal error (a bug: please report it), 2 bad input or configuration,
3 no usable browser, 130 or 143 stopped by Ctrl-C or SIGTERM (nothing written).`;

/** A fresh program per call, so tests can drive it with their own output and no process.exit. */
export function createProgram(io: CliIo, outcome: RunOutcome = { exitCode: 0 }): Command {
  const program: Command = new Command()
    .name('assess')
    .description('Turns a Community Safety Partnership\'s data extracts into its annual Strategic Assessment.')
    .version(version, '-V, --version')
    .showHelpAfterError('(run assess --help for usage)')
    .addHelpText('after', EXIT_CODES)
    // Global, and recognised after the subcommand too: assess build 2024 --quiet.
    .addOption(new Option('--log-format <format>', 'how logs look: auto is a progress bar on a terminal and timestamped lines otherwise').choices(LOG_FORMATS).default('auto'))
    .option('-q, --quiet', 'print only errors and the final summary')
    .configureHelp({ showGlobalOptions: true })
    // In a JSON log commander's own messages would not parse: main logs its errors as JSON.
    .configureOutput({ writeOut: io.writeOut, writeErr: (text) => (program.opts().logFormat === 'json' ? undefined : io.writeErr(text)) })
    .hook('preAction', (_program, action) => refuseOptionsAsValues(action))
    .hook('postAction', () => runLogger(program, io).finish())
    .exitOverride();
  const logging = () => yearLogging(runLogger(program, io));

  yearCommand(program, 'build', 'Build the Strategic Assessment for an assessment year: PDF, HTML, figures.csv and figures.json.')
    .option('-o, --out <dir>', 'output folder (default: out/<year>)')
    .option('-t, --templates <dir>', 'folder of templates that override the bundled ones (branding)')
    .option('--browser <path>', 'Chrome or Chromium executable to print with')
    .option('--date <yyyy-mm-dd>', 'date printed on the cover (default: document_date in the config, else SOURCE_DATE_EPOCH\'s day, else today)')
    .option('--draft', 'mark every page as a draft')
    .option('--if-changed', 'do nothing (exit 0) when out/<year>/manifest.json shows no input, configuration or tool change')
    .option('--all-areas', 'one assessment for every district of the county, in out/<year>/<code>-<name>/, and a county summary')
    .option('-j, --jobs <n>', 'with --all-areas: documents printed at once (default: one per processor, at most 4)')
    .addHelpText('after', BUILD_EXAMPLES + '\n' + EXIT_CODES)
    .action(async (year: string, options: { config: string; data?: string; out?: string; templates?: string; browser?: string; date?: string; draft?: boolean; ifChanged?: boolean; allAreas?: boolean; jobs?: string }) => {
      const { build } = await import('../commands/build.js');
      const { buildSummaryEvent } = await import('./summary.js');
      const result = await stoppable(io, logging().log, (signal) => build({ ...options, year, cwd: io.cwd, env: io.env, ...logging(), signal }));
      runLogger(program, io).summary(buildSummaryEvent(result, io.cwd));
    });

  yearCommand(program, 'validate', 'Check every extract a build would read and list every error and warning. Exit 0 when there is no error, 2 otherwise.')
    .addHelpText('after', '\nExample:\n  $ assess validate 2024\n' + EXIT_CODES)
    .action(async (year: string, options: { config: string; data?: string }) => {
      const { validate, validationFailed } = await import('../commands/validate.js');
      const { validateSummaryEvent } = await import('./summary.js');
      const result = await validate({ ...options, year, cwd: io.cwd, env: io.env, ...logging() });
      runLogger(program, io).summary(validateSummaryEvent(result));
      io.writeOut(result.report);
      if (result.errors > 0) throw validationFailed(result);
    });

  yearCommand(program, 'sources', 'List each expected source for the year: received or missing, rows, periods, and the sections that are empty without it.')
    .addHelpText('after', '\nExample:\n  $ assess sources 2024\n')
    .action(async (year: string, options: { config: string; data?: string }) => {
      const { sources } = await import('../commands/sources.js');
      io.writeOut(await sources({ ...options, year, cwd: io.cwd, env: io.env, ...logging() }));
    });
  yearCommand(program, 'init', 'Prepare data/<year>/: a README of which extract to request from which partner, and header-only templates. Existing files are kept.')
    .addHelpText('after', '\nExample:\n  $ assess init 2025\n')
    .action(async (year: string, options: { config: string; data?: string }) => {
      const { init } = await import('../commands/init.js');
      io.writeOut(await init({ ...options, year, cwd: io.cwd, env: io.env, ...logging() }));
    });
  addDiffCommand(program, io, outcome);
  return program;
}

/** Runs a command that stops cleanly when asked (src/cli/interrupts.ts), with the stop signals watched meanwhile. */
export async function stoppable<T>(io: CliIo, log: (message: string) => void, run: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const interrupts = watchInterrupts(log, io.signals);
  try {
    const result = await run(interrupts.signal);
    // The command checks for a stop between its steps; one that came after the last had nothing left to undo.
    if (interrupts.signal.aborted) log('The stop came after the last step: the run had finished, and what it reports is complete.');
    return result;
  } finally {
    interrupts.stop();
  }
}

/** A command about one assessment year, reading the configuration and that year's data folder. */
function yearCommand(program: Command, name: string, description: string): Command {
  return program
    .command(name)
    .description(description)
    .argument('<year>', 'assessment year, e.g. 2024 (the 12 months ending year_end_month of that year)')
    .option('-c, --config <file>', 'configuration file', 'assess.config.yaml')
    .option('-d, --data <dir>', 'folder of partner extracts (default: data/<year>)');
}
