import { cp, mkdir, readdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/commands/build.js';
import { checkOutputFolder } from '../../src/publish/check-output-folder.js';
import { ROOT } from '../e2e/sample-data.js';
import { errorFromAsync } from '../ingest/helpers.js';
import { tempDir } from '../temp-dir.js';

/** A project as an analyst keeps one: its configuration, a year's data and an earlier build. */
async function project() {
  const root = await tempDir('out-check');
  const kept = { dataDir: path.join(root, 'data', '2024'), configFile: path.join(root, 'assess.config.yaml'), cwd: root };
  await mkdir(kept.dataDir, { recursive: true });
  await writeFile(path.join(kept.dataDir, 'population.csv'), 'area_code,area_name,population\n');
  await writeFile(kept.configFile, 'partnership: P\n');
  return { root, kept };
}

describe('checkOutputFolder', () => {
  it('accepts a new folder, an empty one and an earlier build\'s outputs', async () => {
    const { root, kept } = await project();
    await checkOutputFolder(path.join(root, 'out', '2024'), kept);
    await mkdir(path.join(root, 'empty'));
    await checkOutputFolder(path.join(root, 'empty'), kept);
    const earlier = path.join(root, 'out', '2023');
    await mkdir(earlier, { recursive: true });
    await writeFile(path.join(earlier, 'figures.csv'), 'x\n');
    await writeFile(path.join(earlier, 'manifest.json'), JSON.stringify({ manifest: 1, tool: { name: 'assess' }, outputs: [{ file: 'figures.csv' }, { file: 'district 7/summary.txt' }] }));
    // A district folder named as a configuration names it: listed in the manifest, so a build's own.
    await mkdir(path.join(earlier, 'district 7'));
    await writeFile(path.join(earlier, 'district 7', 'summary.txt'), 'x');
    await checkOutputFolder(earlier, kept);
    // An analyst's notes saved among the outputs are not the build's to delete.
    await writeFile(path.join(earlier, 'committee-notes.docx'), 'x');
    expect((await errorFromAsync(() => checkOutputFolder(earlier, kept))).details.found).toBe('committee-notes.docx');
    // Without a manifest (an earlier version's build, or one deleted): nothing but a build's own file names.
    const older = path.join(root, 'out', '2022');
    await mkdir(path.join(older, 'E07000105-ashford'), { recursive: true });
    for (const name of ['figures.csv', 'figures.json', 'strategic-assessment-2022.pdf', 'strategic-assessment-2022.html', 'county-summary-2022.csv']) await writeFile(path.join(older, name), 'x');
    await writeFile(path.join(older, 'E07000105-ashford', 'figures.csv'), 'x');
    await checkOutputFolder(older, kept);
    await writeFile(path.join(older, 'E07000105-ashford', 'notes.docx'), 'x');
    expect((await errorFromAsync(() => checkOutputFolder(older, kept))).details.found).toBe('E07000105-ashford/notes.docx');
  });

  it('refuses a folder that is or holds the data, the configuration or the project, before anything is replaced', async () => {
    const { root, kept } = await project();
    for (const [out, message] of [
      [kept.dataDir, 'The output folder holds the data folder, and a build replaces its output folder whole'],
      [path.join(root, 'data'), 'The output folder holds the data folder, and a build replaces its output folder whole'],
      [root, 'The output folder holds the data folder, and a build replaces its output folder whole'],
      [path.join(kept.dataDir, 'out'), 'The output folder is inside the data folder, where the next build would read its outputs as data'],
    ] as const) {
      const error = await errorFromAsync(() => checkOutputFolder(out, kept));
      expect(error.message).toBe(message);
      expect(error.exitCode).toBe(2);
      expect(error.details.location).toEqual({ file: out });
    }
    const config = await errorFromAsync(() => checkOutputFolder(root, { ...kept, dataDir: '/elsewhere/2024' }));
    expect(config.message).toBe('The output folder holds the configuration, and a build replaces its output folder whole');
  });

  it('refuses a file, a link and a folder of other files, naming what is there', async () => {
    const { root, kept } = await project();
    await writeFile(path.join(root, 'notes.txt'), 'x');
    expect((await errorFromAsync(() => checkOutputFolder(path.join(root, 'notes.txt'), kept))).message).toBe('The output folder is a file, not a folder');
    await mkdir(path.join(root, 'documents'));
    await symlink(path.join(root, 'documents'), path.join(root, 'linked'));
    const link = await errorFromAsync(() => checkOutputFolder(path.join(root, 'linked'), kept));
    expect([link.message, link.details.found]).toEqual(['The output folder is a link (shortcut), which a build would replace by a folder', 'a symbolic link']);
    for (const name of ['a.docx', 'b.xlsx', 'c', 'd', 'e', 'f', 'manifest.json']) await writeFile(path.join(root, 'documents', name), '{}');
    const error = await errorFromAsync(() => checkOutputFolder(path.join(root, 'documents'), kept));
    expect(error.message).toBe('The output folder holds files that are not an earlier build\'s outputs, and a build replaces its output folder whole');
    expect(error.details.found).toBe('a.docx, b.xlsx, c, d, e and 1 more');
    expect(error.details.fix).toContain('Pass --out with a new or empty folder');
  });

  it('stops `assess build --out <the data folder>` before it reads, locks or deletes anything', async () => {
    const root = await tempDir('out-check-build');
    const data = path.join(root, '2024');
    await cp(path.join(ROOT, 'data', '2024'), data, { recursive: true });
    const before = (await readdir(data)).sort();
    const error = await errorFromAsync(() => build({ year: '2024', data, out: data, cwd: ROOT, env: process.env, log: () => undefined }));
    expect(error.message).toBe('The output folder holds the data folder, and a build replaces its output folder whole');
    expect((await readdir(data)).sort()).toEqual(before);
    expect((await readdir(root)).sort()).toEqual(['2024']);
  });
});
