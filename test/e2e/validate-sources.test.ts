import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { ROOT } from './sample-data.js';
import { tempDir } from '../temp-dir.js';

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { cwd: ROOT, env: {}, writeOut: (t) => (out += t), writeErr: (t) => (err += t) });
  return { code, out, err };
}

async function sampleCopy(): Promise<string> {
  const dir = path.join(await tempDir('validate'), '2024');
  await cp(path.join(ROOT, 'data/2024'), dir, { recursive: true });
  return dir;
}

describe('assess validate', () => {
  it('passes the sample year, listing plausibility warnings', async () => {
    const { code, out } = await run(['validate', '2024']);
    expect(code).toBe(0);
    expect(out).toContain('Checked data/2024 with assess.config.yaml for Oct 2023 to Sep 2024.');
    expect(out).toContain('Read 25 files (21,830 values); ignored 0.');
    expect(out).toMatch(/changed by \+\d+\.\d% on last year/);
    expect(out).toMatch(/Result: 0 errors, \d+ warnings?\. Ready to build\.\n$/);
  });

  it('lists every error at once with file, line and column, and exits 2', async () => {
    const dir = await sampleCopy();
    const fire = path.join(dir, 'fire-incidents.csv');
    const lines = (await readFile(fire, 'utf8')).split('\n');
    lines[3] = lines[3]!.replace(/,(\d+),synthetic/, ',12a,synthetic');
    lines[9] = lines[9]!.replace(/,(\d+),synthetic/, ',-5,synthetic');
    await writeFile(fire, lines.join('\n'));
    await writeFile(path.join(dir, 'notes.csv'), 'Title,Author\nA,B\n');
    const { code, out, err } = await run(['validate', '2024', '--data', dir]);
    expect(code).toBe(2);
    expect(out).toContain(`Errors (2):\n  ${fire}:4:5: Value "12a" in column 5 (value) is not a number`);
    expect(out).toContain(`${fire}:10:5: Value -5 in column 5 (value) is negative`);
    expect(out).toContain('ignored notes.csv: its header (Title,Author) matches none of the formats');
    // Progress goes to stderr too, as timestamped lines when it is not a terminal; the error is last.
    expect(err).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ Reading data files: 0\/\d+ \(0%\)\n/);
    expect(err.split('\n').filter((l) => !/ Reading data files: /.test(l)).join('\n')).toBe('error: validation found 2 errors (listed above)\n');
  });

  it('fails, as the build would, on a year whose extracts have no figure for the home district in the year', async () => {
    const { code, out } = await run(['validate', '2024', '--data', path.join(ROOT, 'data/2023')]);
    expect(code).toBe(2);
    expect(out).toContain('Errors (1):\n  No figures for the home area E07999006 in Oct 2023 to Sep 2024\n');
    expect(out).toMatch(/Result: 1 error, \d+ warnings?\. Fix the errors/);
  });
});

describe('assess validate, beyond the data files', () => {
  it('also checks the priority scoring sheet and the commentary, as a build would', async () => {
    const dir = await sampleCopy();
    const scores = path.join(dir, 'priority-scores.csv');
    const lines = (await readFile(scores, 'utf8')).split('\n');
    lines[1] = lines[1]!.replace(/,\d+,/, ',high,');
    await writeFile(scores, lines.join('\n'));
    await writeFile(path.join(dir, 'commentary', 'notes.txt'), 'A note');
    const { code, out } = await run(['validate', '2024', '--data', dir]);
    expect(code).toBe(2);
    expect(out).toMatch(new RegExp(`Errors \\(2\\):\\n  ${scores.replace(/[.]/g, '\\.')}:2:\\d+: `));
    expect(out).toContain(`${path.join(dir, 'commentary', 'notes.txt')}: This is not a commentary file`);
  });
});

describe('assess sources', () => {
  it('ticks every source of the sample year', async () => {
    const { code, out } = await run(['sources', '2024']);
    expect(code).toBe(0);
    expect(out).toContain('police-street-wealdshire.zip (12 files)');
    expect(out).toContain('[x] wards lookup (received): lsoa-ward-lookup.csv, wards.csv');
    expect(out).toContain('[x] fire (received): fire-incidents.csv; 72 rows; 2022 to 2024');
    expect(out).toContain('[x] population (ONS) (received): population.csv; 20 rows; -');
  });

  it('says which sections will be empty without a missing extract', async () => {
    const dir = await sampleCopy();
    await rm(path.join(dir, 'fire-incidents.csv'));
    await rm(path.join(dir, 'wards.csv'));
    await rm(path.join(dir, 'lsoa-ward-lookup.csv'));
    const { code, out } = await run(['sources', '2024', '--data', dir]);
    expect(code).toBe(0);
    expect(out).toContain('[ ] fire (missing): no file received\n      empty without it: Fire\n');
    expect(out).toContain('[ ] wards lookup (missing): no file received\n      empty without it: ward hotspots\n');
    // Without its LSOA lookup the street archive cannot be placed in districts: a build would stop.
    expect(out).toMatch(/\n\d+ file problem\(s\) stop a build: run assess validate 2024 to see them\.\n$/);
  });
});
