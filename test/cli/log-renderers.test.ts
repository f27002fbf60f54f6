import { describe, expect, it } from 'vitest';
import { problemReport } from '../../src/cli/error-report.js';
import { JsonLogger } from '../../src/cli/log-json.js';
import { PlainLogger } from '../../src/cli/log-plain.js';
import { TerminalLogger } from '../../src/cli/log-tty.js';
import type { Logger, Summary } from '../../src/cli/log-types.js';
import { AssessError } from '../../src/errors.js';
import { FakeTerminal } from './fake-terminal.js';

const summary: Summary = {
  text: 'Strategic Assessment written to out/2024/:\n  out/2024/figures.csv\n',
  message: 'Strategic Assessment written to out/2024/',
  fields: { command: 'build', pages: 24, warnings: 3 },
};
const badCell = new AssessError('Value "12a" in column 5 (value) is not a number', 2, {
  location: { file: 'data/2024/fire.csv', line: 4, column: 5 },
  found: '"12a"',
  expected: 'a number',
  fix: 'Correct the value in the extract.',
});
/** What a renderer writes for a build's first message and, a minute later, its summary. */
function startAndFinish(renderer: (out: FakeTerminal) => Logger): string {
  const out = new FakeTerminal();
  const logger = renderer(out);
  logger.info('Reading data/2024 ...');
  out.tick(61_000);
  logger.summary(summary);
  return out.text;
}
/** What a renderer writes when told of each step of a task, from 0 to total. */
function everyStep(renderer: (out: FakeTerminal) => Logger, total: number): FakeTerminal {
  const out = new FakeTerminal();
  const logger = renderer(out);
  for (let done = 0; done <= total; done++) logger.progress('Reading data files', done, total);
  return out;
}
const BAD_CELL_TEXT = 'error: data/2024/fire.csv:4:5: Value "12a" in column 5 (value) is not a number\n  found:    "12a"\n  expected: a number\n  fix:      Correct the value in the extract.\n';

describe('the terminal renderer', () => {
  const terminal = (colour = false): { out: FakeTerminal; logger: TerminalLogger } => {
    const out = new FakeTerminal();
    return { out, logger: new TerminalLogger({ write: out.write, now: out.now, columns: () => 60, colour }) };
  };

  it('redraws one progress line in place and erases it when the task is done', () => {
    const { out, logger } = terminal();
    logger.info('Reading data/2024 ...');
    logger.progress('Reading data files', 0, 4);
    logger.progress('Reading data files', 1, 4);
    expect(out.screen()).toEqual(['Reading data/2024 ...', `Reading data files [${'█'.repeat(7)}${'░'.repeat(23)}] 1/4 25%`]);
    logger.progress('Reading data files', 4, 4);
    logger.info('Read 21,830 values from 24 files.');
    expect(out.screen()).toEqual(['Reading data/2024 ...', 'Read 21,830 values from 24 files.', '']);
    expect(out.writes).toEqual([
      'Reading data/2024 ...\n',
      `\rReading data files [${'░'.repeat(30)}] 0/4 0%\x1b[K`,
      `\rReading data files [${'█'.repeat(7)}${'░'.repeat(23)}] 1/4 25%\x1b[K`,
      '\r\x1b[K',
      'Read 21,830 values from 24 files.\n',
    ]);
  });

  it('prints a message above the progress line and draws the line again beneath it', () => {
    const { out, logger } = terminal();
    logger.progress('Printing', 1, 2);
    logger.info('Using Chromium from PATH');
    expect(out.screen()).toEqual(['Using Chromium from PATH', `Printing [${'█'.repeat(15)}${'░'.repeat(15)}] 1/2 50%`]);
  });

  it('draws the latest task, and leaves it when another task ends', () => {
    const { out, logger } = terminal();
    logger.progress('Reading data files', 1, 4);
    logger.progress('Printing', 1, 2);
    logger.progress('Reading data files', 4, 4);
    expect(out.screen()).toEqual([`Printing [${'█'.repeat(15)}${'░'.repeat(15)}] 1/2 50%`]);
  });

  it('redraws at most every 100 ms while the percentage stays the same', () => {
    const { out, logger } = terminal();
    for (let done = 0; done < 300; done++) {
      logger.progress('Reading', done, 1000);
      out.tick(1);
    }
    // 0.0% .. 29.9%: a redraw for each whole percent (30), none in between.
    expect(out.writes).toHaveLength(30);
    out.tick(200);
    logger.progress('Reading', 300, 1000);
    logger.progress('Reading', 300, 1000);
    expect(out.writes).toHaveLength(31);
    out.tick(100);
    logger.progress('Reading', 300, 1000);
    expect(out.writes).toHaveLength(32);
  });

  it('turns a task with no total into a spinner that moves with each redraw', () => {
    const { out, logger } = terminal();
    logger.progress('Printing the PDF', 1, 0);
    out.tick(100);
    logger.progress('Printing the PDF', 2, 0);
    expect(out.writes).toEqual(['\r⠙ Printing the PDF 1\x1b[K', '\r⠹ Printing the PDF 2\x1b[K']);
  });

  it('erases the progress line before the summary and before an error', () => {
    const { out, logger } = terminal();
    logger.progress('Printing', 1, 3);
    logger.summary(summary);
    expect(out.screen()).toEqual(['Strategic Assessment written to out/2024/:', '  out/2024/figures.csv', '']);
    logger.progress('Printing', 1, 3);
    logger.error(problemReport(badCell));
    expect(out.text.endsWith(`\r\x1b[K${BAD_CELL_TEXT}`)).toBe(true);
  });

  it('colours the error label and the bar unless told not to, and never otherwise', () => {
    const coloured = terminal(true);
    coloured.logger.progress('Reading', 1, 2);
    coloured.logger.error(problemReport(badCell));
    expect(coloured.out.text).toContain('\x1b[36m');
    expect(coloured.out.text).toContain(`\x1b[1;31merror:\x1b[22;39m data/2024/fire.csv:4:5:`);
    const monochrome = terminal(false);
    monochrome.logger.progress('Reading', 1, 2);
    monochrome.logger.error(problemReport(badCell));
    expect(monochrome.out.text).not.toMatch(/\x1b\[[0-9;]*m/);
  });
});

describe('the plain renderer', () => {
  it('stamps each line with the UTC time to the second', () => {
    expect(startAndFinish((out) => new PlainLogger(out))).toBe(
      '2026-11-25T15:04:36Z Reading data/2024 ...\n' +
        '2026-11-25T15:05:37Z Strategic Assessment written to out/2024/:\n' +
        '2026-11-25T15:05:37Z   out/2024/figures.csv\n',
    );
  });

  it('logs a long task at its start, each quarter and its end: five lines for 240 steps', () => {
    expect(everyStep((out) => new PlainLogger(out), 240).text).toBe(
      ['0/240 (0%)', '60/240 (25%)', '120/240 (50%)', '180/240 (75%)', '240/240 (100%)'].map((counts) => `2026-11-25T15:04:36Z Reading data files: ${counts}\n`).join(''),
    );
  });

  it('prints errors as on a terminal, so file:line:column starts the line', () => {
    const out = new FakeTerminal();
    new PlainLogger(out).error(problemReport(badCell));
    expect(out.text).toBe(BAD_CELL_TEXT);
  });
});

describe('the JSON renderer', () => {
  const events = (out: FakeTerminal): Record<string, unknown>[] => out.text.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);

  it('writes one object per line with time, level, event and message first', () => {
    expect(startAndFinish((out) => new JsonLogger(out))).toBe(
      '{"time":"2026-11-25T15:04:36Z","level":"info","event":"message","message":"Reading data/2024 ..."}\n' +
        '{"time":"2026-11-25T15:05:37Z","level":"info","event":"summary","message":"Strategic Assessment written to out/2024/","command":"build","pages":24,"warnings":3}\n',
    );
  });

  it('gives progress as task, done and total at each tenth', () => {
    const progress = events(everyStep((out) => new JsonLogger(out), 1000));
    expect(progress.map((e) => e.done)).toEqual([0, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000]);
    expect(progress[1]).toEqual({ time: '2026-11-25T15:04:36Z', level: 'info', event: 'progress', message: 'Reading data files: 100/1000 (10%)', task: 'Reading data files', done: 100, total: 1000 });
  });

  it('gives every problem of an error with its location, the fix and the exit code', () => {
    const out = new FakeTerminal();
    const second = new AssessError('Value -5 in column 5 (value) is negative', 2, { location: { file: 'data/2024/fire.csv', line: 10, column: 5 } });
    new JsonLogger(out).error(problemReport(new AssessError('data/2024 has problems', 2, {}, [badCell, second])));
    expect(events(out)).toEqual([
      { time: '2026-11-25T15:04:36Z', level: 'error', event: 'error', message: 'Value "12a" in column 5 (value) is not a number', file: 'data/2024/fire.csv', line: 4, column: 5, found: '"12a"', expected: 'a number', fix: 'Correct the value in the extract.', context: 'data/2024 has problems', exit_code: 2 },
      { time: '2026-11-25T15:04:36Z', level: 'error', event: 'error', message: 'Value -5 in column 5 (value) is negative', file: 'data/2024/fire.csv', line: 10, column: 5, found: null, expected: null, fix: null, context: 'data/2024 has problems', exit_code: 2 },
    ]);
  });
});
