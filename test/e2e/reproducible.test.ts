import { createHash } from 'node:crypto';
import { cp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../../src/commands/build.js';
import type { Manifest } from '../../src/manifest/manifest.js';
import { ROOT } from './sample-data.js';
import { tempDir } from '../temp-dir.js';

const EPOCH = '1732060800'; // 2024-11-20T00:00:00Z
const sha = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');

/** The sample year and its configuration, copied to a folder of its own (a "clone" elsewhere). */
async function sampleCopy(): Promise<{ root: string; data: string; config: string }> {
  const root = await tempDir('repro');
  await cp(path.join(ROOT, 'data/2024'), path.join(root, 'extracts', '2024'), { recursive: true });
  await cp(path.join(ROOT, 'assess.config.yaml'), path.join(root, 'assess.config.yaml'));
  return { root, data: path.join(root, 'extracts', '2024'), config: path.join(root, 'assess.config.yaml') };
}

async function buildCopy(copy: { root: string; data: string; config: string }, extra: { ifChanged?: boolean; log?: string[] } = {}): Promise<BuildResult> {
  const log = extra.log ?? [];
  return build({ year: '2024', cwd: copy.root, data: copy.data, config: copy.config, out: path.join(copy.root, 'out', '2024'), env: { ...process.env, SOURCE_DATE_EPOCH: EPOCH }, log: (m) => log.push(m), ...(extra.ifChanged ? { ifChanged: true } : {}) });
}

async function folderBytes(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const name of (await readdir(dir)).sort()) files.set(name, await readFile(path.join(dir, name)));
  return files;
}

describe('reproducible builds', () => {
  let first: { root: string; data: string; config: string };
  let firstResult: BuildResult;

  beforeAll(async () => {
    first = await sampleCopy();
    firstResult = await buildCopy(first);
  });

  it('gives byte-identical PDF, HTML, CSV, JSON and manifest from the same inputs in another folder', async () => {
    const second = await sampleCopy();
    await buildCopy(second);
    const a = await folderBytes(path.join(first.root, 'out', '2024'));
    const b = await folderBytes(path.join(second.root, 'out', '2024'));
    expect([...a.keys()]).toEqual(['figures.csv', 'figures.json', 'manifest.json', 'strategic-assessment-2024.html', 'strategic-assessment-2024.pdf']);
    for (const [name, bytes] of a) expect(sha(b.get(name)!), name).toBe(sha(bytes));
    // The PDF is dated SOURCE_DATE_EPOCH, not the time it was printed.
    const pdf = a.get('strategic-assessment-2024.pdf')!.toString('latin1');
    expect(pdf.match(/\/(CreationDate|ModDate) \(([^)]*)\)/g)).toEqual(["/CreationDate (D:20241120000000+00'00')", "/ModDate (D:20241120000000+00'00')"]);
    expect(a.get('strategic-assessment-2024.html')!.toString('utf8')).toContain('20 November 2024');
  });

  it('writes a manifest of the tool, configuration, every input read and every output written', async () => {
    const out = path.join(first.root, 'out', '2024');
    const manifest = JSON.parse(await readFile(path.join(out, 'manifest.json'), 'utf8')) as Manifest;
    expect(manifest.year).toBe(2024);
    expect(manifest.tool.version).toBe(JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')).version);
    expect(manifest.configuration.sha256).toBe(sha(await readFile(first.config)));
    expect(manifest.configuration.settings).toEqual({ documentDate: '2024-11-20', documentDateFrom: 'SOURCE_DATE_EPOCH', pdfDate: '2024-11-20T00:00:00.000Z', draft: false, allAreas: false });
    const inputs = new Map(manifest.inputs.map((i) => [i.file, i]));
    const police = await readFile(path.join(first.data, 'police-recorded-crime.csv'));
    expect(inputs.get('police-recorded-crime.csv')).toMatchObject({ size: police.length, sha256: sha(police), rows: police.toString('utf8').trim().split('\n').length - 1, periods: { first: '2020-10', last: '2024-09' } });
    // An archive is one input: its rows are every row of its CSVs, counted here independently.
    const zip = await readFile(path.join(first.data, 'police-street-wealdshire.zip'));
    const rows = Object.entries(unzipSync(new Uint8Array(zip))).filter(([name]) => name.endsWith('.csv')).reduce((sum, [, bytes]) => sum + strFromU8(bytes).trim().split('\n').length - 1, 0);
    expect(inputs.get('police-street-wealdshire.zip')).toMatchObject({ size: zip.length, sha256: sha(zip), rows, periods: { first: '2023-10', last: '2024-09' }, readAs: ['data.police.uk street-level crime'] });
    expect(inputs.get('commentary/summary.md')).toMatchObject({ readAs: ['commentary'] });
    expect(manifest.inputs.some((i) => i.file === 'README.md')).toBe(false);
    expect(manifest.outputs.map((o) => o.file)).toEqual(['figures.csv', 'figures.json', 'strategic-assessment-2024.html', 'strategic-assessment-2024.pdf']);
    for (const output of manifest.outputs) expect(sha(await readFile(path.join(out, output.file))), output.file).toBe(output.sha256);
    expect(firstResult.manifest).toBe(path.join(out, 'manifest.json'));
  });

  it('--if-changed does nothing when nothing changed, and rebuilds when an input did', async () => {
    const out = path.join(first.root, 'out', '2024');
    const before = await stat(path.join(out, 'strategic-assessment-2024.pdf'));
    const log: string[] = [];
    const same = await buildCopy(first, { ifChanged: true, log });
    expect(same.upToDate).toBe(true);
    expect(same.files).toEqual([]);
    // The manifest that showed nothing changed, as a scheduler's JSON summary names it.
    expect(same.manifest).toBe(path.join(out, 'manifest.json'));
    expect(log).toEqual([]);
    expect((await stat(path.join(out, 'strategic-assessment-2024.pdf'))).mtimeMs).toBe(before.mtimeMs);

    const commentary = path.join(first.data, 'commentary', 'summary.md');
    const text = `${await readFile(commentary, 'utf8')}\nA sentence added after the last build.\n`;
    await writeFile(commentary, text);
    const changedLog: string[] = [];
    const changed = await buildCopy(first, { ifChanged: true, log: changedLog });
    expect(changed.upToDate).toBeUndefined();
    expect(changedLog).toContain('Building: inputs changed: commentary/summary.md.');
    expect(await readFile(path.join(out, 'strategic-assessment-2024.html'), 'utf8')).toContain('A sentence added after the last build.');
    const manifest = JSON.parse(await readFile(path.join(out, 'manifest.json'), 'utf8')) as Manifest;
    expect(manifest.inputs.find((i) => i.file === 'commentary/summary.md')!.sha256).toBe(sha(text));
    expect((await buildCopy(first, { ifChanged: true })).upToDate).toBe(true);
  });
});
