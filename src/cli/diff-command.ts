import { Option, type Command } from 'commander';
import { DIFF_FORMATS, type DiffFormat } from '../diff/format/names.js';
import { ExitCode } from '../errors.js';
import { runLogger } from './logger.js';
import { stoppable, type CliIo, type RunOutcome } from './program.js';

/** diff(1)'s convention, so scripts can tell "different" from "could not compare". */
const DIFF_EXIT = { same: 0, different: 1, trouble: 2 } as const;

const DIFF_HELP = `
<a> and <b> are years (out/<year>) or output folders of assess build; a is the earlier.
Two years give rank moves, comparisons with the county, shading, crossings of the county rate,
the largest changes in rate, SPC signals started or ended and priorities that entered or left
the recommended list; two builds of one year also list every revised figure, old and new.

Examples:
  $ assess diff 2023 2024                          # out/2023 against out/2024, on the terminal
  $ assess diff out/2024-march out/2024            # two builds of 2024 (e.g. re-extracted data)
  $ assess diff 2023 2024 --format pdf             # "what changed" paper: out/diff-2023-2024.pdf
  $ assess diff 2023 2024 --format pdf --templates branding/   # in the council's colours
  $ assess diff 2023 2024 --out changes.md         # the format follows the extension
  $ assess diff 2023 2024 --format json --out -    # to stdout, for scripts

Exit codes (as diff(1)): 0 no differences, 1 differences, 2 trouble: bad arguments, a folder
that is not an assess output or was made by an incompatible version, no browser for the PDF,
or an internal error (printed as a bug); 130 or 143 stopped by Ctrl-C or SIGTERM (nothing written).`;

/** Registers assess diff; its action sets the run's exit code (1 for differences). */
export function addDiffCommand(program: Command, io: CliIo, outcome: RunOutcome): void {
  program
    .command('diff')
    .description('Compare the figures of two builds (two years, or two builds of one year) and list what changed. Exit 0 same, 1 different, 2 trouble.')
    .argument('<a>', 'the earlier build: a year (out/<year>) or an output folder')
    .argument('<b>', 'the later build: a year or an output folder')
    .addOption(new Option('-f, --format <format>', 'text (a table on the terminal), md, csv, json, html or pdf (default: from --out\'s extension, else text)').choices([...DIFF_FORMATS]))
    .option('-o, --out <file>', 'file to write, or - for stdout (default: stdout for text, else out/diff-<a>-<b>.<ext>)')
    .option('--browser <path>', 'Chrome or Chromium executable to print the PDF with')
    .option('-t, --templates <dir>', 'branding folder (the one given to assess build --templates; diff does not read the configuration): its styles.css and brand.css apply to the html and pdf papers, and its diff/ subfolder overrides their layout')
    .addHelpText('after', DIFF_HELP)
    .action(async (before: string, after: string, options: { format?: DiffFormat; out?: string; browser?: string; templates?: string }) => {
      // Whatever goes wrong from here, a script must not read it as "different".
      outcome.failureCode = DIFF_EXIT.trouble;
      const { diff } = await import('../commands/diff.js');
      const logger = runLogger(program, io);
      const log = (message: string): void => logger.info(message);
      const result = await stoppable(io, log, (signal) => diff({ ...options, before, after, cwd: io.cwd, env: io.env, outIsTTY: io.outIsTTY, writeOut: io.writeOut, log, signal }));
      // On stdout the table already ends with the outcome; a file gets one line saying where it went.
      logger.summary({
        text: result.file === undefined ? '' : `What changed written to ${result.message}\n`,
        message: result.message,
        fields: { command: 'diff', differences: result.differences, file: result.file ?? null, pages: result.pageCount ?? null },
      });
      outcome.exitCode = result.differences > 0 ? DIFF_EXIT.different : ExitCode.ok;
    });
}
