import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFiguresJson } from '../../src/diff/figures-file.js';
import { buildLocation, readBuild } from '../../src/diff/read-build.js';
import { AssessError, formatProblem } from '../../src/errors.js';
import { document, row, spc } from './fixtures.js';
import { tempDir } from '../temp-dir.js';

/** The message a user would read for a rejected file, as the CLI prints it. */
function problem(attempt: () => unknown): string {
  try {
    attempt();
  } catch (error) {
    expect(error).toBeInstanceOf(AssessError);
    expect((error as AssessError).exitCode).toBe(2);
    return formatProblem(error as AssessError);
  }
  throw new Error('expected the file to be rejected');
}

const FILE = 'out/2024/figures.json';

describe('parseFiguresJson', () => {
  it('reads a figures.json of this version', () => {
    const parsed = parseFiguresJson(JSON.stringify(document()), FILE);
    expect(parsed.meta.year).toBe(2024);
    expect(parsed.measures.map((m) => m.id)).toEqual(['burglary', 'shoplifting', 'da_incidents', 'repeat_pct']);
  });

  it('refuses text that is not JSON, naming the file', () => {
    expect(problem(() => parseFiguresJson('{"meta": ', FILE))).toMatch(/^out\/2024\/figures\.json: out\/2024\/figures\.json is not valid JSON \(.+\)\n {2}expected: figures\.json written by assess build\n {2}fix: {6}The file is damaged/);
  });

  it('refuses JSON that assess did not write', () => {
    expect(problem(() => parseFiguresJson('{"name": "package"}', FILE))).toBe([
      `${FILE}: ${FILE} was not written by assess`,
      '  found:    no meta.generator naming assess',
      '  expected: figures.json written by assess build',
      '  fix:      Pass an output folder of assess build (out/<year>) or a year.',
    ].join('\n'));
  });

  it('refuses a build of an earlier version, saying how to rebuild it', () => {
    const old = { meta: { generator: 'assess 0.1.0', year: 2023 }, measures: [], areas: [], rows: [], wards: [] };
    expect(problem(() => parseFiguresJson(JSON.stringify(old), FILE))).toBe([
      `${FILE}: ${FILE} was made by an earlier version of assess (assess 0.1.0) and cannot be compared`,
      '  found:    no format_version (an earlier version of assess)',
      '  expected: format_version 2',
      '  fix:      Rebuild it with this version of assess: assess build 2023 (with --out for a folder other than out/2023).',
    ].join('\n'));
  });

  it('refuses a build of a newer version', () => {
    const newer = { ...document(), meta: { ...document().meta, format_version: 3, generator: 'assess 9.0.0' } };
    expect(problem(() => parseFiguresJson(JSON.stringify(newer), FILE))).toContain('was made by a newer version of assess (assess 9.0.0)');
  });

  it('refuses a damaged file rather than crashing on it, saying what is missing', () => {
    const damaged = { ...document(), rows: [{ measure: 'burglary', area_code: 'E1', area_name: 'Medbury', kind: 'area' }, { measure: 'burglary' }] };
    expect(problem(() => parseFiguresJson(JSON.stringify(damaged), FILE))).toContain('found:    rows[1] without area_code (a string)');
    const noSpc = { ...document(), spc: undefined };
    expect(problem(() => parseFiguresJson(JSON.stringify(noSpc), FILE))).toContain('found:    no spc list');
  });

  it('refuses hand-edited metadata and figures that diff would misread, rather than crash or print undefined', () => {
    const meta = document().meta as unknown as Record<string, unknown>;
    const edited = (change: Record<string, unknown>) => JSON.stringify({ ...document(), meta: { ...meta, ...change } });
    expect(problem(() => parseFiguresJson(edited({ county: undefined }), FILE))).toContain('found:    no meta.county (its code and name)');
    expect(problem(() => parseFiguresJson(edited({ period_labels: undefined }), FILE))).toContain('found:    no meta.period_labels (three strings)');
    expect(problem(() => parseFiguresJson(edited({ year_labels: '2023-24' }), FILE))).toContain('found:    no meta.year_labels (three strings)');
    expect(problem(() => parseFiguresJson(edited({ partnership: undefined }), FILE))).toContain('found:    no meta.partnership (a string)');
    const rows = [{ ...row('burglary', 'E1', { per_1000: 9.9 }) }, { ...row('burglary', 'E2'), per_1000: '9.9' as unknown as number }];
    expect(problem(() => parseFiguresJson(JSON.stringify(document({ rows })), FILE))).toContain('found:    rows[1] with per_1000 that is not a number');
    const records = [spc('burglary', 'common cause', null), { ...spc('burglary', 'common cause', null), latest: undefined as unknown as null }];
    expect(problem(() => parseFiguresJson(JSON.stringify(document({ spc: records })), FILE))).toContain('found:    spc[1] without latest (a signal or null)');
    expect(parseFiguresJson(JSON.stringify(document({ rows: rows.slice(0, 1), spc: records.slice(0, 1) })), FILE).rows).toHaveLength(1);
  });
});

describe('readBuild', () => {
  it('reads a year from out/<year>, and a folder or file as given', async () => {
    const cwd = await tempDir('diff');
    expect(buildLocation('2024', cwd)).toBe(path.join(cwd, 'out', '2024'));
    expect(buildLocation('out/2024-march', cwd)).toBe(path.join(cwd, 'out', '2024-march'));
    await mkdir(path.join(cwd, 'out', '2024'), { recursive: true });
    await writeFile(path.join(cwd, 'out', '2024', 'figures.json'), JSON.stringify(document()));
    expect((await readBuild('2024', cwd)).folder).toBe('out/2024');
    expect((await readBuild('out/2024/figures.json', cwd)).folder).toBe('out/2024');
  });

  it('says how to make a year that has not been built', async () => {
    const cwd = await tempDir('diff');
    await expect(readBuild('2022', cwd)).rejects.toThrow('out/2022 does not exist');
    await expect(readBuild('2022', cwd)).rejects.toMatchObject({ details: { fix: 'Run assess build 2022 first, or pass the folder it was built into (a folder named 2022 here is written ./2022).' } });
  });

  it('refuses a folder without figures.json', async () => {
    const cwd = await tempDir('diff');
    await mkdir(path.join(cwd, 'notes'));
    await expect(readBuild('notes', cwd)).rejects.toThrow('notes is not an assess output folder: there is no figures.json in it');
  });
});
