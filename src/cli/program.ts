import { Command, Option } from 'commander';
import { version } from '../version.js';

export interface CliIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Everything for people goes to stderr, keeping stdout clean for data. */
  writeErr: (text: string) => void;
  writeOut: (text: string) => void;
}

const BUILD_EXAMPLES = `
Examples:
  $ assess build 2024                                  # data/2024/ -> out/2024/
  $ assess build 2024 --data extracts/2024 --out reports/2024
  $ assess build 2024 --config kent.config.yaml --templates branding/ --draft
  $ assess build 2024 --browser /usr/bin/chromium --date 2024-11-20

Outputs (in out/<year>/): strategic-assessment-<year>.pdf, strategic-assessment-<year>.html,
figures.csv and figures.json (every figure, unrounded).`;

const EXIT_CODES = `
Exit codes: 0 ok, 1 internal error (a bug: please report it), 2 bad input or configuration,
3 no usable browser.`;

/** A fresh program per call, so tests can drive it with their own output and no process.exit. */
export function createProgram(io: CliIo): Command {
  const program = new Command()
    .name('assess')
    .description('Turns a Community Safety Partnership\'s data extracts into its annual Strategic Assessment.')
    .version(version, '-V, --version')
    .showHelpAfterError('(run assess --help for usage)')
    .addHelpText('after', EXIT_CODES)
    .configureOutput({ writeOut: io.writeOut, writeErr: io.writeErr })
    .exitOverride();

  const log = (quiet?: boolean) => (quiet ? () => undefined : (message: string) => io.writeErr(`${message}\n`));

  yearCommand(program, 'build', 'Build the Strategic Assessment for an assessment year: PDF, HTML, figures.csv and figures.json.')
    .option('-o, --out <dir>', 'output folder (default: out/<year>)')
    .option('-t, --templates <dir>', 'folder of templates that override the bundled ones (branding)')
    .option('--browser <path>', 'Chrome or Chromium executable to print with')
    .option('--date <yyyy-mm-dd>', 'date printed on the cover (default: document_date in the config, else today)')
    .option('--draft', 'mark every page as a draft')
    .addOption(new Option('-q, --quiet', 'print only errors and the final summary'))
    .addHelpText('after', BUILD_EXAMPLES + '\n' + EXIT_CODES)
    .action(async (year: string, options: { config: string; data?: string; out?: string; templates?: string; browser?: string; date?: string; draft?: boolean; quiet?: boolean }) => {
      const { build } = await import('../commands/build.js');
      const { buildSummary } = await import('./summary.js');
      const result = await build({ ...options, year, cwd: io.cwd, env: io.env, log: log(options.quiet) });
      io.writeErr(buildSummary(result, io.cwd));
    });

  yearCommand(program, 'validate', 'Check every extract a build would read and list every error and warning. Exit 0 when there is no error, 2 otherwise.')
    .addHelpText('after', '\nExample:\n  $ assess validate 2024\n' + EXIT_CODES)
    .action(async (year: string, options: { config: string; data?: string }) => {
      const { validate, validationFailed } = await import('../commands/validate.js');
      const result = await validate({ ...options, year, cwd: io.cwd, env: io.env, log: log(true) });
      io.writeOut(result.report);
      if (result.errors > 0) throw validationFailed(result);
    });

  yearCommand(program, 'sources', 'List each expected source for the year: received or missing, rows, periods, and the sections that are empty without it.')
    .addHelpText('after', '\nExample:\n  $ assess sources 2024\n')
    .action(async (year: string, options: { config: string; data?: string }) => {
      const { sources } = await import('../commands/sources.js');
      io.writeOut(await sources({ ...options, year, cwd: io.cwd, env: io.env, log: log(true) }));
    });
  yearCommand(program, 'init', 'Prepare data/<year>/: a README of which extract to request from which partner, and header-only templates. Existing files are kept.')
    .addHelpText('after', '\nExample:\n  $ assess init 2025\n')
    .action(async (year: string, options: { config: string; data?: string }) => {
      const { init } = await import('../commands/init.js');
      io.writeOut(await init({ ...options, year, cwd: io.cwd, env: io.env, log: log(true) }));
    });
  return program;
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
