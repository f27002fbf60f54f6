import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { version } from '../../src/version.js';
import { tempDir } from '../temp-dir.js';

async function run(argv: string[], cwd = process.cwd()): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { cwd, env: { PATH: '' }, writeOut: (t) => (out += t), writeErr: (t) => (err += t) });
  return { code, out, err };
}

describe('assess CLI', () => {
  it('prints help with the commands and exit codes', async () => {
    const { code, out } = await run(['--help']);
    expect(code).toBe(0);
    expect(out).toContain('Usage: assess');
    expect(out).toContain('build [options] <year>');
    expect(out).toContain('3 no usable browser');
  });

  it('prints the package version', async () => {
    const { code, out } = await run(['--version']);
    expect(code).toBe(0);
    expect(out.trim()).toBe(version);
  });

  it('documents build with examples', async () => {
    const { code, out } = await run(['build', '--help']);
    expect(code).toBe(0);
    expect(out).toContain('--data <dir>');
    expect(out).toContain('$ assess build 2024');
  });

  it('refuses an option whose value is another option, before anything is built', async () => {
    const cwd = await tempDir('cli-options');
    const { code, err } = await run(['build', '2024', '--out', '--draft'], cwd);
    expect(code).toBe(2);
    expect(err).toContain('--out needs a value, but was followed by the option --draft');
    expect(err).toContain('fix:      Give --out its value before the next option (a file or folder named like an option is written ./--draft).');
    const templates = await run(['build', '2024', '--templates', '--if-changed'], cwd);
    expect(templates.code).toBe(2);
    expect(templates.err).toContain('--templates needs a value, but was followed by the option --if-changed');
  });

  it('says why it printed the help when no command, or help of an unknown one, is given', async () => {
    const none = await run([]);
    expect(none.code).toBe(2);
    expect(none.err).toContain('Usage: assess');
    expect(none.err.trimEnd().split('\n').at(-1)).toBe('error: a command is needed: build, validate, sources, init, diff');
    expect((await run(['help', 'nope'])).err).toContain("error: unknown command 'nope'");
    const json = await run(['--log-format', 'json']);
    expect(JSON.parse(json.err.trim().split('\n').at(-1)!)).toMatchObject({ level: 'error', message: 'a command is needed: build, validate, sources, init, diff', exit_code: 2 });
  });

  it('rejects an unknown command with exit code 2', async () => {
    const { code, err } = await run(['bild', '2024']);
    expect(code).toBe(2);
    expect(err).toContain("unknown command 'bild'");
  });

  it('rejects a year that is not a year, with what was expected', async () => {
    const { code, err } = await run(['build', '24']);
    expect(code).toBe(2);
    expect(err).toContain('"24" is not a year');
    expect(err).toContain('expected: a four-digit assessment year');
    expect(err).not.toContain('    at ');
    // 0000 would have periods of years -2 to 0.
    expect((await run(['init', '0000'])).err).toContain('"0000" is not a year');
  });

  it('reports a missing configuration file without a stack trace', async () => {
    const dir = await tempDir('cli');
    const { code, err } = await run(['build', '2024'], dir);
    expect(code).toBe(2);
    expect(err).toContain('assess.config.yaml');
    expect(err).not.toContain('    at ');
  });

  it('reports a broken configuration with its line and column', async () => {
    const dir = await tempDir('cli');
    await writeFile(path.join(dir, 'assess.config.yaml'), 'partnership: Test\narea: [unclosed\n');
    const { code, err } = await run(['build', '2024'], dir);
    expect(code).toBe(2);
    expect(err).toMatch(/assess\.config\.yaml:\d+:\d+/);
  });
});
