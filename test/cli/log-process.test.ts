import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../e2e/sample-data.js';
import { tempDir } from '../temp-dir.js';

/** The installed command in a separate process, its stderr a pipe as under cron or CI. */
function assess(args: string[], env: NodeJS.ProcessEnv = {}): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'bin/assess.js'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000, env: { PATH: process.env.PATH, ...env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The same under a pseudo-terminal (util-linux script), as a person at a terminal runs it. */
function assessAtTerminal(args: string[]): { status: number | null; screen: string } {
  const command = [process.execPath, path.join(ROOT, 'bin/assess.js'), ...args].map((arg) => `'${arg}'`).join(' ');
  const result = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000, env: { PATH: process.env.PATH, TERM: 'xterm', NO_COLOR: '1' } });
  return { status: result.status, screen: result.stdout };
}

const jsonLines = (text: string): Record<string, unknown>[] => text.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
const STAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z /;

/** A copy of the sample year with one bad cell, line 4 column 5 of fire-incidents.csv. */
async function sampleWithBadCell(): Promise<{ data: string; file: string }> {
  const data = path.join(await tempDir('log'), '2024');
  await cp(path.join(ROOT, 'data/2024'), data, { recursive: true });
  const file = path.join(data, 'fire-incidents.csv');
  const lines = (await readFile(file, 'utf8')).split('\n');
  lines[3] = lines[3]!.replace(/,(\d+),synthetic/, ',12a,synthetic');
  await writeFile(file, lines.join('\n'));
  return { data, file };
}

describe('logs of the assess command', () => {
  it('are JSON lines on stderr with --log-format json, the report staying on stdout', () => {
    const { status, stdout, stderr } = assess(['validate', '2024', '--log-format', 'json']);
    expect(status).toBe(0);
    const warnings = Number(/Result: 0 errors, (\d+) warnings?\. Ready to build\./.exec(stdout)![1]);
    const events = jsonLines(stderr);
    // Progress events of reading the data may come first; the summary ends the log.
    expect(events.slice(0, -1).every((event) => event.event === 'progress' && typeof event.done === 'number' && typeof event.total === 'number')).toBe(true);
    const summary = events.at(-1);
    expect(summary).toMatchObject({ level: 'info', event: 'summary', command: 'validate', errors: 0, warnings });
    expect(summary!.time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  });

  it('give an error as JSON with its location and exit code 2, and nothing is written', async () => {
    const { data, file } = await sampleWithBadCell();
    const out = path.join(path.dirname(data), 'out');
    const { status, stdout, stderr } = assess(['--log-format', 'json', 'build', '2024', '--data', data, '--out', out]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    const events = jsonLines(stderr);
    expect(events[0]).toMatchObject({ level: 'info', event: 'message', message: `Reading ${data} ...` });
    const errors = events.filter((event) => event.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ event: 'error', message: 'Value "12a" in column 5 (value) is not a number', file, line: 4, column: 5, found: '"12a"', exit_code: 2 });
    expect(errors[0]!.fix).toMatch(/Correct the value/);
    expect(existsSync(out)).toBe(false);
  });

  it('report the long steps of a build as progress events: reading the files, then both printing passes', async () => {
    const out = path.join(await tempDir('log'), '2024');
    const { status, stderr } = assess(['--log-format', 'json', 'build', '2024', '--out', out, '--date', '2024-11-20']);
    expect(status).toBe(0);
    const progress = jsonLines(stderr).filter((event) => event.event === 'progress').map((event) => [event.task, event.done, event.total]);
    const reading = progress.filter(([task]) => task === 'Reading data files');
    expect(reading[0]).toEqual(['Reading data files', 0, reading[0]![2]]);
    expect(reading.at(-1)).toEqual(['Reading data files', reading[0]![2], reading[0]![2]]);
    expect(progress.filter(([task]) => task === 'Printing the PDF')).toEqual([['Printing the PDF', 0, 2], ['Printing the PDF', 1, 2], ['Printing the PDF', 2, 2]]);
  });

  it('are timestamped lines when stderr is not a terminal, and only the summary with --quiet', async () => {
    const out = path.join(await tempDir('log'), '2024');
    const { status, stderr } = assess(['build', '2024', '--out', out, '--date', '2024-11-20', '--quiet']);
    expect(status).toBe(0);
    const lines = stderr.trimEnd().split('\n');
    expect(lines.every((line) => STAMP.test(line))).toBe(true);
    expect(lines[0]!.replace(STAMP, '')).toBe(`Strategic Assessment written to ${out}/:`);
    expect(stderr).toMatch(/Z {3}.*strategic-assessment-2024\.pdf \(\d+ pages\)\n/);
    expect(stderr).not.toContain('Reading');
  });

  it('are plain lines without timestamps at a terminal, and in colour only without NO_COLOR', async () => {
    const { data } = await sampleWithBadCell();
    const { status, screen } = assessAtTerminal(['build', '2024', '--data', data]);
    expect(status).toBe(2);
    // Reading shows a bar, redrawn in place (\r ... erase to end of line) and erased before the error.
    expect(screen).toMatch(/\rReading data files \[[█░]+\] 1\/\d+ \d+%\x1b\[K/);
    const lines = screen.replace(/\r[^\r\n]*\x1b\[K/g, '');
    expect(lines).toMatch(new RegExp(`^Reading ${data} \\.\\.\\.\\r\\nerror: ${data}/fire-incidents\\.csv:4:5: `));
    expect(screen).not.toMatch(/\x1b\[[0-9;]*m/);
  });
});
