import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AssessError } from '../../src/errors.js';
import { cannotWrite } from '../../src/publish/make-folder.js';
import { OutputStage } from '../../src/publish/stage.js';
import { tempDir } from '../temp-dir.js';

const tempRoot = (): Promise<string> => tempDir('stage');
const sha = (text: string): string => createHash('sha256').update(text).digest('hex');

async function previousOutputs(root: string): Promise<string> {
  const out = path.join(root, '2024');
  await mkdir(out);
  await writeFile(path.join(out, 'figures.csv'), 'old\n');
  await writeFile(path.join(out, 'old-only.txt'), 'from the last build\n');
  return out;
}

describe('OutputStage', () => {
  it('writes into a temporary folder beside the outputs and records each file\'s size and hash', async () => {
    const root = await tempRoot();
    const stage = await OutputStage.open(path.join(root, '2024'));
    expect(stage.folder).toBe(path.join(root, `.2024.tmp-${process.pid}`));
    const written = await stage.write('E07000105-ashford/figures.csv', 'a,b\n1,2\n');
    expect(written).toEqual({ file: 'E07000105-ashford/figures.csv', size: 8, sha256: sha('a,b\n1,2\n') });
    await stage.write('x.pdf', new Uint8Array([37, 80, 68, 70]));
    expect(stage.files.map((f) => f.file)).toEqual(['E07000105-ashford/figures.csv', 'x.pdf']);
    // Nothing is in the output folder until the swap.
    expect(await readdir(root)).toEqual([`.2024.tmp-${process.pid}`]);
    await stage.commit();
    expect(await readdir(root)).toEqual(['2024']);
    expect(await readFile(path.join(root, '2024', 'E07000105-ashford', 'figures.csv'), 'utf8')).toBe('a,b\n1,2\n');
    expect(stage.finalPath('x.pdf')).toBe(path.join(root, '2024', 'x.pdf'));
  });

  it('replaces the previous outputs whole', async () => {
    const root = await tempRoot();
    const out = await previousOutputs(root);
    const stage = await OutputStage.open(out);
    await stage.write('figures.csv', 'new\n');
    await stage.commit();
    expect((await readdir(out)).sort()).toEqual(['figures.csv']);
    expect(await readFile(path.join(out, 'figures.csv'), 'utf8')).toBe('new\n');
    expect(await readdir(root)).toEqual(['2024']);
  });

  it('leaves the previous outputs untouched until the swap, and after a failed build', async () => {
    const root = await tempRoot();
    const out = await previousOutputs(root);
    const stage = await OutputStage.open(out);
    await stage.write('figures.csv', 'new\n');
    // A folder where the next file should go makes the write fail after the first succeeded.
    await mkdir(path.join(stage.folder, 'figures.json'));
    const error = await stage.write('figures.json', '{}').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AssessError);
    expect((error as AssessError).message).toBe(`Could not write the outputs to ${out} (EEXIST)`);
    expect(await readFile(path.join(out, 'figures.csv'), 'utf8')).toBe('old\n');
    await stage.discard();
    expect((await readdir(root)).sort()).toEqual(['2024']);
    expect((await readdir(out)).sort()).toEqual(['figures.csv', 'old-only.txt']);
  });

  it('moves the old outputs aside during the swap, and puts them back if the new ones cannot go in', async () => {
    const root = await tempRoot();
    const out = await previousOutputs(root);
    const stage = await OutputStage.open(out);
    await stage.write('figures.csv', 'new\n');
    let during: string[] = [];
    await stage.commit(async () => {
      during = (await readdir(root)).sort();
    });
    expect(during).toEqual([`.2024.old-${process.pid}`, `.2024.tmp-${process.pid}`]);

    const failing = await OutputStage.open(out);
    await failing.write('figures.csv', 'newer\n');
    // The temporary folder vanishing between the moves makes the second move fail.
    const error = await failing.commit(() => failing.discard()).catch((e: unknown) => e);
    expect((error as AssessError).message).toBe(`Could not write the outputs to ${out} (ENOENT)`);
    expect(await readFile(path.join(out, 'figures.csv'), 'utf8')).toBe('new\n');
    expect(await readdir(root)).toEqual(['2024']);
  });

  it('reports an output folder under a file as bad input, not a crash', async () => {
    const root = await tempRoot();
    await writeFile(path.join(root, 'afile'), 'x');
    const error = await OutputStage.open(path.join(root, 'afile', 'sub')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AssessError);
    expect((error as AssessError).message).toBe(`Could not write the outputs to ${path.join(root, 'afile', 'sub')} (ENOTDIR)`);
  });

  it('fails quickly under /proc instead of hanging', async () => {
    const error = await OutputStage.open('/proc/assess-nope/2024').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AssessError);
    expect((error as AssessError).message).toMatch(/^Could not write the outputs to \/proc\/assess-nope\/2024/);
  });
});

describe('cannotWrite', () => {
  it('says when the disk is full, and that the previous outputs are unchanged', () => {
    const error = cannotWrite('out/2024', Object.assign(new Error('no space left on device'), { code: 'ENOSPC' }));
    expect(error.message).toBe('Could not write the outputs to out/2024 (ENOSPC: the disk is full)');
    expect(error.exitCode).toBe(2);
    expect(error.details.fix).toMatch(/^Free some disk space .* The previous outputs are unchanged\.$/);
  });
});
