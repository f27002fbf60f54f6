import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { ROOT } from './sample-data.js';
import { tempDir } from '../temp-dir.js';

async function run(argv: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await main(argv, { cwd: ROOT, env: {}, writeOut: (t) => (out += t), writeErr: () => undefined });
  return { code, out };
}

describe('assess init', () => {
  it('prepares a year folder with a partner request list and header-only templates', async () => {
    const dir = path.join(await tempDir('init'), '2025');
    const { code, out } = await run(['init', '2025', '--data', dir]);
    expect(code).toBe(0);
    expect(out).toBe(`Prepared ${dir}:\n  created README.md\n  created tidy-template.csv\n  created population.csv\n  created wards.csv\n  created priority-scores-template.csv\nNext: read ${dir}/README.md, request the extracts, then run assess sources 2025.\n`);
    const readme = await readFile(path.join(dir, 'README.md'), 'utf8');
    expect(readme).toContain('Assessment year 2025: Oct 2024 to Sep 2025.');
    expect(readme).toContain('so monthly extracts should cover 2022-10 to 2025-09 (36 months)');
    expect(readme).toContain('### Fire: ask the fire and rescue service\n\n- `fires_accidental`: Accidental fires');
    expect(await readFile(path.join(dir, 'tidy-template.csv'), 'utf8')).toBe('measure,area_code,area_name,period,value\n');
    // The sample configures a scoring matrix: its sheet comes as a template, a row per theme.
    const scores = (await readFile(path.join(dir, 'priority-scores-template.csv'), 'utf8')).split('\n');
    expect(scores[0]).toBe('theme,harm,likelihood,organisational,confidence,resident_concern,notes');
    expect(scores[1]).toBe('overall,,,,,,');
  });

  it('never overwrites an extract that has already arrived', async () => {
    const dir = path.join(await tempDir('init'), '2025');
    await run(['init', '2025', '--data', dir]);
    await writeFile(path.join(dir, 'population.csv'), 'area_code,area_name,population\nE1,One,100\n');
    const { out } = await run(['init', '2025', '--data', dir]);
    expect(out).toContain('  kept    population.csv (already there)');
    expect(await readFile(path.join(dir, 'population.csv'), 'utf8')).toBe('area_code,area_name,population\nE1,One,100\n');
  });

  it("copies last year's mappings.yaml from the sibling folder, and never over this year's", async () => {
    const root = await tempDir('init');
    const mappings = 'mappings:\n  - file: "fire-*.csv"\n    area: { column: Area }\n    measure: fires_accidental\n    periods: auto\n';
    await mkdir(path.join(root, '2024'));
    await writeFile(path.join(root, '2024', 'mappings.yaml'), mappings);
    const dir = path.join(root, '2025');
    const { code, out } = await run(['init', '2025', '--data', dir]);
    expect(code).toBe(0);
    expect(out).toBe(`Prepared ${dir}:\n  created README.md\n  created tidy-template.csv\n  created population.csv\n  created wards.csv\n  created priority-scores-template.csv\n  copied  mappings.yaml from 2024\nNext: read ${dir}/README.md, request the extracts, then run assess sources 2025.\n`);
    expect(await readFile(path.join(dir, 'mappings.yaml'), 'utf8')).toBe(mappings);
    expect(await readFile(path.join(dir, 'README.md'), 'utf8')).toContain('`mappings.yaml` (optional)');

    const edited = mappings.replace('periods: auto', 'periods: { "2024/25": 2025 }');
    await writeFile(path.join(dir, 'mappings.yaml'), edited);
    const again = await run(['init', '2025', '--data', dir]);
    expect(again.code).toBe(0);
    expect(again.out).toContain('  kept    mappings.yaml (already there)');
    expect(await readFile(path.join(dir, 'mappings.yaml'), 'utf8')).toBe(edited);
  });

  it("stops before writing anything when last year's mappings.yaml cannot be read", async () => {
    const root = await tempDir('init');
    // A folder where last year's file should be: EISDIR.
    await mkdir(path.join(root, '2024', 'mappings.yaml'), { recursive: true });
    const { code } = await run(['init', '2025', '--data', path.join(root, '2025')]);
    expect(code).toBe(2);
    expect(await readdir(root)).toEqual(['2024']);
  });
});
