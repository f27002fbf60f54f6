import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseRenderer, createLogger } from '../../src/cli/logger.js';
import { main } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/program.js';
import { FakeTerminal } from './fake-terminal.js';
import { tempDir } from '../temp-dir.js';

describe('chooseRenderer', () => {
  it('draws progress on a terminal and writes lines anywhere else', () => {
    expect(chooseRenderer('auto', { env: {}, errIsTTY: true })).toBe('terminal');
    expect(chooseRenderer('auto', { env: {}, errIsTTY: false })).toBe('plain');
    expect(chooseRenderer('auto', { env: {} })).toBe('plain');
  });

  it('writes lines in CI and on a dumb terminal even when stderr is a terminal', () => {
    expect(chooseRenderer('auto', { env: { CI: 'true' }, errIsTTY: true })).toBe('plain');
    expect(chooseRenderer('auto', { env: { CI: '1' }, errIsTTY: true })).toBe('plain');
    expect(chooseRenderer('auto', { env: { CI: 'false' }, errIsTTY: true })).toBe('terminal');
    expect(chooseRenderer('auto', { env: { TERM: 'dumb' }, errIsTTY: true })).toBe('plain');
  });

  it('does what --log-format says', () => {
    expect(chooseRenderer('json', { env: {}, errIsTTY: true })).toBe('json');
    expect(chooseRenderer('plain', { env: {}, errIsTTY: true })).toBe('plain');
  });
});

describe('createLogger', () => {
  const io = (out: FakeTerminal, env: NodeJS.ProcessEnv = {}): CliIo => ({ cwd: '/', env, writeErr: out.write, writeOut: () => undefined, errIsTTY: true, errColumns: () => 50, now: out.now });
  const summary = { text: 'Written.\n', message: 'Written', fields: { pages: 2 } };

  it('with --quiet keeps only the summary and the errors', () => {
    const out = new FakeTerminal();
    const logger = createLogger({ logFormat: 'json', quiet: true }, io(out));
    logger.info('Reading ...');
    logger.progress('Reading data files', 0, 2);
    logger.progress('Reading data files', 2, 2);
    logger.summary(summary);
    logger.error({ exitCode: 2, text: 'error: bad\n', records: [{ message: 'bad', file: null, line: null, column: null, found: null, expected: null, fix: null }] });
    expect(out.text.trimEnd().split('\n').map((line) => (JSON.parse(line) as { event: string }).event)).toEqual(['summary', 'error']);
  });

  it('with --quiet on a terminal draws nothing but the outcome', () => {
    const out = new FakeTerminal();
    const logger = createLogger({ quiet: true }, io(out));
    logger.info('Reading ...');
    logger.progress('Reading data files', 1, 2);
    logger.summary(summary);
    expect(out.text).toBe('Written.\n');
  });

  it('uses no colour when NO_COLOR is set, but still redraws the line', () => {
    const out = new FakeTerminal();
    const logger = createLogger({}, io(out, { NO_COLOR: '1' }));
    logger.progress('Reading', 1, 2);
    expect(out.text).toBe(`\rReading [${'█'.repeat(15)}${'░'.repeat(15)}] 1/2 50%\x1b[K`);
    const coloured = new FakeTerminal();
    createLogger({}, io(coloured, { NO_COLOR: '' })).progress('Reading', 1, 2);
    expect(coloured.text).toBe(`\rReading [\x1b[36m${'█'.repeat(15)}\x1b[39m${'░'.repeat(15)}] 1/2 50%\x1b[K`);
  });
});

/** The CLI in process, with a fixed clock; stderr is not a terminal unless asked. */
async function run(argv: string[], options: { cwd?: string; errIsTTY?: boolean } = {}): Promise<{ code: number; out: string; err: string }> {
  const terminal = new FakeTerminal();
  let out = '';
  const code = await main(argv, { cwd: options.cwd ?? process.cwd(), env: {}, writeOut: (t) => (out += t), writeErr: terminal.write, errIsTTY: options.errIsTTY, now: terminal.now });
  return { code, out, err: terminal.text };
}

describe('log options on the command line', () => {
  it('are accepted before and after the subcommand', async () => {
    for (const argv of [['--log-format', 'json', 'build', '24'], ['build', '24', '--log-format', 'json'], ['build', '24', '--log-format=json', '-q']]) {
      const { code, err } = await run(argv);
      expect(code).toBe(2);
      expect(JSON.parse(err)).toMatchObject({ level: 'error', message: '"24" is not a year', exit_code: 2 });
    }
  });

  it('give errors in JSON with file, line, column, found, expected and fix', async () => {
    const { code, err } = await run(['build', '24', '--log-format', 'json']);
    expect(code).toBe(2);
    expect(err).toBe(
      '{"time":"2026-11-25T15:04:36Z","level":"error","event":"error","message":"\\"24\\" is not a year","file":null,"line":null,"column":null,' +
        '"found":"24","expected":"a four-digit assessment year from 1900, e.g. 2024","fix":"Run, for example: assess build 2024","exit_code":2}\n',
    );
  });

  it('give argument mistakes in JSON too, without commander\'s text', async () => {
    const { code, err } = await run(['bild', '2024', '--log-format', 'json']);
    expect(code).toBe(2);
    const event = JSON.parse(err) as Record<string, unknown>;
    expect(event).toMatchObject({ level: 'error', event: 'error', message: "unknown command 'bild'\n(Did you mean build?)", exit_code: 2 });
  });

  it('reject an unknown format, naming the choices', async () => {
    const { code, err } = await run(['build', '2024', '--log-format', 'xml']);
    expect(code).toBe(2);
    expect(err).toContain("argument 'xml' is invalid. Allowed choices are auto, plain, json.");
  });

  it('keep the text of an error unstamped in a plain log and when quiet', async () => {
    const dir = await tempDir('log');
    const { code, err } = await run(['build', '2024', '-q'], { cwd: dir });
    expect(code).toBe(2);
    expect(err).toMatch(/^error: .*assess\.config\.yaml/);
  });

  it('are listed in the help of every command', async () => {
    const { out } = await run(['validate', '--help']);
    expect(out).toContain('Global Options:');
    expect(out).toMatch(/--log-format <format>\s+how logs look/);
    expect(out).toMatch(/-q, --quiet\s+print only errors and the final summary/);
  });
});

describe('validate with a JSON log', () => {
  it('keeps its report on stdout and gives the counts as a summary event', async () => {
    const { code, out, err } = await run(['validate', '2024', '--log-format', 'json']);
    expect(code).toBe(0);
    const warnings = Number(/Result: 0 errors, (\d+) warnings?\. Ready to build\.\n$/.exec(out)![1]);
    expect(warnings).toBeGreaterThan(0);
    // Progress events of reading the data may come first; the summary ends the log.
    const events = err.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(events.slice(0, -1).every((event) => event.event === 'progress')).toBe(true);
    expect(events.at(-1)).toEqual({ time: '2026-11-25T15:04:36Z', level: 'info', event: 'summary', message: `Validation: 0 error(s), ${warnings} warning(s)`, command: 'validate', errors: 0, warnings });
  });
});
