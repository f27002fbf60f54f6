import { CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';
import { internalErrorReport, problemReport, usageErrorReport } from '../../src/cli/error-report.js';
import { AssessError, ExitCode } from '../../src/errors.js';

describe('problemReport', () => {
  it('keeps the text of several problems as before: heading, then a block each', () => {
    const first = new AssessError('Unknown key "aera"', ExitCode.badInput, { location: { file: 'assess.config.yaml', line: 2, column: 1 }, fix: 'Did you mean "area"?' });
    const second = new AssessError('Missing "partnership"', ExitCode.badInput, { location: { file: 'assess.config.yaml' } });
    const report = problemReport(new AssessError('assess.config.yaml has problems (2 problems)', ExitCode.badInput, {}, [first, second]));
    expect(report.exitCode).toBe(2);
    expect(report.text).toBe(
      'error: assess.config.yaml has problems (2 problems):\nassess.config.yaml:2:1: Unknown key "aera"\n  fix:      Did you mean "area"?\n\nassess.config.yaml: Missing "partnership"\n',
    );
    expect(report.records.map((record) => [record.message, record.file, record.line, record.column, record.fix, record.context])).toEqual([
      ['Unknown key "aera"', 'assess.config.yaml', 2, 1, 'Did you mean "area"?', 'assess.config.yaml has problems (2 problems)'],
      ['Missing "partnership"', 'assess.config.yaml', null, null, null, 'assess.config.yaml has problems (2 problems)'],
    ]);
  });

  it('carries the exit code of the error, such as 3 for no browser', () => {
    const report = problemReport(new AssessError('No usable browser', ExitCode.noBrowser));
    expect(report).toEqual({ exitCode: 3, text: 'error: No usable browser\n', records: [{ message: 'No usable browser', file: null, line: null, column: null, found: null, expected: null, fix: null }] });
  });
});

describe('internalErrorReport', () => {
  it('is exit code 1 with the stack, asking for a bug report', () => {
    const bug = new TypeError('x is undefined');
    const report = internalErrorReport(bug);
    expect(report.exitCode).toBe(1);
    expect(report.text).toBe(`internal error: ${bug.stack}\nThis is a bug in assess; please report it with the command you ran and this message. Run it again with NODE_OPTIONS=--enable-source-maps to have the stack name the lines of assess's own source.\n`);
    expect(report.records[0]).toMatchObject({ message: 'x is undefined', stack: bug.stack, fix: "This is a bug in assess; please report it with the command you ran and this message. Run it again with NODE_OPTIONS=--enable-source-maps to have the stack name the lines of assess's own source." });
  });
});

describe('usageErrorReport', () => {
  it('leaves the text to commander and gives its message without the "error:" prefix', () => {
    const report = usageErrorReport(new CommanderError(1, 'commander.missingArgument', "error: missing required argument 'year'"));
    expect(report).toMatchObject({ exitCode: 2, text: '', records: [{ message: "missing required argument 'year'", fix: 'Run assess --help for the commands and their options.' }] });
  });
});

describe('a command\'s own exit code for failures', () => {
  it('is the exit code of the report, so the JSON log says what the process exits with', () => {
    expect(problemReport(new AssessError('No usable browser', ExitCode.noBrowser), 2).exitCode).toBe(2);
    expect(internalErrorReport(new Error('bug'), 2).exitCode).toBe(2);
  });
});
