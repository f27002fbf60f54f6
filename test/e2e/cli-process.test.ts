import { spawn, spawnSync } from 'node:child_process';
import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './sample-data.js';
import { tempDir } from '../temp-dir.js';

/** Runs the installed command exactly as a user would: a separate process, real exit code. */
function assess(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'bin/assess.js'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the assess command', () => {
  it('builds the sample year, summarising on stderr and keeping stdout clean', async () => {
    const out = path.join(await tempDir('cli'), '2024');
    const { status, stdout, stderr } = assess(['build', '2024', '--out', out, '--date', '2024-11-20']);
    expect(status).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toMatch(new RegExp(`${out}/strategic-assessment-2024\\.pdf \\(\\d+ pages\\)`));
    expect(stderr).toContain('36 measures, 20 areas.');
    expect((await readFile(path.join(out, 'figures.csv'), 'utf8')).split('\n')[0]).toMatch(/^measure,area_code,period,value,/);
  });

  it('finishes the build, releasing its lock, when the reader of its log goes away (| head -1)', async () => {
    const parent = await tempDir('cli');
    const out = path.join(parent, '2024');
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/assess.js'), 'build', '2024', '--out', out, '--log-format', 'plain'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    // The first line read, the pipe is closed, as head closes it: every later write meets EPIPE.
    child.stderr.once('data', () => child.stderr.destroy());
    const status = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(status).toBe(0);
    expect((await readdir(out)).sort()).toEqual(['figures.csv', 'figures.json', 'manifest.json', 'strategic-assessment-2024.html', 'strategic-assessment-2024.pdf']);
    expect(await readdir(parent)).toEqual(['2024']);
  });

  it('exits 3 naming what it tried when the browser given does not exist', async () => {
    const out = path.join(await tempDir('cli'), '2024');
    const { status, stderr } = assess(['build', '2024', '--out', out, '--browser', '/no/such/chrome']);
    expect(status).toBe(3);
    expect(stderr).toContain('--browser: /no/such/chrome (not an executable file)');
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
  });

  it('exits 2 on a bad value, naming file, line and column, and writes nothing', async () => {
    const data = path.join(await tempDir('cli'), 'data');
    await cp(path.join(ROOT, 'data/2024'), data, { recursive: true });
    const file = path.join(data, 'fire-incidents.csv');
    const lines = (await readFile(file, 'utf8')).split('\n');
    lines[3] = lines[3]!.replace(/,(\d+),synthetic/, ',12a,synthetic');
    await writeFile(file, lines.join('\n'));
    const out = path.join(await tempDir('cli'), '2024');
    const { status, stderr } = assess(['build', '2024', '--data', data, '--out', out]);
    expect(status).toBe(2);
    expect(stderr).toContain(`${file}:4:5`);
    expect(stderr).toContain('12a');
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
  });

  it('exits 2 with a fix when the data folder does not exist', () => {
    const { status, stderr } = assess(['build', '2031']);
    expect(status).toBe(2);
    expect(stderr).toContain('data/2031');
    expect(stderr).toMatch(/--data/);
  });
});
