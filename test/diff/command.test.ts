import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { defaultFile, formatOf } from '../../src/commands/diff.js';
import type { FiguresDocument } from '../../src/diff/figures-file.js';
import { after, before } from './two-years.js';
import { tempDir } from '../temp-dir.js';

async function run(argv: string[], cwd: string, outIsTTY = false): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { cwd, env: { PATH: '' }, writeOut: (t) => (out += t), writeErr: (t) => (err += t), outIsTTY });
  return { code, out, err };
}

async function writeBuild(dir: string, document: FiguresDocument): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'figures.json'), JSON.stringify(document, null, 2));
}

describe('assess diff on the command line', () => {
  let cwd: string;

  beforeAll(async () => {
    cwd = await tempDir('diff-cli');
    await writeBuild(path.join(cwd, 'out', '2023'), before.document);
    await writeBuild(path.join(cwd, 'out', '2024'), after.document);
  });

  it('prints the table to stdout and exits 1 when the builds differ', async () => {
    const { code, out, err } = await run(['diff', '2023', '2024'], cwd);
    expect(code).toBe(1);
    expect(out).toContain('County rank moved (3)\n  Measure                   2022-23  2023-24  Move\n');
    expect(out).toContain('25 differences between 2022-23 (out/2023) and 2023-24 (out/2024).\n');
    expect(out).not.toContain('\x1b[');
    expect(err).toBe('');
  });

  it('colours the table on a terminal unless NO_COLOR is set or the terminal is dumb', async () => {
    expect((await run(['diff', '2023', '2024'], cwd, true)).out).toContain('\x1b[31m1 place worse');
    for (const env of [{ NO_COLOR: '1' }, { TERM: 'dumb' }]) {
      let out = '';
      await main(['diff', '2023', '2024'], { cwd, env, writeOut: (t) => (out += t), writeErr: () => undefined, outIsTTY: true });
      expect(out).not.toContain('\x1b[');
    }
  });

  it('says so when --out is a folder', async () => {
    await mkdir(path.join(cwd, 'reports', 'older'), { recursive: true });
    const { code, err } = await run(['diff', '2023', '2024', '--format', 'md', '--out', 'reports'], cwd);
    expect(code).toBe(2);
    expect(err).toContain('Could not write reports: it is a folder');
    expect(err).toContain('Pass --out with a file name, e.g. --out reports/what-changed.md.');
  });

  it('exits 0 when a build is compared with itself', async () => {
    const { code, out } = await run(['diff', '2024', 'out/2024'], cwd);
    expect(code).toBe(0);
    expect(out).toContain('No differences between the two builds of 2023-24 in out/2024 and out/2024: the figures are the same.');
  });

  it('writes a file format to out/diff-<a>-<b>.<ext>, saying where on stderr', async () => {
    const { code, out, err } = await run(['diff', '2023', '2024', '--format', 'md', '--log-format', 'plain'], cwd);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toMatch(/What changed written to out\/diff-2023-2024\.md: 25 differences between 2022-23 \(out\/2023\) and 2023-24 \(out\/2024\)\.\n$/);
    expect(await readFile(path.join(cwd, 'out', 'diff-2023-2024.md'), 'utf8')).toContain('## County rank moved (3)');
  });

  it('takes the format from --out, and writes to stdout with --out -', async () => {
    expect((await run(['diff', '2023', '2024', '--out', 'changes.csv'], cwd)).code).toBe(1);
    expect((await readFile(path.join(cwd, 'changes.csv'), 'utf8')).split('\n')[0]).toBe('category,item,item_label,area_code,area_name,field,before,after,county_before,county_after,pct_change,direction,detail');
    const { code, out } = await run(['diff', '2023', '2024', '--format', 'json', '--out', '-'], cwd);
    expect(code).toBe(1);
    expect(JSON.parse(out)).toMatchObject({ format: 'assess-diff', differences: 25 });
  });

  it('refuses to write over a build it compares, or into a build folder, leaving both as they were', async () => {
    const figures = path.join(cwd, 'out', '2024', 'figures.json');
    const original = await readFile(figures, 'utf8');
    const over = await run(['diff', '2023', '2024', '--format', 'json', '--out', 'out/2024/figures.json'], cwd);
    expect(over.code).toBe(2);
    expect(over.err).toContain('out/2024/figures.json is one of the two builds compared');
    const into = await run(['diff', '2023', '2024', '--out', 'out/2023/changes.md'], cwd);
    expect(into.code).toBe(2);
    expect(into.err).toContain('out/2023/changes.md is inside the build folder out/2023, which assess build replaces whole');
    expect(await readFile(figures, 'utf8')).toBe(original);
    // A figures.json named as a file names no output folder: only the file itself is protected.
    expect((await run(['diff', 'out/2023/figures.json', '2024', '--out', 'out/2024/changes.md'], cwd)).err).toContain('out/2024/changes.md is inside the build folder out/2024');
  });

  it('exits 2 on trouble: an unknown format, a PDF to the terminal, a missing build', async () => {
    const unknown = await run(['diff', '2023', '2024', '--format', 'docx'], cwd);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain("argument 'docx' is invalid. Allowed choices are text, md, csv, json, html, pdf.");
    const pdf = await run(['diff', '2023', '2024', '--format', 'pdf', '--out', '-'], cwd);
    expect(pdf.code).toBe(2);
    expect(pdf.err).toContain('A PDF is not written to the terminal');
    const missing = await run(['diff', '2022', '2024'], cwd);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('out/2022 does not exist');
  });

  it('brands the html paper with --templates: the council\'s brand.css and its own diff layout', async () => {
    const branding = path.join(cwd, 'branding');
    await mkdir(path.join(branding, 'diff', 'partials'), { recursive: true });
    await writeFile(path.join(branding, 'brand.css'), ':root { --accent: #7a1f5c; }');
    await writeFile(path.join(branding, 'diff', 'partials', 'diff-header.hbs'), '<header class="diff-header"><p>Safer Medbury branding</p><h1>{{title}}</h1></header>');
    const { code } = await run(['diff', '2023', '2024', '--format', 'html', '--templates', 'branding'], cwd);
    expect(code).toBe(1);
    const html = await readFile(path.join(cwd, 'out', 'diff-2023-2024.html'), 'utf8');
    expect(html).toContain(':root { --accent: #7a1f5c; }');
    expect(html).toContain('<header class="diff-header"><p>Safer Medbury branding</p><h1>What changed: 2022-23 to 2023-24</h1></header>');
    // The bundled layout and sections are kept where the council has none of its own.
    expect(html).toContain('<h2 id="ranks-heading">County rank moved (3)</h2>');
    const text = await run(['diff', '2023', '2024', '--templates', 'branding'], cwd);
    expect(text.code).toBe(2);
    expect(text.err).toContain('--templates brands the html and pdf papers only');
    const missing = await run(['diff', '2023', '2024', '--format', 'html', '--templates', 'no-such-folder'], cwd);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('Template folder not found');
  });

  it('documents itself, with examples and diff(1) exit codes', async () => {
    const { code, out } = await run(['diff', '--help'], cwd);
    expect(code).toBe(0);
    expect(out).toContain('Usage: assess diff [options] <a> <b>');
    expect(out).toContain('$ assess diff out/2024-march out/2024');
    expect(out).toContain('Exit codes (as diff(1)): 0 no differences, 1 differences, 2 trouble');
    expect((await run(['--help'], cwd)).out).toContain('diff [options] <a> <b>');
  });
});

describe('where the diff goes', () => {
  it('follows --format, else the extension of --out, else the terminal', () => {
    expect(formatOf('pdf', 'x.md')).toBe('pdf');
    expect(formatOf(undefined, 'changes.HTML')).toBe('html');
    expect(formatOf(undefined, 'changes.txt')).toBe('text');
    expect(formatOf(undefined, 'changes')).toBe('text');
    expect(formatOf(undefined, undefined)).toBe('text');
  });

  it('names the default file after the years or the folders compared', () => {
    expect(defaultFile({ before: '2023', after: '2024', cwd: '/w' }, 'pdf')).toBe('/w/out/diff-2023-2024.pdf');
    expect(defaultFile({ before: 'out/2024-march', after: 'out/2024', cwd: '/w' }, 'csv')).toBe('/w/out/diff-2024-march-2024.csv');
    expect(defaultFile({ before: 'out/2023/figures.json', after: 'b/2024/figures.json', cwd: '/w' }, 'md')).toBe('/w/out/diff-2023-2024.md');
  });
});
