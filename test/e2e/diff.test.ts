import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { build } from '../../src/commands/build.js';
import { readPdfText } from '../../src/pdf/read-pdf.js';
import { axeViolations } from './axe.js';
import { ROOT } from './sample-data.js';
import { fakeSignals } from '../cli/fake-signals.js';
import { tempDir } from '../temp-dir.js';

const MEDBURY = 'E07999006';

interface Row { measure: string; area_code: string; kind: string; value: number | null; previous_value: number | null; change: number | null; county_rank: number | null; county_rank_of: number | null; per_1000: number | null }

async function run(argv: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { cwd, env: process.env, writeOut: (t) => (out += t), writeErr: (t) => (err += t) });
  return { code, out, err };
}

const readJson = async (file: string) => JSON.parse(await readFile(file, 'utf8'));
const homeRow = (json: { rows: readonly Row[] }, measure: string): Row => json.rows.find((r) => r.measure === measure && r.area_code === MEDBURY)!;

/** One build per sample year, shared by every test: out/2023 and out/2024 of a temporary folder. */
describe('assess diff on two real builds of the sample', () => {
  let cwd: string;
  let json2023: { meta: Record<string, unknown>; rows: Row[] };
  let json2024: { meta: Record<string, unknown>; rows: Row[] };

  beforeAll(async () => {
    cwd = await tempDir('e2e-diff');
    for (const year of ['2023', '2024']) {
      await build({ year, out: path.join(cwd, 'out', year), date: `${year}-11-20`, cwd: ROOT, env: process.env, log: () => undefined });
    }
    json2023 = await readJson(path.join(cwd, 'out/2023/figures.json'));
    json2024 = await readJson(path.join(cwd, 'out/2024/figures.json'));
  });

  it('lists what changed between the years and exits 1', async () => {
    const { code, out } = await run(['diff', '2023', '2024'], cwd);
    expect(code).toBe(1);
    expect(out.split('\n').slice(0, 4)).toEqual([
      'What changed: 2022-23 to 2023-24',
      'Medbury: Safer Medbury Partnership (synthetic sample)',
      'Before: out/2023, Oct 2022 to Sep 2023 (assess 0.1.0)',
      'After: out/2024, Oct 2023 to Sep 2024 (assess 0.1.0)',
    ]);
    // Read from the two figures.json files directly, not through assess diff.
    const [a, b] = [homeRow(json2023, 'shoplifting'), homeRow(json2024, 'shoplifting')];
    expect(b.county_rank).toBeGreaterThan(a.county_rank!);
    expect(out).toMatch(new RegExp(`\\n {2}Shoplifting +${a.county_rank} of 12 +${b.county_rank} of 12 +${b.county_rank! - a.county_rank!} places worse\\n`));
    const pct = (100 * (b.per_1000! - a.per_1000!)) / a.per_1000!;
    expect(out).toMatch(new RegExp(`\\n {2}Shoplifting +${a.per_1000!.toFixed(1)} +${b.per_1000!.toFixed(1)} +\\+${(b.per_1000! - a.per_1000!).toFixed(1)} +\\+${pct.toFixed(1)}%\\n`));
    expect(out).toMatch(/\n {2}Adult proven re-offending rate +24\.4% \(county 24\.8%\) +31\.9% \(county 25\.3%\) +Above Wealdshire\n/);
    expect(out).toMatch(/\n {2}All crime +Started \(concern\) +Special cause: improvement, point below the lower limit in February 2021 +Special cause: concern, 7-point run above the mean since March 2024\n/);
    expect(out).toMatch(/\n {2}Re-offending +Entered the recommended list +7th, 41 points +3rd, 49 points\n/);
    expect(out).toMatch(/\n {2}Drugs and weapons +Left the recommended list +4th, 44 points +6th, 43 points\n/);
    expect(out).toMatch(/\nNo change in: measures, areas\.\n/);
    expect(out).toMatch(/\n\d+ differences between 2022-23 \(out\/2023\) and 2023-24 \(out\/2024\)\.\n$/);
  });

  it('exits 0 for a build compared with itself', async () => {
    const { code, out } = await run(['diff', '2024', path.join(cwd, 'out/2024')], cwd);
    expect(code).toBe(0);
    expect(out).toContain('No differences between the two builds of 2023-24 in out/2024 and out/2024: the figures are the same.\n');
  });

  it('lists every revised figure between two builds of one year', async () => {
    // The police re-extracted their data: March's build had 20 fewer shoplifting offences in Medbury.
    const march = structuredClone(json2024);
    const row = march.rows.find((r) => r.measure === 'shoplifting' && r.area_code === MEDBURY)!;
    const final = homeRow(json2024, 'shoplifting');
    row.value = final.value! - 20;
    row.change = row.value - row.previous_value!;
    await mkdir(path.join(cwd, 'out/2024-march'));
    await writeFile(path.join(cwd, 'out/2024-march/figures.json'), JSON.stringify(march));
    const { code, out } = await run(['diff', 'out/2024-march', 'out/2024'], cwd);
    expect(code).toBe(1);
    expect(out).toContain('What changed: two builds of 2023-24\n');
    expect(out).toContain('Revised figures (2)\n');
    const en = (n: number) => n.toLocaleString('en-GB');
    expect(out).toMatch(new RegExp(`\\n {2}Shoplifting +Medbury +Value +${en(final.value! - 20)} +${en(final.value!)}\\n`));
    expect(out).toContain('2 differences between the two builds of 2023-24 in out/2024-march and out/2024.\n');
  });

  it('exits 2 for a folder that is not an assess output, or was made by an earlier version', async () => {
    const notAssess = await run(['diff', ROOT, '2024'], cwd);
    expect(notAssess.code).toBe(2);
    expect(notAssess.err).toContain(`${ROOT} is not an assess output folder: there is no figures.json in it`);
    const old = structuredClone(json2023);
    delete old.meta.format_version;
    await cp(path.join(cwd, 'out/2023'), path.join(cwd, 'old/2023'), { recursive: true });
    await writeFile(path.join(cwd, 'old/2023/figures.json'), JSON.stringify(old));
    const earlier = await run(['diff', 'old/2023', '2024'], cwd);
    expect(earlier.code).toBe(2);
    expect(earlier.err).toContain('old/2023/figures.json was made by an earlier version of assess (assess 0.1.0) and cannot be compared');
    expect(earlier.err).toContain('fix:      Rebuild it with this version of assess: assess build 2023');
  });

  it('prints a "what changed" PDF for the committee, and its HTML passes axe-core', async () => {
    const { code, err } = await run(['diff', '2023', '2024', '--format', 'pdf', '--log-format', 'plain'], cwd);
    expect(code).toBe(1);
    expect(err).toMatch(/What changed written to out\/diff-2023-2024\.pdf \(\d+ pages?\): \d+ differences/);
    const pages = await readPdfText(new Uint8Array(await readFile(path.join(cwd, 'out/diff-2023-2024.pdf'))));
    const text = pages.join('\n');
    expect(pages[0]).toContain('What changed: 2022-23 to 2023-24');
    expect(text).toContain('County rank moved (24)');
    expect(text).toContain('Re-offending Entered the recommended list 7th, 41 points 3rd, 49 points');
    expect(text).toMatch(/Shoplifting 8 of 12 12 of 12 4 places worse/);
    expect(pages.at(-1)).toContain(`Page ${pages.length} of ${pages.length}`);
    // Printed again, the paper is the same to the byte: its PDF dates are pinned, not the time of printing.
    const first = await readFile(path.join(cwd, 'out/diff-2023-2024.pdf'));
    expect((await run(['diff', '2023', '2024', '--format', 'pdf', '--out', 'out/again.pdf'], cwd)).code).toBe(1);
    const again = await readFile(path.join(cwd, 'out/again.pdf'));
    const at = first.findIndex((byte, i) => byte !== again[i]);
    expect(at < 0 ? '' : first.subarray(at - 120, at + 30).toString('latin1') + ' | ' + again.subarray(at - 120, at + 30).toString('latin1')).toBe('');

    expect((await run(['diff', '2023', '2024', '--format', 'html'], cwd)).code).toBe(1);
    const html = await readFile(path.join(cwd, 'out/diff-2023-2024.html'), 'utf8');
    expect(await axeViolations(html)).toEqual([]);
  });

  it('stopped by Ctrl-C while printing the paper: exit 130 rather than diff\'s 2, and nothing written', async () => {
    const signals = fakeSignals();
    let err = '';
    const writeErr = (text: string): void => {
      err += text;
      if (text.includes('Printing the PDF')) queueMicrotask(() => signals.emit('SIGINT'));
    };
    const code = await main(['diff', '2023', '2024', '--format', 'pdf', '--out', 'out/stopped.pdf', '--log-format', 'plain'], { cwd, env: process.env, writeOut: () => undefined, writeErr, signals });
    expect(code, err).toBe(130);
    expect(err).toContain('Stopping: Ctrl-C (SIGINT) received.');
    expect(err).toContain('error: Stopped by Ctrl-C (SIGINT): out/stopped.pdf was not written\n');
    expect(existsSync(path.join(cwd, 'out/stopped.pdf'))).toBe(false);
    expect(signals.listening()).toBe(0);
  });
});
